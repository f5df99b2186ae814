package dev.dockmend.recipe;

import java.util.List;

import dev.dockmend.diff.LineDelta;
import dev.dockmend.diff.TextDiff;

/**
 * Which lines of one text correspond to which of another, from their line diff. A pipeline reports
 * every change in the lines of the file the user gave and of the file they get back, even when an
 * earlier recipe moved lines: each step's map translates a later recipe's line numbers back, and an
 * earlier recipe's forward. A line inside a changed block maps to the whole block on the other side;
 * a block with no lines there (an insertion or deletion) maps to the line just before it.
 */
public final class LineMap {
    private final List<LineDelta> deltas;
    private final int sourceLines;
    private final int targetLines;

    private LineMap(List<LineDelta> deltas, int sourceLines, int targetLines) {
        this.deltas = deltas;
        this.sourceLines = sourceLines;
        this.targetLines = targetLines;
    }

    public static LineMap between(String before, String after) {
        return of(TextDiff.of(before, after));
    }

    public static LineMap of(TextDiff diff) {
        return new LineMap(diff.deltas(), diff.before().size(), diff.after().size());
    }

    /** Lines of the old text that {@code range} of the new text came from. */
    public LineRange back(LineRange range) {
        return map(range, false);
    }

    /** Lines of the new text that {@code range} of the old text became. */
    public LineRange forward(LineRange range) {
        return map(range, true);
    }

    private LineRange map(LineRange range, boolean forward) {
        int[] first = mapLine(range.start() - 1, forward);
        int[] last = mapLine(range.end() - 1, forward);
        int start = first[0];
        int end = Math.max(last[1], start);
        int size = forward ? targetLines : sourceLines;
        if (end == start) {
            // Nothing on the other side: name the line just before the gap (or the first line).
            int line = Math.max(1, Math.min(start, Math.max(size, 1)));
            return new LineRange(line, line);
        }
        return new LineRange(start + 1, end);
    }

    /** The 0-based [start, end) on the other side of 0-based line {@code line}: a binary search of the blocks. */
    private int[] mapLine(int line, boolean forward) {
        // The last block that starts at or before the line, on this side.
        int low = 0;
        int high = deltas.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            LineDelta delta = deltas.get(middle);
            if ((forward ? delta.sourceStart() : delta.targetStart()) <= line) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        if (found < 0) {
            return new int[] {line, line + 1};
        }
        LineDelta delta = deltas.get(found);
        int fromEnd = forward ? delta.sourceEnd() : delta.targetEnd();
        if (line < fromEnd) {
            return forward ? new int[] {delta.targetStart(), delta.targetEnd()}
                    : new int[] {delta.sourceStart(), delta.sourceEnd()};
        }
        int shift = forward ? delta.targetEnd() - delta.sourceEnd() : delta.sourceEnd() - delta.targetEnd();
        return new int[] {line + shift, line + shift + 1};
    }
}
