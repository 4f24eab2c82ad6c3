package org.nianbao.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Completes a shorthand agency (卫生健康委员会, 区政府国资局, 自治区生态环境厅) from the report's text: the fullest
 * mention there of a division name followed by the rest of the agency name (绵阳市卫生健康委员会, possibly
 * with 政府 in between), or else, when the shorthand names its level, the division of that level the
 * text names most.
 */
final class AgencyCompleter {

  /** How far before the body a division run may start (沈阳市浑南区 is 6 characters). */
  private static final int LOOK_BEHIND = 30;

  private static final Pattern GOVERNMENT_PREFIX = Pattern.compile("^(?:人民)?政府(?=.)");
  private static final List<String> GOVERNMENT_JOINS = List.of("", "政府", "人民政府");

  private final Gazetteer gazetteer;
  private final SectorClassifier sectors;

  AgencyCompleter(Gazetteer gazetteer, SectorClassifier sectors) {
    this.gazetteer = gazetteer;
    this.sectors = sectors;
  }

  /** The completed agency name, or null when the text does not tell. */
  String complete(String shorthand, String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    LevelWord level = LevelWord.leading(shorthand);
    String rest = level == null ? shorthand : shorthand.substring(level.word().length());
    String body = GOVERNMENT_PREFIX.matcher(rest).replaceFirst("");
    Mention mentioned = fullestMention(body, level, text);
    if (mentioned != null || level == null) {
      return mentioned == null ? null : mentioned.agency();
    }
    return mostNamed(level, body, text);
  }

  /** An agency name as the text writes it, and how many division names it starts with. */
  private record Mention(String agency, int divisions) {}

  private Mention fullestMention(String body, LevelWord level, String text) {
    List<Mention> found = new ArrayList<>();
    for (int at = text.indexOf(body); at >= 0; at = text.indexOf(body, at + 1)) {
      Mention c = mentionEndingAt(at, body, level, text);
      if (c != null) {
        found.add(c);
      }
    }
    return found.stream()
        .max(
            Comparator.<Mention>comparingInt(Mention::divisions)
                .thenComparingInt(c -> c.agency().length())
                .thenComparingLong(
                    c -> found.stream().filter(o -> o.agency().equals(c.agency())).count()))
        .orElse(null);
  }

  /** The longest division run that ends right before the body (or before 政府 before it). */
  private Mention mentionEndingAt(int bodyAt, String body, LevelWord level, String text) {
    for (int start = Math.max(0, bodyAt - LOOK_BEHIND); start <= bodyAt - 2; start++) {
      DivisionChain chain = DivisionChain.readAt(gazetteer, sectors, text, start);
      if (chain.isEmpty() || !joinsBody(text, chain.end(), bodyAt)) {
        continue;
      }
      if (level != null && chain.candidates().stream().noneMatch(level::fits)) {
        continue;
      }
      return new Mention(text.substring(start, bodyAt + body.length()), chain.names().size());
    }
    return null;
  }

  private static boolean joinsBody(String text, int chainEnd, int bodyAt) {
    return chainEnd <= bodyAt && GOVERNMENT_JOINS.contains(text.substring(chainEnd, bodyAt));
  }

  private String mostNamed(LevelWord level, String body, String text) {
    Division best = null;
    int bestCount = 0;
    boolean tie = false;
    for (Map.Entry<Division, Integer> e : DivisionMentions.in(gazetteer, text).all().entrySet()) {
      if (!level.fits(e.getKey())) {
        continue;
      }
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
        tie = false;
      } else if (e.getValue() == bestCount && !e.getKey().name().equals(best.name())) {
        // Divisions sharing a name (河东乡) tie with each other: the chooser narrows them by place.
        tie = true;
      }
    }
    if (best == null || tie) {
      return null;
    }
    return best.name() + body;
  }
}
