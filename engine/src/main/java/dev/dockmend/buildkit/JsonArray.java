package dev.dockmend.buildkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The exec (JSON array) form as BuildKit reads it (R5.1-R5.5). The whole text must be one valid
 * JSON value by Go's {@code encoding/json} rules; anything else (single quotes, a trailing comma,
 * text after {@code ]}, an unknown escape such as {@code \p}) silently falls back to the shell form.
 * Valid JSON that is not an array of strings is a hard error.
 *
 * <p>Written by hand rather than with a JSON library because the three outcomes must match Go's
 * decoder exactly: strict grammar, raw control characters rejected, lone surrogates decoded to
 * U+FFFD, no trailing data.
 */
public final class JsonArray {
    static final String NOT_STRINGS = "when using JSON array syntax, arrays must be comprised of strings only";

    private final String text;
    private int pos;

    private JsonArray(String text) {
        this.text = text;
    }

    /**
     * The decoded strings when {@code text} (already trimmed) is a JSON array of strings; empty when
     * it is not JSON at all (the caller falls back to shell form).
     *
     * @throws ArgumentException when it is valid JSON but not an array of strings
     */
    public static Optional<List<String>> parse(String text) throws ArgumentException {
        if (text.isEmpty() || text.charAt(0) != '[') {
            return Optional.empty();
        }
        JsonArray reader = new JsonArray(text);
        List<Object> values;
        try {
            values = reader.readArray(0);
            reader.skipWhitespace();
            if (reader.pos != text.length()) {
                return Optional.empty();
            }
        } catch (Invalid e) {
            return Optional.empty();
        }
        List<String> strings = new ArrayList<>(values.size());
        for (Object value : values) {
            if (!(value instanceof String s)) {
                throw new ArgumentException(NOT_STRINGS);
            }
            strings.add(s);
        }
        return Optional.of(strings);
    }

    /** Whether BuildKit would read {@code text} as exec form (a valid array of strings). */
    public static boolean isExecForm(String text) {
        try {
            return parse(text).isPresent();
        } catch (ArgumentException e) {
            return false;
        }
    }

    private static final Object NON_STRING = new Object();
    private static final int MAX_DEPTH = 10_000;

    private Object readValue(int depth) throws Invalid {
        skipWhitespace();
        if (pos >= text.length()) {
            throw Invalid.INSTANCE;
        }
        char c = text.charAt(pos);
        switch (c) {
            case '"':
                return readString();
            case '[':
                readArray(depth + 1);
                return NON_STRING;
            case '{':
                readObject(depth + 1);
                return NON_STRING;
            case 't':
                expectLiteral("true");
                return NON_STRING;
            case 'f':
                expectLiteral("false");
                return NON_STRING;
            case 'n':
                expectLiteral("null");
                return NON_STRING;
            default:
                readNumber();
                return NON_STRING;
        }
    }

    private List<Object> readArray(int depth) throws Invalid {
        if (depth > MAX_DEPTH) {
            throw Invalid.INSTANCE;
        }
        pos++; // '['
        List<Object> values = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return values;
        }
        while (true) {
            values.add(readValue(depth));
            skipWhitespace();
            char c = peek();
            pos++;
            if (c == ']') {
                return values;
            }
            if (c != ',') {
                throw Invalid.INSTANCE;
            }
        }
    }

    private void readObject(int depth) throws Invalid {
        if (depth > MAX_DEPTH) {
            throw Invalid.INSTANCE;
        }
        pos++; // '{'
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw Invalid.INSTANCE;
            }
            readString();
            skipWhitespace();
            if (peek() != ':') {
                throw Invalid.INSTANCE;
            }
            pos++;
            readValue(depth);
            skipWhitespace();
            char c = peek();
            pos++;
            if (c == '}') {
                return;
            }
            if (c != ',') {
                throw Invalid.INSTANCE;
            }
        }
    }

    private String readString() throws Invalid {
        pos++; // opening quote
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw Invalid.INSTANCE;
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw Invalid.INSTANCE;
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= text.length()) {
                throw Invalid.INSTANCE;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(readUnicodeEscape());
                default -> throw Invalid.INSTANCE;
            }
        }
    }

    /** A {@code \}{@code uXXXX} escape; surrogate pairs combine, a lone surrogate becomes U+FFFD as in Go. */
    private String readUnicodeEscape() throws Invalid {
        char high = (char) readHex4();
        if (!Character.isSurrogate(high)) {
            return String.valueOf(high);
        }
        if (Character.isHighSurrogate(high) && text.startsWith("\\u", pos)) {
            int save = pos;
            pos += 2;
            char low = (char) readHex4();
            if (Character.isLowSurrogate(low)) {
                return new String(new char[] {high, low});
            }
            pos = save;
        }
        return "\uFFFD";
    }

    private int readHex4() throws Invalid {
        if (pos + 4 > text.length()) {
            throw Invalid.INSTANCE;
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(pos++), 16);
            if (digit < 0) {
                throw Invalid.INSTANCE;
            }
            value = value * 16 + digit;
        }
        return value;
    }

    /** Go's number grammar: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}. */
    private void readNumber() throws Invalid {
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (isDigit(peek())) {
            skipDigits();
        } else {
            throw Invalid.INSTANCE;
        }
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek())) {
                throw Invalid.INSTANCE;
            }
            skipDigits();
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw Invalid.INSTANCE;
            }
            skipDigits();
        }
    }

    private void skipDigits() {
        while (isDigit(peek())) {
            pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void expectLiteral(String literal) throws Invalid {
        if (!text.startsWith(literal, pos)) {
            throw Invalid.INSTANCE;
        }
        pos += literal.length();
    }

    /** JSON whitespace is only space, TAB, LF and CR (a VT or FF between tokens is invalid). */
    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    /** Not JSON: the caller falls back to shell form. Control flow only, so no stack trace. */
    private static final class Invalid extends Exception {
        static final Invalid INSTANCE = new Invalid();

        private Invalid() {
            super(null, null, false, false);
        }
    }
}
