package dev.dockmend.diff;

import java.util.List;


/**
 * A unified diff of two texts, as {@code git apply} and {@code patch} read it: {@code --- a/PATH} and
 * {@code +++ b/PATH} headers, hunks with N lines of context, each line with its own line ending (so
 * CRLF files stay CRLF and a changed line ending shows as a change), and {@code \ No newline at end
 * of file} after a last line without one. java-diff-utils finds the changed lines ({@link LineDeltas}); this class owns
 * the line endings, which its own unified-diff writer drops.
 */
public final class UnifiedDiff {
    public static final int DEFAULT_CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** The diff, or "" when the texts are equal. */
    public static String of(String path, String before, String after, int context) {
        if (before.equals(after)) {
            return "";
        }
        List<String> a = Lines.of(before);
        List<String> b = Lines.of(after);
        List<LineDelta> deltas = LineDeltas.between(a, b);
        StringBuilder out = new StringBuilder();
        out.append("--- a/").append(path).append('\n');
        out.append("+++ b/").append(path).append('\n');
        int i = 0;
        while (i < deltas.size()) {
            int j = i;
            // Deltas closer than two contexts apart share a hunk.
            while (j + 1 < deltas.size()
                    && deltas.get(j + 1).sourceStart() - deltas.get(j).sourceEnd() <= 2 * context) {
                j++;
            }
            hunk(out, a, b, deltas.subList(i, j + 1), context);
            i = j + 1;
        }
        return out.toString();
    }

    private static void hunk(StringBuilder out, List<String> a, List<String> b, List<LineDelta> deltas, int context) {
        LineDelta first = deltas.get(0);
        LineDelta last = deltas.get(deltas.size() - 1);
        int aStart = Math.max(0, first.sourceStart() - context);
        int aEnd = Math.min(a.size(), last.sourceEnd() + context);
        int offset = first.targetStart() - first.sourceStart();
        int bStart = aStart + offset;
        int bEnd = aEnd + last.targetEnd() - last.sourceEnd();
        out.append("@@ -").append(range(aStart, aEnd - aStart)).append(" +").append(range(bStart, bEnd - bStart)).append(" @@\n");
        int position = aStart;
        for (LineDelta delta : deltas) {
            for (; position < delta.sourceStart(); position++) {
                line(out, ' ', a.get(position));
            }
            for (String removed : a.subList(delta.sourceStart(), delta.sourceEnd())) {
                line(out, '-', removed);
            }
            for (String added : delta.targetLines()) {
                line(out, '+', added);
            }
            position = delta.sourceEnd();
        }
        for (; position < aEnd; position++) {
            line(out, ' ', a.get(position));
        }
    }

    /** {@code start,count} in 1-based lines; an empty range names the line before it, as git does. */
    private static String range(int start, int count) {
        if (count == 0) {
            return start + ",0";
        }
        return count == 1 ? String.valueOf(start + 1) : (start + 1) + "," + count;
    }

    private static void line(StringBuilder out, char prefix, String line) {
        out.append(prefix).append(line);
        if (!line.endsWith("\n")) {
            out.append("\n\\ No newline at end of file\n");
        }
    }
}
