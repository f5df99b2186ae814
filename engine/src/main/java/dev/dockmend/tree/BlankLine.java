package dev.dockmend.tree;

import java.util.Objects;

/** An empty or whitespace-only line, e.g. {@code "  \n"}. BuildKit skips it without trace. */
public record BlankLine(String content, String lineEnding) implements TriviaLine {
    public BlankLine {
        Objects.requireNonNull(content, "content is null");
        Objects.requireNonNull(lineEnding, "lineEnding is null");
    }

    // Written out for speed rather than generated: see Dockerfile#equals.
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof BlankLine line && content.equals(line.content) && lineEnding.equals(line.lineEnding);
    }
}
