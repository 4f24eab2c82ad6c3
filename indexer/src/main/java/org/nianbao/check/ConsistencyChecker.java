package org.nianbao.check;

import java.util.List;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Flag;

/** Evaluates the consistency rules R1–R7 of report-model.md on one report. Thread-safe. */
public final class ConsistencyChecker {

  public List<Flag> check(AnnualReport report) {
    throw new UnsupportedOperationException("rules land in the next commit");
  }
}
