package dev.dockmend.diff;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;


/**
 * A unified diff of two texts, as {@code git apply} and {@code patch} read it: {@code --- a/PATH} and
 * {@code +++ b/PATH} headers, hunks with N lines of context, each line with its own line ending (so
 * CRLF files stay CRLF and a changed line ending shows as a change), and {@code \ No newline at end
 * of file} after a last line without one. java-diff-utils finds the changed lines ({@link LineDeltas}, {@link TextDiff}); this class owns
 * the line endings, which its own unified-diff writer drops.
 */
public final class UnifiedDiff {
    public static final int DEFAULT_CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** The diff, or "" when the texts are equal. */
    public static String of(String path, String before, String after, int context) {
        return before.equals(after) ? "" : of(path, TextDiff.of(before, after), context);
    }

    /** The diff of two texts already diffed, or "" when they are equal. */
    public static String of(String path, TextDiff diff, int context) {
        return diff.deltas().isEmpty() ? "" : header(path) + hunks(diff.before(), diff.after(), diff.deltas(), context);
    }

    /**
     * The diff of two files' bytes as a patch that {@code git apply} and {@code patch} apply to the file's
     * own bytes: the header names the path in UTF-8, and every line of the hunks is the file's bytes as they
     * are, whatever its encoding (a GBK or Latin-1 comment, a byte order mark); empty when they are equal.
     * A diff of the decoded texts would carry the text, and printed as UTF-8 it no longer matches a file that
     * is not UTF-8.
     */
    public static Optional<Patch> patch(String path, byte[] before, byte[] after, int context) {
        return patch(path, before, after, null, context);
    }

    /**
     * The same patch, with the changed lines taken from {@code diff}, the diff of the two texts (made from the trees
     * at the cost of the changed lines, {@link TextDiff#of(dev.dockmend.tree.Dockerfile, dev.dockmend.tree.Dockerfile)}),
     * where the texts' lines are the bytes' lines (an encoding in which a line feed is the byte 0x0A and no other
     * byte is); else the bytes are diffed.
     */
    public static Optional<Patch> patch(String path, byte[] before, byte[] after, TextDiff diff, int context) {
        if (Arrays.equals(before, after)) {
            return Optional.empty();
        }
        // One character per byte: lines split at the same '\n' bytes, and the hunks encode back to the same bytes.
        List<String> a = Lines.of(new String(before, StandardCharsets.ISO_8859_1));
        List<String> b = Lines.of(new String(after, StandardCharsets.ISO_8859_1));
        List<LineDelta> deltas = diff == null ? null : byteDeltas(diff, a, b);
        if (deltas == null) {
            deltas = TextDiff.of(new String(before, StandardCharsets.ISO_8859_1), new String(after, StandardCharsets.ISO_8859_1)).deltas();
        }
        return Optional.of(new Patch(header(path), hunks(a, b, deltas, context)));
    }

    /**
     * The text diff's blocks as blocks of the bytes' lines {@code a} and {@code b}, or null when the lines do not
     * correspond: other counts, or a line outside the blocks that differs (an encoding such as UTF-16).
     */
    private static List<LineDelta> byteDeltas(TextDiff diff, List<String> a, List<String> b) {
        if (diff.before().size() != a.size() || diff.after().size() != b.size()) {
            return null;
        }
        List<LineDelta> deltas = new java.util.ArrayList<>(diff.deltas().size());
        int i = 0;
        int shift = 0;
        for (LineDelta delta : diff.deltas()) {
            for (; i < delta.sourceStart(); i++) {
                if (!a.get(i).equals(b.get(i + shift))) {
                    return null;
                }
            }
            deltas.add(new LineDelta(delta.sourceStart(), delta.sourceSize(), delta.targetStart(),
                    b.subList(delta.targetStart(), delta.targetEnd())));
            i = delta.sourceEnd();
            shift = delta.targetEnd() - delta.sourceEnd();
        }
        for (; i < a.size(); i++) {
            if (i + shift >= b.size() || !a.get(i).equals(b.get(i + shift))) {
                return null;
            }
        }
        return deltas;
    }

    /**
     * A patch in two parts: the header (text) and the hunks, one character per byte of the file. Kept apart
     * so that a report can colour each line before {@link #bytes} joins them.
     */
    public record Patch(String header, String hunks) {
        /** The patch as written to a file or a pipe: the header in UTF-8, then the hunks' bytes. */
        public byte[] bytes() {
            byte[] head = header.getBytes(StandardCharsets.UTF_8);
            byte[] body = hunks.getBytes(StandardCharsets.ISO_8859_1);
            byte[] all = Arrays.copyOf(head, head.length + body.length);
            System.arraycopy(body, 0, all, head.length, body.length);
            return all;
        }
    }

    private static String header(String path) {
        return "--- " + name("a/" + path) + "\n+++ " + name("b/" + path) + "\n";
    }

    /**
     * A path as git writes it in a header, so that {@code git apply} and {@code patch} read the same name:
     * C-quoted when it has a quote, a backslash or a control character, and followed by a tab when it has a
     * space (patch would stop at the space; both drop what follows a tab, GNU diff's timestamp).
     */
    private static String name(String path) {
        String name = path.chars().anyMatch(c -> c < 0x20 || c == 0x7F || c == '"' || c == '\\') ? quoted(path) : path;
        return name.indexOf(' ') >= 0 ? name + "\t" : name;
    }

    private static String quoted(String path) {
        StringBuilder quoted = new StringBuilder(path.length() + 8).append('"');
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            switch (c) {
                case '"', '\\' -> quoted.append('\\').append(c);
                case '\t' -> quoted.append("\\t");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        quoted.append('\\').append(String.format("%03o", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    private static String hunks(List<String> a, List<String> b, List<LineDelta> deltas, int context) {
        StringBuilder out = new StringBuilder();
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
