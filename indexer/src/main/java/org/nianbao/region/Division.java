package org.nianbao.region;

import java.util.Objects;

/**
 * One administrative division of the bundled gazetteer.
 *
 * @param code GB/T 2260 code: 6 digits for provinces, prefectures and counties (370000, 370300,
 *     370302), the 9-digit statistical code for townships (130184108)
 * @param name full official name (山东省, 镇宁布依族苗族自治县, 马头铺镇)
 * @param parentCode the parent's code, null for a province. Municipal districts and county-level
 *     cities directly under a province have the province as parent.
 */
public record Division(String code, String name, String parentCode, DivisionKind kind) {

  public Division {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }

  @Override
  public String toString() {
    return name + " (" + code + ")";
  }
}
