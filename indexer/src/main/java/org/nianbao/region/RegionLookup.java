package org.nianbao.region;

import java.util.List;
import org.nianbao.model.Region;

/**
 * The outcome of resolving a user's region filter ({@link Gazetteer#lookup}): exactly one region,
 * or a message fit to show the user. Expected failures are values, not exceptions.
 */
public sealed interface RegionLookup {

  /** The input names exactly one division. */
  record Found(Division division, Region region) implements RegionLookup {}

  /** No division has that name, path or code. */
  record Unknown(String input, String message) implements RegionLookup {}

  /** Several divisions share the name; the message lists each as a path with its code. */
  record Ambiguous(String input, List<Division> candidates, String message)
      implements RegionLookup {
    public Ambiguous {
      candidates = List.copyOf(candidates);
    }
  }
}
