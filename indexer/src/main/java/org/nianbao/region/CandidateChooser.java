package org.nianbao.region;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Narrows the divisions an ambiguous name can mean (鼓楼区: 南京, 徐州, 福州, 开封) with the report's text,
 * strongest clue first: the address, the telephone area code, the postcode, then the candidate
 * whose ancestors the text names most. A clue that fits no candidate is ignored; a clue that fits
 * several narrows to those. The result may still hold several: the caller then keeps only what they
 * share.
 */
final class CandidateChooser {

  private final Gazetteer gazetteer;
  private final AreaCodeTable areaCodes;

  CandidateChooser(Gazetteer gazetteer, AreaCodeTable areaCodes) {
    this.gazetteer = gazetteer;
    this.areaCodes = areaCodes;
  }

  List<Division> choose(List<Division> candidates, String text) {
    if (candidates.size() <= 1 || text == null || text.isEmpty()) {
      return candidates;
    }
    TextClues clues = TextClues.in(text);
    List<Division> left = candidates;
    for (String address : clues.addresses()) {
      List<Division> named =
          DivisionMentions.in(gazetteer, address).all().keySet().stream().toList();
      left =
          narrow(
              left,
              c ->
                  named.stream()
                      .anyMatch(n -> !n.name().equals(c.name()) && gazetteer.isWithin(c, n)));
    }
    for (String areaCode : clues.areaCodes()) {
      left = narrow(left, c -> lineageHas(c, d -> areaCodes.hasTelephoneCode(d, areaCode)));
    }
    for (String postcode : clues.postcodes()) {
      left = narrow(left, c -> lineageHas(c, d -> areaCodes.hasPostcode(d, postcode)));
    }
    return left.size() == 1 ? left : mostNamedAncestors(left, DivisionMentions.in(gazetteer, text));
  }

  private boolean lineageHas(Division candidate, Predicate<Division> test) {
    return gazetteer.lineage(candidate).stream().anyMatch(test);
  }

  private static List<Division> narrow(List<Division> candidates, Predicate<Division> fits) {
    if (candidates.size() <= 1) {
      return candidates;
    }
    List<Division> fitting = candidates.stream().filter(fits).toList();
    return fitting.isEmpty() ? candidates : fitting;
  }

  /**
   * Keeps the candidates whose ancestors (a city named nearby, the province) the text names most.
   */
  private List<Division> mostNamedAncestors(List<Division> candidates, DivisionMentions mentions) {
    int best = 0;
    List<Division> top = new ArrayList<>();
    for (Division c : candidates) {
      List<Division> lineage = gazetteer.lineage(c);
      int score = 0;
      for (Division ancestor : lineage.subList(0, lineage.size() - 1)) {
        score += mentions.count(ancestor);
      }
      if (score > best) {
        best = score;
        top.clear();
      }
      if (score == best && score > 0) {
        top.add(c);
      }
    }
    return top.isEmpty() ? candidates : List.copyOf(top);
  }
}
