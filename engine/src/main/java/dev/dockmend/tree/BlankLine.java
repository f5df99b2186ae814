package dev.dockmend.tree;

import java.util.Objects;

/** An empty or whitespace-only line, e.g. {@code "  \n"}. BuildKit skips it without trace. */
public record BlankLine(String content, String lineEnding) implements TriviaLine {
    public BlankLine {
        Objects.requireNonNull(content, "content is null");
        Objects.requireNonNull(lineEnding, "lineEnding is null");
    }
}
