package dev.dockmend.grammar;

/** The character classes BuildKit uses, which are not Java's. */
public final class Whitespace {
    private Whitespace() {
    }

    /** Go's {@code unicode.IsSpace}: what BuildKit trims from the start and end of a line. */
    public static boolean isUnicodeSpace(int c) {
        return switch (c) {
            case ' ', '\t', '\n', 0x0B, '\f', '\r', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000 -> true;
            default -> c >= 0x2000 && c <= 0x200A;
        };
    }

    /** The ASCII whitespace that separates keyword and words: space, TAB, VT, FF and CR (R4.1). */
    public static boolean isAsciiSpace(int c) {
        return c == ' ' || c == '\t' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** Index of the first character of {@code s[from, to)} that is not {@link #isUnicodeSpace}. */
    public static int skipUnicodeSpace(CharSequence s, int from, int to) {
        int i = from;
        while (i < to && isUnicodeSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
