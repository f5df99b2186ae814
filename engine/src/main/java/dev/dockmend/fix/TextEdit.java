package dev.dockmend.fix;

import java.util.List;

/**
 * Replace the text from {@code start} (inclusive) to {@code end} (exclusive) with {@code newText}:
 * the Language Server Protocol's {@code TextEdit}, and the unit of a SARIF replacement. Offsets into
 * the old text are kept too, for applying edits without re-counting lines.
 */
public record TextEdit(TextPosition start, TextPosition end, int startOffset, int endOffset, String newText) {

    /** {@code text} with {@code edits} (in order, not overlapping) applied. */
    public static String apply(String text, List<TextEdit> edits) {
        StringBuilder out = new StringBuilder(text.length());
        int position = 0;
        for (TextEdit edit : edits) {
            if (edit.startOffset() < position) {
                throw new IllegalArgumentException("edits overlap or are out of order");
            }
            out.append(text, position, edit.startOffset()).append(edit.newText());
            position = edit.endOffset();
        }
        return out.append(text, position, text.length()).toString();
    }
}
