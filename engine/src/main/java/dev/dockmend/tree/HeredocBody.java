package dev.dockmend.tree;

import java.util.List;
import java.util.Objects;

/**
 * The raw lines of one heredoc body, each with its own line ending, and the terminator line
 * (e.g. {@code "EOF\n"}). Nothing in a body is interpreted: not comments, escapes or continuations.
 */
public record HeredocBody(List<String> lines, String terminator) {
    public HeredocBody {
        lines = List.copyOf(lines);
        Objects.requireNonNull(terminator, "terminator is null");
    }

    /** The content as BuildKit reports it: the body lines joined, terminator left out (R6.8). */
    public String content() {
        return String.join("", lines);
    }
}
