package dev.dockmend.recipe;

/** Lines {@code start} to {@code end}, 1-based and inclusive. */
public record LineRange(int start, int end) {
    public LineRange {
        if (start < 1 || end < start) {
            throw new IllegalArgumentException("bad line range " + start + "-" + end);
        }
    }

    @Override
    public String toString() {
        return start == end ? String.valueOf(start) : start + "-" + end;
    }
}
