/**
 * The {@code nianbao} command line (picocli): {@link org.nianbao.cli.Main} and one {@code
 * XxxCommand} per subcommand (index, search, parse, check, serve, measure-extraction, eval). A
 * command turns options into a call on the indexer or searcher and prints what comes back; the exit
 * codes are {@code ExitCodes} (0 ok, 1 a file or rule failed, 2 a bad command line), and an
 * unexpected error is one clean line ({@code CleanErrors}), never a stack trace. Options several
 * commands share are picocli mixins: {@code IndexOption} ({@code --index}), {@code JsonOption}
 * ({@code --json}) and {@code SearchFilterOptions} (the search filters, for {@code search} and the
 * commands that will select reports the same way). Search options are taken as typed and parsed by
 * {@code org.nianbao.request.SearchRequests}, exactly as the web's parameters are.
 *
 * <p><b>Depends on</b> the indexer ({@code index}, {@code pipeline}, {@code region} …), the
 * searcher, {@code org.nianbao.request}, {@code org.nianbao.web} (to serve, and the search JSON),
 * {@code org.nianbao.eval}, {@code org.nianbao.places} and picocli. <b>Must not</b> grow logic the
 * web needs too (checking a request, rendering a result: put it in the library, or in {@code web}
 * when it is presentation, and call it from both) and must not write to {@code System.out}: print
 * through {@code spec.commandLine().getOut()} / {@code getErr()} so tests capture it.
 *
 * <h2>Adding a command</h2>
 *
 * <ol>
 *   <li>{@code XxxCommand implements Callable<Integer>} with {@code @Command(name = …,
 *       mixinStandardHelpOptions = true)}, {@code @Spec CommandSpec spec}, the shared options as
 *       {@code @Mixin}s and its own options with descriptions; return an {@code ExitCodes} value. A
 *       command that selects reports takes {@code SearchFilterOptions} and maps an {@code
 *       InvalidSearchRequest} to exit code 2 with {@code SearchFilterOptions.optionName}.
 *   <li>Register it in {@code Main}'s {@code subcommands}; document it in the README's "Command
 *       line" section.
 *   <li>Tests: through {@code Cli.run(…)} (in-process {@code execute}, captured output), asserting
 *       the exit code and the output, including a bad option (exit 2); see {@code
 *       ParseAndCheckCommandTest}.
 * </ol>
 */
package org.nianbao.cli;
