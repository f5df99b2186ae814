package dev.dockmend.buildkit;

import java.util.ArrayList;
import java.util.List;

import dev.dockmend.grammar.Whitespace;

/**
 * BuildKit's {@code parseWords} for ENV, LABEL and ARG (R5.6): words split on Unicode whitespace,
 * quotes group, and quotes and escapes are kept in the words (variable expansion removes them later).
 */
final class ShellWords {
    private ShellWords() {
    }

    static List<String> split(String rest, char escape) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        final int inSpaces = 0;
        final int inWord = 1;
        final int inQuote = 2;
        int phase = inSpaces;
        char quote = 0;
        boolean blankOk = false;
        int n = rest.length();
        for (int pos = 0; pos <= n; pos++) {
            char ch = pos < n ? rest.charAt(pos) : 0;
            if (phase == inSpaces) {
                if (pos == n) {
                    break;
                }
                if (Whitespace.isUnicodeSpace(ch)) {
                    continue;
                }
                phase = inWord;
            }
            if (pos == n) {
                if (blankOk || word.length() > 0) {
                    words.add(word.toString());
                }
                break;
            }
            if (phase == inWord) {
                if (Whitespace.isUnicodeSpace(ch)) {
                    phase = inSpaces;
                    if (blankOk || word.length() > 0) {
                        words.add(word.toString());
                    }
                    word.setLength(0);
                    blankOk = false;
                    continue;
                }
                if (ch == '\'' || ch == '"') {
                    quote = ch;
                    blankOk = true;
                    phase = inQuote;
                }
                if (ch == escape) {
                    if (pos + 1 == n) {
                        continue; // an escape character at the very end is dropped
                    }
                    // Outside quotes the escape character and the next character stay together,
                    // even when that character is a quote.
                    word.append(ch);
                    pos++;
                    ch = rest.charAt(pos);
                }
                word.append(ch);
                continue;
            }
            // in a quote
            if (ch == quote) {
                phase = inWord;
            }
            // Inside single quotes the escape character is not special.
            if (ch == escape && quote != '\'') {
                if (pos + 1 == n) {
                    phase = inWord;
                    continue;
                }
                word.append(ch);
                pos++;
                ch = rest.charAt(pos);
            }
            word.append(ch);
        }
        return words;
    }
}
