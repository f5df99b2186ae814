package dev.dockmend.shell;

/**
 * Where a node is in the script it was parsed from: the characters {@code [start, end)}. Nodes keep
 * offsets rather than copies of their text so a recipe can slice the original script, or map an
 * offset back to a Dockerfile line, without the tree re-rendering anything.
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    /** The spanned text of {@code script}, the string this span was parsed from. */
    public String of(String script) {
        return script.substring(start, end);
    }

    /** From this span's start to {@code other}'s end. */
    public Span to(Span other) {
        return new Span(start, Math.max(start, other.end));
    }
}
