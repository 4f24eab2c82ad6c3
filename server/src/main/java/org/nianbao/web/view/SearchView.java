package org.nianbao.web.view;

import java.util.List;
import org.nianbao.search.Snippet;

/**
 * The search page ({@code search.jte}) as records: everything it shows, every link already built.
 */
public final class SearchView {

  private SearchView() {}

  /**
   * The whole page. {@code empty} is null when there are hits; {@code notes} lists the variants
   * searched and says whether partial matches are shown.
   */
  public record Page(
      Shell shell,
      FacetView.Sidebar facets,
      Summary summary,
      Chips chips,
      Notes notes,
      List<Hit> hits,
      long firstRank,
      List<PageLink> pages,
      Empty empty,
      ValueForm values) {}

  /**
   * The analyst's tools for this search: its statistics and CSV, and a form adding a filter on a
   * cell or rate or ordering by one ({@code hidden}: the search's state; {@code measures}: every
   * cell and rate; {@code sorted}: the current order by a value, or null).
   */
  public record ValueForm(
      String statsHref,
      String exportHref,
      List<Shell.Field> hidden,
      List<Option> measures,
      List<Option> comparisons,
      String sorted) {}

  /** A choice of a select box. */
  public record Option(String value, String label, boolean selected) {}

  /**
   * The count line ({@code browsing}: no query and no filter, so it counts the whole index) and the
   * sort links.
   */
  public record Summary(boolean browsing, long total, long tookMs, List<Link> sorts) {}

  /** A link, or the current choice when {@code href} is null. */
  public record Link(String label, String href) {}

  /**
   * The chosen filters, each a link that removes it; {@code clearAll} removes them all (null for
   * one filter).
   */
  public record Chips(List<Chip> chips, String clearAll) {}

  public record Chip(String dimension, String value, String href) {}

  public record Notes(
      List<Variant> variants, boolean relaxed, boolean partial, List<String> excluded) {
    public boolean isEmpty() {
      return variants.isEmpty() && !relaxed && !partial && excluded.isEmpty();
    }

    /** The excluded words, joined for reading (抖音、快手). */
    public String excludedText() {
      return String.join("、", excluded);
    }
  }

  /** A word or run of words and the variants searched as well, joined for reading (复议、行政复议). */
  public record Variant(String term, String variants) {}

  /**
   * An empty result: what dropping each filter would give ({@code relaxations}, only those that
   * find something), else a link clearing every filter ({@code clearAll}, null without filters).
   */
  public record Empty(List<Relaxation> relaxations, String clearAll) {}

  public record Relaxation(String filter, long total, String href) {}

  /**
   * One result. {@code part} names where the snippet comes from, {@code parts} every part that
   * matched (null for one), {@code missing} the words a partial match lacks, {@code onlyInTemplate}
   * those it has only in the template text every report prints, {@code stemOnly} those it has only
   * the stem of.
   */
  public record Hit(
      String href,
      String title,
      List<Meta> meta,
      String part,
      Snippet snippet,
      String parts,
      List<String> missing,
      List<String> onlyInTemplate,
      List<Stemmed> stemOnly,
      List<Flag> flags) {}

  /** A word a hit lacks, and its stem, which it has (访问量, 访问). */
  public record Stemmed(String word, String stem) {}

  /** A piece of a result's metadata line, by its CSS class: agency, year, region, level, sector. */
  public record Meta(String cssClass, String text) {}

  /** A violated rule: its id and short name, and what the rule asks as the tooltip. */
  public record Flag(String text, String explanation) {}

  /**
   * A pagination link ({@code cssClass} prev, page or next), or the current page when {@code href}
   * is null.
   */
  public record PageLink(String cssClass, String label, String href) {}
}
