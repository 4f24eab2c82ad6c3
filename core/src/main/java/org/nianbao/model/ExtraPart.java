package org.nianbao.model;

/** A part the report adds beyond the six (古县's 五、全面提升政务服务效能), kept with its own heading. */
public record ExtraPart(String heading, String text) {}
