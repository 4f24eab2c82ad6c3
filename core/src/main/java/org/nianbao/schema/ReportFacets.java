package org.nianbao.schema;

import org.apache.lucene.facet.FacetsConfig;

/**
 * The facet configuration of the index, in one place because writer and reader must agree on it.
 */
public final class ReportFacets {

  private ReportFacets() {}

  /**
   * The facet configuration both the indexer and the searcher must use: region hierarchical
   * (province → city → county), flag multi-valued, all as sorted-set doc values in the default
   * {@code $facets} field (no taxonomy index). Returns a new instance: FacetsConfig is mutable.
   */
  public static FacetsConfig config() {
    FacetsConfig config = new FacetsConfig();
    config.setHierarchical(ReportFields.FACET_REGION, true);
    config.setMultiValued(ReportFields.FACET_FLAG, true);
    return config;
  }
}
