package dev.dockmend.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.dockmend.recipe.LineRange;

class TextEditsTest {
    @Test
    void positionsCountCrlfLfAndLoneCrAsLineBreaksInUtf16Units() {
        String text = "a\r\nb\nc\rd\uD83D\uDE00e";
        assertEquals(new TextPosition(0, 1), TextPosition.at(text, 1));
        assertEquals(new TextPosition(1, 0), TextPosition.at(text, 3));
        assertEquals(new TextPosition(2, 0), TextPosition.at(text, 5));
        assertEquals(new TextPosition(3, 3), TextPosition.at(text, text.length() - 1));
    }

    @Test
    void editsWithinLinesTakeOnlyTheBlocksTouchingThem() {
        String before = "one\ntwo\nthree\nfour\n";
        String after = "ONE\ntwo\nthree\nFOUR\nfive\n";
        List<TextEdit> all = TextEdits.of(before, after).all();
        assertEquals(2, all.size());
        List<TextEdit> first = TextEdits.of(before, after).within(new LineRange(1, 1));
        assertEquals(1, first.size());
        assertEquals(new TextPosition(0, 0), first.get(0).start());
        assertEquals(new TextPosition(1, 0), first.get(0).end());
        assertEquals("ONE\n", first.get(0).newText());
        List<TextEdit> last = TextEdits.of(before, after).within(new LineRange(4, 4));
        assertEquals("FOUR\nfive\n", last.get(0).newText());
        assertEquals(after, TextEdit.apply(before, all));
        assertEquals("ONE\ntwo\nthree\nfour\n", TextEdit.apply(before, first));
    }

    @Test
    void anEditAtTheEndOfAFileWithoutFinalNewlineEndsOnTheLastLine() {
        String before = "FROM a\nCMD x";
        List<TextEdit> edits = TextEdits.of(before, "FROM a\nCMD [\"x\"]").all();
        assertEquals(new TextPosition(1, 0), edits.get(0).start());
        assertEquals(new TextPosition(1, 5), edits.get(0).end());
        assertEquals("FROM a\nCMD [\"x\"]", TextEdit.apply(before, edits));
    }
}
