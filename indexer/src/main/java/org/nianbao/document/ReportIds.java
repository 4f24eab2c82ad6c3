package org.nianbao.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.nianbao.model.AnnualReport;

/**
 * The stable id of a report: a hash of what makes a report itself (its agency, its reporting year
 * and where the agency sits), not of the file it came in. Re-indexing the same report, from the same
 * file or a re-download, updates one document instead of adding another.
 */
public final class ReportIds {

  private ReportIds() {}

  public static String of(AnnualReport report) {
    String key = report.year() + "|" + nullToEmpty(report.region().code()) + "|" + nullToEmpty(report.agency());
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
