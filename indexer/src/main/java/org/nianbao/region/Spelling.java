package org.nianbao.region;

/** How a host label spells a division (see {@link HostRegions}). */
public enum Spelling {
  /** The province portal's label or the full pinyin of its short name: gd, shaanxi, henan. */
  PROVINCE_PORTAL,
  /** A province code before a county's or city's own spelling: the fj of fjtn, the hb of hbdaye. */
  PROVINCE_PREFIX,
  /** The full pinyin of the full name or a short form: dayao (大姚), ningxian (宁县). */
  PINYIN,
  /** One letter, or zh/ch/sh, per character: tn (泰宁), jaq (晋安区), dch (东城). */
  INITIALS
}
