package org.nianbao.model;

/** Columns of the requests table: the six applicant kinds and the total. */
public enum Applicant {
  NATURAL_PERSON("natural_person", "自然人"),
  COMMERCIAL("commercial", "商业企业"),
  RESEARCH("research", "科研机构"),
  SOCIAL_ORG("social_org", "社会公益组织"),
  LEGAL_SERVICE("legal_service", "法律服务机构"),
  OTHER_ORG("other_org", "其他"),
  TOTAL("total", "总计");

  private final String key;
  private final String label;

  Applicant(String key, String label) {
    this.key = key;
    this.label = label;
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  /** The six applicant columns whose sum is {@link #TOTAL} (R3). */
  public static final java.util.List<Applicant> KINDS =
      java.util.List.of(NATURAL_PERSON, COMMERCIAL, RESEARCH, SOCIAL_ORG, LEGAL_SERVICE, OTHER_ORG);
}
