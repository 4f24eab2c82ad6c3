package org.nianbao.region;

/** What a name that may stand for a reporting body looks like, before it is resolved. */
public enum AgencyShape {
  /** Divisions followed by a body: 宁县卫生健康局, 道里区经纬街道办事处. */
  PLACED,
  /** Divisions only: 福州市晋安区, 河北省, 长安区砲里街道 (a government's own report). */
  PLACE_ONLY,
  /** A body with only a level word or no place: 市教育局, 区政府国资局, 公安局. */
  SHORTHAND,
  /** A central body: 商务部, 国家林业和草原局. */
  CENTRAL,
  /** Not the name of a body (我局, 全县, a phrase). */
  NOT_AGENCY
}
