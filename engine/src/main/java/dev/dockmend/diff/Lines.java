package dev.dockmend.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Text cut into lines the way diffs see it: each line keeps its ending, and only LF ends a line, so
 * a CRLF line is one line whose text ends in {@code \r\n} and a change of line ending is a change of
 * the line.
 */
public final class Lines {
    private Lines() {
    }

    public static List<String> of(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                lines.add(text.substring(start));
                break;
            }
            lines.add(text.substring(start, end + 1));
            start = end + 1;
        }
        return lines;
    }
}
