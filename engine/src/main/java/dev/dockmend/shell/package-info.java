/**
 * What a RUN's shell script does, as far as recipes need to know: its structure, the commands it runs
 * and whether it changes the state of the shell running it.
 *
 * <ul>
 * <li>{@link dev.dockmend.shell.RunScript} gives the text a RUN hands to its shell (heredocs put
 *     together as BuildKit does), {@link dev.dockmend.shell.ShellInEffect} which shell that is.</li>
 * <li>{@link dev.dockmend.shell.ShellParser#parse(String)} reads the text into a
 *     {@link dev.dockmend.shell.Script} (items, and-or lists, pipelines, simple and compound commands,
 *     words and their parts, redirections, heredocs, comments, each with offsets into the text), or
 *     says in plain words why it cannot: recipes leave such a RUN alone and show the reason.</li>
 * <li>{@link dev.dockmend.shell.SimpleCommand#effectiveCommand()} sees through {@code sudo}, {@code env}
 *     and the other wrappers; {@link dev.dockmend.shell.Script#commands()} reaches every command,
 *     nested ones included; {@link dev.dockmend.shell.ShellState} lists the top-level commands whose effect
 *     would leak into a following command ({@code cd}, {@code export}, {@code set}, {@code exit}, ...).</li>
 * <li>{@link dev.dockmend.shell.ShellCorpusStats} counts how much of a set of files is understood.</li>
 * </ul>
 *
 * <p>The grammar is POSIX sh plus the bash constructs seen in Dockerfiles. It is a syntactic reading:
 * nothing is expanded or run. Unknown on purpose: {@code eval} (its commands exist only at run time),
 * {@code select}, {@code coproc}, extended globs, bash's {@code $[...]}, array values given to
 * {@code declare}, and anything that is a syntax error for bash. {@link dev.dockmend.shell.LiteralCommand}
 * is an older, stricter reader for one command of fixed words, kept for the exec-form recipe.
 */
package dev.dockmend.shell;
