package org.nianbao.model;

/** 行政复议、行政诉讼 table: {@link ReviewGroup} × {@link ReviewOutcome}. */
public record ReviewLitigationTable(CountTable<ReviewGroup, ReviewOutcome> cells) {

  public Long get(ReviewGroup group, ReviewOutcome outcome) {
    return cells.get(group, outcome);
  }
}
