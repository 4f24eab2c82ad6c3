package org.nianbao.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.nianbao.model.AnnualReport;

/**
 * The id of a report. A report whose key is complete (agency, year and place known) is identified
 * by its key, so a re-downloaded or re-formatted copy updates one document; a report whose key is
 * incomplete, or a second, different report under a key already taken, is identified by its key and
 * its text's fingerprint, so two different reports never share an id. The indexer decides which
 * applies (see ReportIndexer); {@link #of(AnnualReport)} is the id a report has on its own.
 */
public final class ReportIds {

  private ReportIds() {}

  /** The id of a report seen alone: by its key when complete, else by key and text. */
  public static String of(AnnualReport report) {
    ReportKey key = ReportKey.of(report);
    return key.complete() ? byKey(key) : byKeyAndText(key, TextFingerprint.of(report));
  }

  public static String byKey(ReportKey key) {
    return hash(key.value());
  }

  public static String byKeyAndText(ReportKey key, long fingerprint) {
    return hash(key.value() + "|text|" + Long.toHexString(fingerprint));
  }

  private static String hash(String value) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
