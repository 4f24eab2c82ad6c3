package org.nianbao.search;

import org.nianbao.model.CheckedReport;

/** A report read back from the index: its id, where it was read from, and the model. */
public record StoredReport(String id, String source, CheckedReport checked) {}
