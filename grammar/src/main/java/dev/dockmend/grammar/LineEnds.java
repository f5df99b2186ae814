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
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }
}
