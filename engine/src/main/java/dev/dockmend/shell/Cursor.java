package dev.dockmend.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * A reading position in a text, and the heredocs waiting for their bodies. The text is the script,
 * or the unescaped inside of a backquoted substitution, whose characters map back to script offsets
 * through {@code offsets}. The parsers of nested {@code $(...)} share their outer cursor.
 */
final class Cursor {
    final String text;
    /** The script offset of each character of {@code text} and of its end; null when they are equal. */
    private final int[] offsets;
    final ParseContext context;
    int pos;
    /** Where reading stops: the text's end, or a heredoc body's end while the body is read. */
    int end;
    /** Heredocs whose bodies start after the next newline, in the order of their operators. */
    final List<PendingHereDocument> pending = new ArrayList<>();

    /** A heredoc operator read, waiting for the newline after which its body starts. */
    record PendingHereDocument(int operatorIndex, String delimiter, boolean quoted, boolean stripTabs) {
    }

    /** A position to come back to when a guess (is {@code $((} arithmetic?) turns out wrong. */
    record Mark(int pos, List<PendingHereDocument> pending, int comments, int depth) {
    }

    Cursor(String text, int[] offsets, ParseContext context) {
        this.text = text;
        this.offsets = offsets;
        this.context = context;
        this.end = text.length();
    }

    /** The character at the position, or -1 at the end. */
    int peek() {
        return pos < end ? text.charAt(pos) : -1;
    }

    int peek(int ahead) {
        int at = pos + ahead;
        return at < end ? text.charAt(at) : -1;
    }

    boolean atEnd() {
        return pos >= end;
    }

    boolean startsWith(String s) {
        return pos + s.length() <= end && text.startsWith(s, pos);
    }

    int offset(int index) {
        return offsets == null ? index : offsets[index];
    }

    Span span(int from, int to) {
        return new Span(offset(from), offset(Math.max(from, to)));
    }

    ShellSyntaxError error(String problem, int index) {
        return new ShellSyntaxError(problem, offset(Math.min(index, text.length())));
    }

    /**
     * Skips blanks, backslash-newline continuations and a comment. Called only between tokens, where a
     * {@code #} starts a word and so a comment ({@code a#b} is read by the word reader instead).
     */
    void skipBlanks() {
        while (pos < end) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t') {
                pos++;
            } else if (c == '\\' && pos + 1 < end && text.charAt(pos + 1) == '\n') {
                pos += 2;
            } else if (c == '#') {
                int start = pos;
                while (pos < end && text.charAt(pos) != '\n') {
                    pos++;
                }
                context.comment(span(start, pos));
            } else {
                return;
            }
        }
    }

    /** Goes one construct deeper; {@code index} is where the construct starts, for the message. */
    void enter(int index) {
        if (context.depth() >= ParseContext.MAX_DEPTH) {
            throw error("it nests more than " + ParseContext.MAX_DEPTH + " levels deep", index);
        }
        context.depth(context.depth() + 1);
    }

    void leave() {
        context.depth(context.depth() - 1);
    }

    Mark mark() {
        return new Mark(pos, List.copyOf(pending), context.commentCount(), context.depth());
    }

    void reset(Mark mark) {
        pos = mark.pos();
        pending.clear();
        pending.addAll(mark.pending());
        context.truncateComments(mark.comments());
        context.depth(mark.depth());
    }
}
