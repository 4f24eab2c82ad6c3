package org.nianbao.model;

import java.math.BigDecimal;

/**
 * 主动公开 table (第二十条): rules and normative documents, and the decisions counts for licensing, penalty
 * and coercion; fees in 万元 (may be decimal). Null cells were not given.
 */
public record ActiveTable(
    DocumentCounts rules,
    DocumentCounts normativeDocs,
    Long licensingDecisions,
    Long penaltyDecisions,
    Long coercionDecisions,
    BigDecimal feesAmount) {}
