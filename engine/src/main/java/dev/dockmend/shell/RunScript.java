package dev.dockmend.shell;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import dev.dockmend.tree.CommandForm;
import dev.dockmend.tree.Heredoc;
import dev.dockmend.tree.Run;

/**
 * The script a RUN hands to its shell, put together as BuildKit's {@code dispatchRun} does:
 * <ul>
 * <li>shell form without heredocs: the instruction's logical line (continuations joined, comment lines
 *     removed), e.g. {@code apt-get update && apt-get install -y curl};</li>
 * <li>{@code RUN <<EOF} alone: the heredoc's content is the script (leading tabs removed for
 *     {@code <<-}), unless it starts with {@code #!}, in which case it is a file run by that interpreter;</li>
 * <li>anything else with heredocs ({@code RUN python3 <<EOF}, {@code RUN <<EOF bash -x}): the line, then
 *     each body and its delimiter on lines of their own, which the shell reads as real heredocs.</li>
 * </ul>
 */
public final class RunScript {
    /** The tabs {@code <<-} removes from the start of each body line. */
    private static final Pattern LEADING_TABS = Pattern.compile("(?m)^\t+");

    private RunScript() {
    }

    /** What a RUN runs: shell text, or why it is not a shell script. */
    public sealed interface Source {
    }

    /** The text the shell in effect (see {@link ShellInEffect}) runs with {@code -c}. */
    public record ShellText(String text) implements Source {
        public ShellText {
            Objects.requireNonNull(text, "text is null");
        }
    }

    /** The RUN runs no shell script: exec form, or a heredoc with a {@code #!} line naming another interpreter. */
    public record NotShell(String reason) implements Source {
        public NotShell {
            Objects.requireNonNull(reason, "reason is null");
        }
    }

    public static Source of(Run run) {
        if (!(run.command() instanceof CommandForm.ShellForm shell)) {
            return new NotShell("it is in exec form, which runs no shell");
        }
        String line = shell.script();
        List<Heredoc> heredocs = run.heredocs();
        if (heredocs.isEmpty()) {
            return new ShellText(line);
        }
        if (isSingleMarker(line)) {
            Heredoc heredoc = heredocs.get(0);
            // BuildKit's ChompHeredocContent: <<- removes the leading tabs of every line
            String content = heredoc.chomp() ? LEADING_TABS.matcher(heredoc.content()).replaceAll("") : heredoc.content();
            if (content.startsWith("#!")) {
                String interpreter = interpreter(content);
                if (!ShellInEffect.isPosix(interpreter)) {
                    return new NotShell("its heredoc starts with `" + firstLine(content) + "`, so `" + interpreter
                            + "` runs it, not a shell");
                }
            }
            return new ShellText(content);
        }
        StringBuilder full = new StringBuilder(line);
        for (Heredoc heredoc : heredocs) {
            full.append('\n').append(heredoc.content()).append(heredoc.name());
        }
        return new ShellText(full.toString());
    }

    /**
     * Whether the line is one heredoc marker and nothing else ({@code <<EOF}, {@code <<-'EOF'},
     * {@code << EOF}), BuildKit's test for running the body itself as the script.
     */
    static boolean isSingleMarker(String line) {
        int i = 0;
        while (i < line.length() && Character.isDigit(line.charAt(i))) {
            i++;
        }
        if (!line.startsWith("<<", i)) {
            return false;
        }
        i += 2;
        if (i < line.length() && line.charAt(i) == '-') {
            i++;
        }
        String rest = line.substring(i);
        return rest.indexOf('<') < 0 && !rest.isBlank() && wordCount(rest) == 1;
    }

    /** Shell words in {@code text}, counting quoted blanks as part of a word. */
    private static int wordCount(String text) {
        int count = 0;
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                count += inWord ? 0 : 1;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                inWord = false;
            } else {
                count += inWord ? 0 : 1;
                inWord = true;
                if (c == '\\') {
                    i++;
                }
            }
        }
        return count;
    }

    private static String firstLine(String content) {
        int newline = content.indexOf('\n');
        return (newline < 0 ? content : content.substring(0, newline)).strip();
    }

    /** The interpreter's base name: {@code bash} for {@code #!/bin/bash -e} and {@code #!/usr/bin/env bash}. */
    static String interpreter(String content) {
        String[] words = Chars.BLANKS.split(firstLine(content).substring(2).strip());
        String program = CommandWrapper.baseName(words[0]);
        if (program.equals("env")) {
            for (int i = 1; i < words.length; i++) {
                if (!words[i].startsWith("-") && words[i].indexOf('=') < 0) {
                    return CommandWrapper.baseName(words[i]);
                }
            }
        }
        return program;
    }
}
