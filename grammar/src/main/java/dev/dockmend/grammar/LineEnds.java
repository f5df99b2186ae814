package dev.dockmend.grammar;

/**
 * Where a physical line's content ends. BuildKit removes every trailing CR and LF byte before it
 * looks at a line (R1.2), so {@code "x\r\r\n"} has the content {@code "x"}; a CR followed by
 * anything else is content.
 */
public final class LineEnds {
    private LineEnds() {
    }

    /** Index just past the content of {@code line} (a physical line, its line ending included). */
    public static int contentEnd(CharSequence line) {
        return contentEnd(line, 0, line.length());
    }

    /** Index just past the content of the physical line {@code text[start, end)}, its line ending included. */
    public static int contentEnd(CharSequence text, int start, int end) {
        int contentEnd = end;
        while (contentEnd > start && (text.charAt(contentEnd - 1) == '\n' || text.charAt(contentEnd - 1) == '\r')) {
            contentEnd--;
        }
        return contentEnd;
    }
}
