package dev.dockmend.tree;

import java.util.Objects;

import dev.dockmend.buildkit.CommandSplit;

/**
 * A comment line, e.g. {@code "# install tools\n"}: its first non-whitespace character is {@code #}.
 * A {@code #} anywhere else on a line is argument text, not a comment.
 */
public record CommentLine(String content, String lineEnding) implements TriviaLine {
    public CommentLine {
        Objects.requireNonNull(content, "content is null");
        Objects.requireNonNull(lineEnding, "lineEnding is null");
    }

    // Written out for speed rather than generated: see Dockerfile#equals.
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof CommentLine line && content.equals(line.content) && lineEnding.equals(line.lineEnding);
    }

    /**
     * The comment as BuildKit records it in an instruction's comments (R3.11): the line after its
     * first character, trimmed. For an indented comment that first character is a space, so
     * {@code "  # x"} gives {@code "# x"}, as in BuildKit.
     */
    public String buildKitText() {
        return content.isEmpty() ? "" : CommandSplit.trimUnicodeSpace(content.substring(content.offsetByCodePoints(0, 1)));
    }
}
