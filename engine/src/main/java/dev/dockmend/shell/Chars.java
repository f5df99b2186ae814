package dev.dockmend.shell;

/** Character classes of the POSIX shell grammar (XCU 2.2, 2.10). */
final class Chars {
    /** Runs of whitespace, compiled once (String.split compiles its pattern anew on every call). */
    static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s+");

    private Chars() {
    }

    /** Blanks separate words; a newline is a token of its own. */
    static boolean isBlank(int c) {
        return c == ' ' || c == '\t';
    }

    /** Characters that end an unquoted word and start an operator. */
    static boolean isMeta(int c) {
        return c == ';' || c == '&' || c == '|' || c == '(' || c == ')' || c == '<' || c == '>';
    }

    /** Whether an unquoted word ends before {@code c} ({@code -1} is the end of the text). */
    static boolean endsWord(int c) {
        return c == -1 || isBlank(c) || c == '\n' || isMeta(c);
    }

    static boolean isNameStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    static boolean isNameChar(int c) {
        return isNameStart(c) || isDigit(c);
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** Whether {@code text[from, to)} is a variable name: a letter or {@code _}, then letters, digits, {@code _}. */
    static boolean isName(String text, int from, int to) {
        if (from >= to || !isNameStart(text.charAt(from))) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            if (!isNameChar(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Parameters written with one character after {@code $}: {@code $@ $* $# $? $- $$ $!} and digits. */
    static boolean isSpecialParameter(int c) {
        return c == '@' || c == '*' || c == '#' || c == '?' || c == '-' || c == '$' || c == '!' || isDigit(c);
    }
}
