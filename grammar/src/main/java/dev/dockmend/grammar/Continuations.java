package dev.dockmend.grammar;

/**
 * BuildKit's line-continuation rule (R3.4, R3.5): a line continues when its content ends with the
 * escape character followed only by spaces and TABs, and that escape character is the first
 * character considered or follows a character that is not the escape character. So {@code a \}
 * continues, {@code a \\} and {@code a \\\} do not.
 */
public final class Continuations {
    private Continuations() {
    }

    /**
     * Index of the escape character that continues {@code line[from, to)}, or -1 when the line does
     * not continue. {@code from} is where BuildKit's regular expression starts looking: after the
     * left trim on an instruction's first line, at the line start on a continuation line.
     */
    public static int markerStart(CharSequence line, int from, int to, char escape) {
        int i = to;
        while (i > from && (line.charAt(i - 1) == ' ' || line.charAt(i - 1) == '\t')) {
            i--;
        }
        if (i == from || line.charAt(i - 1) != escape) {
            return -1;
        }
        int marker = i - 1;
        if (marker > from && line.charAt(marker - 1) == escape) {
            return -1;
        }
        return marker;
    }
}
