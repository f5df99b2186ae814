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

    /** The position of {@code offset} (a char index) in {@code text}; for many offsets of one text, {@link Index}. */
    public static TextPosition at(String text, int offset) {
        return new Index(text).at(offset);
    }

    /** The line starts of one text, found once, so each position costs a binary search, not a count from the start. */
    public static final class Index {
        private final int[] lineStarts;

        public Index(String text) {
            int[] starts = new int[16];
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    if (count == starts.length) {
                        starts = java.util.Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = i + 1;
                }
            }
            this.lineStarts = java.util.Arrays.copyOf(starts, count);
        }

        public TextPosition at(int offset) {
            int found = java.util.Arrays.binarySearch(lineStarts, offset);
            int line = found >= 0 ? found : -found - 2;
            return new TextPosition(line, offset - lineStarts[line]);
        }
    }
}
