package dev.dockmend.tree;

/** A line that belongs to no instruction: blank, or a comment. */
public sealed interface TriviaLine permits BlankLine, CommentLine {
    /** The line without its line ending. */
    String content();

    /** {@code "\n"}, {@code "\r\n"}, any run of CRs before LF, or {@code ""} on a last line without one. */
    String lineEnding();

    default String text() {
        return content() + lineEnding();
    }
}
