package org.nianbao.identity;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.model.AnnualReport;
import org.nianbao.model.Level;

/**
 * Which body a report is from, the same across its years: where it sits, the field it works in, and
 * the kind of body (a bureau, a commission, the government itself, its office). A body renamed
 * between years (文化广电和旅游局 → 文化和旅游局) keeps its key, since its place, field and kind agree; a
 * government and its own office (人民政府, 政府办公室) do not share one.
 *
 * @param value {@code regionCode|sector|kind}, or {@code central|agency} for a central body
 */
public record BodyKey(String value) {

  /** The kind of body, read from the end of its name. */
  private static final Pattern KIND =
      Pattern.compile("(人民政府|政府|办公厅|办公室|委员会|管理局|局|委|厅|部|署|办事处|办|中心|总队|支队|大队|院|所|站)$");

  public static Optional<BodyKey> of(AnnualReport report) {
    String agency = report.agency();
    if (agency == null) {
      return Optional.empty();
    }
    if (report.level() == Level.CENTRAL) {
      return Optional.of(new BodyKey("central|" + agency));
    }
    String code = report.region().code();
    if (code == null) {
      return Optional.empty();
    }
    Matcher kind = KIND.matcher(agency);
    String kindWord = kind.find() ? normalKind(kind.group(1)) : "";
    String field = report.sector() != null ? report.sector() : agency;
    return Optional.of(new BodyKey(code + "|" + field + "|" + kindWord));
  }

  /** 人民政府 and 政府 are one kind; 委员会 and 委; 管理局 and 局; 办公室 and 办. */
  private static String normalKind(String word) {
    return switch (word) {
      case "人民政府", "政府" -> "政府";
      case "委员会", "委" -> "委";
      case "管理局", "局" -> "局";
      case "办公室", "办" -> "办";
      default -> word;
    };
  }
}
