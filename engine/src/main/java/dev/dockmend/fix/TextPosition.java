package dev.dockmend.fix;

/**
 * A place in a text as editors name it (the Language Server Protocol's {@code Position}): 0-based
 * line, and 0-based character offset in UTF-16 code units within that line. CRLF, LF and a lone CR
 * each end a line.
 */
public record TextPosition(int line, int character) {
    public TextPosition {
        if (line < 0 || character < 0) {
            throw new IllegalArgumentException("bad position " + line + ":" + character);
        }
    }

    /** The position of {@code offset} (a char index) in {@code text}. */
    public static TextPosition at(String text, int offset) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new TextPosition(line, offset - lineStart);
    }
}
