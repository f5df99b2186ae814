package dev.dockmend.shell;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a shell script, the text a RUN in shell form hands to {@code /bin/sh -c}, into its structure:
 * {@link ShellAnalysis.Understood} with a {@link Script}, or {@link ShellAnalysis.Unknown} with a reason
 * a user understands when the script is beyond the analysis (unbalanced quotes, a syntax error, an
 * {@code eval}, constructs not analysed). It never throws, and it runs in time linear in the script.
 *
 * <p>The grammar is POSIX sh with the bash constructs found in Dockerfiles ({@code [[ ]]}, {@code (( ))},
 * {@code $'...'}, arrays, {@code function}, {@code &>}, {@code |&}, process substitution). Whether the
 * image's {@code /bin/sh} is bash, dash or busybox is not checked: a bash-only script is still analysed.
 */
public final class ShellParser {
    private ShellParser() {
    }

    /**
     * The last scripts this thread read, with their analyses. Recipes run one after another on the same
     * file and each looks at the same RUNs (the merge, then the cache cleanup, then the pipeline's check
     * of the output), so most scripts are read several times in a row; the analysis is immutable, so
     * handing out the same one is safe.
     */
    private static final int REMEMBERED = 64;
    private static final ThreadLocal<Map<String, ShellAnalysis>> RECENT = ThreadLocal.withInitial(() ->
            new LinkedHashMap<>(REMEMBERED * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, ShellAnalysis> eldest) {
                    return size() > REMEMBERED;
                }
            });

    public static ShellAnalysis parse(String script) {
        Objects.requireNonNull(script, "script is null");
        Map<String, ShellAnalysis> recent = RECENT.get();
        ShellAnalysis known = recent.get(script);
        if (known == null) {
            known = analyse(script);
            recent.put(script, known);
        }
        return known;
    }

    /** The analysis of {@code script} made anew, nothing remembered (ShellParserColdTest compares the two). */
    static ShellAnalysis analyse(String script) {
        try {
            ParseContext context = new ParseContext(script);
            CommandList body = new CommandParser(new Cursor(script, null, context)).script();
            if (context.hasHereDocuments()) {
                context.restart();
                body = new CommandParser(new Cursor(script, null, context)).script();
            }
            Script parsed = new Script(script, body, context.comments());
            for (SimpleCommand command : parsed.simpleCommands()) {
                if (command.effectiveCommand().isPresent() && command.effectiveCommand().get().is("eval")) {
                    return ShellAnalysis.Unknown.at(script, "it runs `eval`, whose commands are only known when the build runs",
                            command.span().start());
                }
            }
            return new ShellAnalysis.Understood(parsed);
        } catch (ShellSyntaxError error) {
            return ShellAnalysis.Unknown.at(script, error.problem(), error.offset());
        } catch (StackOverflowError error) {
            return ShellAnalysis.Unknown.at(script, "it nests too deeply to analyse", 0);
        }
    }
}
