package dev.dockmend.buildkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.dockmend.grammar.Whitespace;

/**
 * Finds heredoc markers the way BuildKit does (R6.2-R6.4): the whole logical line is split into
 * words by BuildKit's shell lexer (always with backslash as escape, quotes and escapes kept), and a
 * word of the form {@code [digits]<<[-]name} is a marker when the name, quotes and escapes removed, is one
 * word that is not empty ({@code <<''} and {@code <<""} are none). One unbalanced quote anywhere on the
 * line makes the lexer fail, and then the line has no heredocs at all.
 */
final class HeredocMarkers {
    private HeredocMarkers() {
    }

    /** A marker as written: its name, whether the name was quoted, {@code <<-}, and the fd. */
    record Marker(String name, boolean expand, boolean chomp, int fileDescriptor) {
    }

    static List<Marker> find(String logicalLine) {
        Optional<List<String>> words = rawWords(logicalLine);
        if (words.isEmpty()) {
            return List.of();
        }
        List<Marker> markers = new ArrayList<>();
        for (String word : words.get()) {
            marker(word).ifPresent(markers::add);
        }
        return markers;
    }

    /**
     * Words with quotes and escapes kept; empty when a quote is left open. A word that ends in
     * {@code <<} swallows the whitespace after it and the next word, so {@code << EOF} is one word.
     */
    private static Optional<List<String>> rawWords(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (Whitespace.isUnicodeSpace(c)) {
                if (inWord && endsWithHeredocOperator(word)) {
                    word.append(c);
                    continue;
                }
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                continue;
            }
            inWord = true;
            if (c == '\\') {
                word.append(c);
                if (i + 1 < n) {
                    word.append(line.charAt(++i));
                }
            } else if (c == '\'' || c == '"') {
                int close = closingQuote(line, i, c);
                if (close < 0) {
                    return Optional.empty();
                }
                word.append(line, i, close + 1);
                i = close;
            } else {
                word.append(c);
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return Optional.of(words);
    }

    private static boolean endsWithHeredocOperator(StringBuilder word) {
        int n = word.length();
        int end = n;
        while (end > 0 && Whitespace.isUnicodeSpace(word.charAt(end - 1))) {
            end--;
        }
        return end >= 2 && word.charAt(end - 1) == '<' && word.charAt(end - 2) == '<';
    }

    /** Index of the quote closing the one at {@code open}; inside double quotes a backslash escapes. */
    private static int closingQuote(String line, int open, char quote) {
        for (int i = open + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == quote) {
                return i;
            }
            if (c == '\\' && quote == '"') {
                i++;
            }
        }
        return -1;
    }

    /**
     * {@code ^(\d*)<<(-?)([^<]*)$}, then the name lexed once without and once with its quotes; no marker when the
     * name is not exactly one word, or is empty once unquoted.
     */
    private static Optional<Marker> marker(String word) {
        int i = 0;
        while (i < word.length() && word.charAt(i) >= '0' && word.charAt(i) <= '9') {
            i++;
        }
        if (!word.startsWith("<<", i)) {
            return Optional.empty();
        }
        String digits = word.substring(0, i);
        i += 2;
        boolean chomp = i < word.length() && word.charAt(i) == '-';
        if (chomp) {
            i++;
        }
        String rest = word.substring(i);
        if (rest.indexOf('<') >= 0) {
            return Optional.empty();
        }
        // Blanks before the name are those of `<< EOF`; any after it were escaped, so they are part of it.
        String raw = rest.substring(Whitespace.skipUnicodeSpace(rest, 0, rest.length()));
        Optional<String> name = unquotedSingleWord(raw);
        // BuildKit's lexer keeps a word only when it has a character: `<<''` and `<<""` name no heredoc.
        if (name.isEmpty() || name.get().isEmpty()) {
            return Optional.empty();
        }
        String unquoted = name.get();
        boolean expand = quoteCount(unquoted) == quoteCount(raw);
        int fd = digits.isEmpty() ? 0 : parseFd(digits);
        return Optional.of(new Marker(unquoted, expand, chomp, fd));
    }

    /** The name with quotes and backslash escapes removed, if {@code text} is exactly one word. */
    private static Optional<String> unquotedSingleWord(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Whitespace.isUnicodeSpace(c)) {
                return Optional.empty();
            }
            if (c == '\\') {
                if (i + 1 < text.length()) {
                    out.append(text.charAt(++i));
                }
            } else if (c == '\'') {
                int close = text.indexOf('\'', i + 1);
                out.append(text, i + 1, close);
                i = close;
            } else if (c == '"') {
                int close = closingQuote(text, i, '"');
                for (int j = i + 1; j < close; j++) {
                    char d = text.charAt(j);
                    if (d == '\\' && j + 1 < close && isDoubleQuoteEscapable(text.charAt(j + 1))) {
                        d = text.charAt(++j);
                    }
                    out.append(d);
                }
                i = close;
            } else {
                out.append(c);
            }
        }
        return Optional.of(out.toString());
    }

    private static boolean isDoubleQuoteEscapable(char c) {
        return c == '"' || c == '\\' || c == '$' || c == '`';
    }

    private static int quoteCount(String s) {
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\'' || s.charAt(i) == '"') {
                count++;
            }
        }
        return count;
    }

    private static int parseFd(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
