package dev.dockmend.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextPositionTest {
    @Test
    void positionsCountCrlfLfAndLoneCrAsLineBreaksInUtf16Units() {
        String text = "a\r\nb\nc\rd\uD83D\uDE00e";
        assertEquals(new TextPosition(0, 1), TextPosition.at(text, 1));
        assertEquals(new TextPosition(1, 0), TextPosition.at(text, 3));
        assertEquals(new TextPosition(2, 0), TextPosition.at(text, 5));
        assertEquals(new TextPosition(3, 3), TextPosition.at(text, text.length() - 1));
    }

    /** The index found once gives, at every offset, what counting from the start of the text gives. */
    @Test
    void theIndexAgreesWithCountingFromTheStart() {
        String text = "FROM a\r\n\r\nRUN x \\\r  y\n\n# c\rCMD z\n";
        TextPosition.Index index = new TextPosition.Index(text);
        for (int offset = 0; offset <= text.length(); offset++) {
            assertEquals(counted(text, offset), index.at(offset), "offset " + offset);
        }
    }

    private static TextPosition counted(String text, int offset) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new TextPosition(line, offset - lineStart);
    }

    /** An edit at the end of a file without a final newline ends on the last line. */
    @Test
    void editsOfAFileWithoutFinalNewlineApplyAndDiff() {
        String before = "FROM a\nCMD x";
        TextEdit edit = new TextEdit(TextPosition.at(before, 7), TextPosition.at(before, 12), 7, 12, "CMD [\"x\"]");
        assertEquals(new TextPosition(1, 5), edit.end());
        assertEquals("FROM a\nCMD [\"x\"]", TextEdit.apply(before, java.util.List.of(edit)));
        assertEquals(1, TextEdit.diff(before, java.util.List.of(edit)).deltas().size());
    }
}
