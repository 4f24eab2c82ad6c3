package org.nianbao.cli;

/** Exit codes of every subcommand. */
final class ExitCodes {

  /** Everything worked; for check: no rule failed. */
  static final int OK = 0;

  /** Some input failed: a rule violated (check), a file that yields no report (index, parse). */
  static final int FAILED = 1;

  /** The command line itself is wrong: a bad option value, an unknown or ambiguous region. */
  static final int USAGE = 2;

  private ExitCodes() {}
}
