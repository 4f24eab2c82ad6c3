package org.nianbao.region;

/**
 * One piece of a host that names a division.
 *
 * @param label the whole host label ({@code fjtn})
 * @param part the letters that matched ({@code tn}); the whole label when it matched whole
 * @param division the division named
 * @param name the name spelt: the full name or the short form the letters come from (泰宁, 宁县)
 * @param spelling how the letters spell the name
 */
public record LabelMatch(
    String label, String part, Division division, String name, Spelling spelling) {

  @Override
  public String toString() {
    return part + "=" + name + "(" + spelling + ")";
  }
}
