package dev.dockmend.grammar;

import java.util.Locale;
import java.util.Optional;

/**
 * Recognises a parser directive line (R2.2): optional whitespace, {@code #}, optional whitespace, a
 * key (an ASCII letter, then ASCII letters or digits), optional whitespace, {@code =}, and a value of
 * at least one character, trimmed. Only the keys {@code syntax}, {@code escape} and {@code check}
 * are directives (R2.1); any other key is a plain comment and ends the directive run.
 */
public final class DirectiveSyntax {
    private DirectiveSyntax() {
    }

    /** A recognised directive: its key in lower case and its trimmed value. */
    public record Match(String key, String value) {
    }

    /** The directive that {@code content} (a line without its line ending) spells, if any. */
    public static Optional<Match> match(CharSequence content) {
        int end = content.length();
        int i = Whitespace.skipUnicodeSpace(content, 0, end);
        if (i == end || content.charAt(i) != '#') {
            return Optional.empty();
        }
        i = Whitespace.skipUnicodeSpace(content, i + 1, end);
        int keyStart = i;
        if (i == end || !isAsciiLetter(content.charAt(i))) {
            return Optional.empty();
        }
        while (i < end && (isAsciiLetter(content.charAt(i)) || isAsciiDigit(content.charAt(i)))) {
            i++;
        }
        String key = content.subSequence(keyStart, i).toString().toLowerCase(Locale.ROOT);
        i = Whitespace.skipUnicodeSpace(content, i, end);
        if (i == end || content.charAt(i) != '=') {
            return Optional.empty();
        }
        int valueStart = Whitespace.skipUnicodeSpace(content, i + 1, end);
        int valueEnd = end;
        while (valueEnd > valueStart && Whitespace.isUnicodeSpace(content.charAt(valueEnd - 1))) {
            valueEnd--;
        }
        if (valueStart == valueEnd || !isKnownKey(key)) {
            return Optional.empty();
        }
        return Optional.of(new Match(key, content.subSequence(valueStart, valueEnd).toString()));
    }

    private static boolean isKnownKey(String key) {
        return key.equals("syntax") || key.equals("escape") || key.equals("check");
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
