package dev.dockmend.fix;

import java.util.ArrayList;
import java.util.List;

import dev.dockmend.diff.TextDiff;

/**
 * Replace the text from {@code start} (inclusive) to {@code end} (exclusive) with {@code newText}:
 * the Language Server Protocol's {@code TextEdit}, and the unit of a SARIF replacement. Offsets into
 * the old text are kept too, for applying edits without re-counting lines.
 */
public record TextEdit(TextPosition start, TextPosition end, int startOffset, int endOffset, String newText) {

    /** The diff of {@code text} and {@code text} with {@code edits} applied, lined up at the edits' ends. */
    public static TextDiff diff(String text, List<TextEdit> edits) {
        List<int[]> places = new ArrayList<>(2 * edits.size());
        int shift = 0;
        for (TextEdit edit : edits) {
            places.add(new int[] {edit.startOffset(), edit.startOffset() + shift});
            shift += edit.newText().length() - (edit.endOffset() - edit.startOffset());
            places.add(new int[] {edit.endOffset(), edit.endOffset() + shift});
        }
        return TextDiff.of(text, apply(text, edits), places);
    }

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
