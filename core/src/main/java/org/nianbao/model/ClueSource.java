package org.nianbao.model;

/**
 * Where a metadata field was read, in the order a careful reader trusts them (the report's own
 * title first). {@link #key()} is the value in the JSON's {@code provenance}.
 */
public enum ClueSource {
  /** The report's title line in its text. */
  TITLE("title"),
  /** The page's {@code <title>} or its ArticleTitle meta tag. */
  HTML_TITLE("html_title"),
  /** Other meta tags of the page: PubDate, ContentSource, SiteName … */
  HTML_META("html_meta"),
  /** The page's metadata block: 标题 / 发布机构 / 发布日期 / 来源 … */
  PAGE_METADATA("page_metadata"),
  /** The page's breadcrumb (首页 > 政务公开 > …). */
  BREADCRUMB("breadcrumb"),
  /** A sentence of the report naming the body or the year (由XX编制, 现将XX…年度报告公布如下, 2023年，XX局…). */
  BODY_SENTENCE("body_sentence"),
  /** The contact sentence (请与XX联系). */
  CONTACT("contact"),
  /** The signature block: the body's name and the date under the last part. */
  SIGNATURE("signature"),
  /** The statistics period (统计期限自2023年1月1日起…). */
  STATISTICS_PERIOD("statistics_period"),
  /** Places the text names most (for a shorthand such as 市教育局 or 我局). */
  TEXT_MENTIONS("text_mentions"),
  /** The page's address: a government host built from a division's pinyin. */
  URL_HOST("url_host");

  private final String key;

  ClueSource(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
