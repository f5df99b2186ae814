package dev.dockmend.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a shell script that is one simple command made only of literal words, such as
 * {@code nginx -g 'daemon off;'}, into its argument list, or says why it is more than that. A word may
 * be plain characters from a safe set, a single-quoted string, or a double-quoted string without
 * {@code $}, backquote or backslash; anything the shell would interpret (expansions, operators,
 * redirections, globs, escapes, comments, {@code ~}, grouping) makes the script not literal.
 */
public final class LiteralCommand {
    private LiteralCommand() {
    }

    /** The words, or the reason the script is not a literal simple command. */
    public sealed interface Result {
    }

    public record Words(List<String> words) implements Result {
        public Words {
            words = List.copyOf(words);
        }
    }

    public record NotLiteral(String reason) implements Result {
    }

    /** Whether a command word is a variable assignment ({@code NAME=value}), which the shell makes instead of running a program. */
    public static boolean isAssignment(String word) {
        return CommandWrapper.isAssignment(word);
    }

    public static Result parse(String script) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int n = script.length();
        for (int i = 0; i < n; i++) {
            char c = script.charAt(i);
            if (c == ' ' || c == '\t') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                continue;
            }
            if (c == '\'') {
                int close = script.indexOf('\'', i + 1);
                if (close < 0) {
                    return new NotLiteral("it has an unclosed single quote");
                }
                word.append(script, i + 1, close);
                i = close;
                inWord = true;
                continue;
            }
            if (c == '"') {
                int close = i + 1;
                while (close < n && script.charAt(close) != '"') {
                    char d = script.charAt(close);
                    if (d == '$' || d == '`' || d == '\\') {
                        return new NotLiteral("a double-quoted string holds `" + d + "`, which the shell interprets");
                    }
                    close++;
                }
                if (close == n) {
                    return new NotLiteral("it has an unclosed double quote");
                }
                word.append(script, i + 1, close);
                i = close;
                inWord = true;
                continue;
            }
            if (c == '~') {
                return new NotLiteral("it has `~`, which the shell may expand to a home directory");
            }
            if (!isPlain(c)) {
                boolean doubled = (c == '&' || c == '|') && i + 1 < n && script.charAt(i + 1) == c;
                return new NotLiteral(doubled ? "it has the shell operator `" + c + c + "`" : describe(c));
            }
            word.append(c);
            inWord = true;
        }
        if (inWord) {
            words.add(word.toString());
        }
        if (words.isEmpty()) {
            return new NotLiteral("it is empty");
        }
        return new Words(words);
    }

    private static boolean isPlain(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "_./:@%+=,-".indexOf(c) >= 0 || c >= 0x80;
    }

    private static String describe(char c) {
        return switch (c) {
            case '$', '`' -> "it expands variables or commands (`" + c + "`), which only a shell does";
            case ';', '&', '|' -> "it has the shell operator `" + c + "`";
            case '<', '>' -> "it redirects input or output (`" + c + "`)";
            case '*', '?', '[', ']' -> "it has the glob character `" + c + "`, which the shell expands";
            case '\\' -> "it has a backslash escape, which the shell interprets";
            case '#' -> "it has `#`, which starts a shell comment";
            case '(', ')', '{', '}' -> "it groups commands with `" + c + "`";
            case '!' -> "it has `!`, which the shell treats specially";
            default -> "it has the character " + (c < 0x20 ? String.format("U+%04X", (int) c) : "`" + c + "`")
                    + ", which the shell may interpret";
        };
    }
}
