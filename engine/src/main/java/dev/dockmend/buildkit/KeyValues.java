package dev.dockmend.buildkit;

import java.util.ArrayList;
import java.util.List;

/**
 * BuildKit's {@code parseNameVal} for ENV and LABEL (R5.7). The first word decides the form: without
 * {@code =} it is the legacy {@code KEY name value} form (cut once at whitespace, the value raw);
 * with it every word must be {@code name=value}.
 */
final class KeyValues {
    private KeyValues() {
    }

    static List<String> parse(String rest, String keyword, char escape) throws ArgumentException {
        List<String> words = ShellWords.split(rest, escape);
        if (words.isEmpty()) {
            return List.of();
        }
        if (words.get(0).indexOf('=') < 0) {
            List<String> parts = LineParser.splitOnAsciiSpace(rest);
            if (parts.size() < 2) {
                throw new ArgumentException(keyword + " must have two arguments");
            }
            int valueStart = parts.get(0).length();
            while (valueStart < rest.length() && dev.dockmend.grammar.Whitespace.isAsciiSpace(rest.charAt(valueStart))) {
                valueStart++;
            }
            return List.of(parts.get(0), rest.substring(valueStart), "");
        }
        List<String> triples = new ArrayList<>(words.size() * 3);
        for (String word : words) {
            int eq = word.indexOf('=');
            if (eq < 0) {
                throw new ArgumentException("Syntax error - can't find = in " + GoQuote.quote(word)
                        + ". Must be of the form: name=value");
            }
            triples.add(word.substring(0, eq));
            triples.add(word.substring(eq + 1));
            triples.add("=");
        }
        return triples;
    }
}
