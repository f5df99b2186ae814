package dev.dockmend.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineMapTest {
    private static final String BEFORE = "a\nb\nc\nd\ne\n";

    @Test
    void unchangedLinesShiftPastAnInsertion() {
        LineMap map = LineMap.between(BEFORE, "a\nnew1\nnew2\nb\nc\nd\ne\n");
        assertEquals(new LineRange(5, 5), map.forward(new LineRange(3, 3)));
        assertEquals(new LineRange(3, 3), map.back(new LineRange(5, 5)));
        assertEquals(new LineRange(1, 1), map.back(new LineRange(2, 3)), "inserted lines map to the line before them");
    }

    @Test
    void aLineInsideAChangedBlockMapsToTheWholeBlock() {
        LineMap map = LineMap.between(BEFORE, "a\nB1\nB2\nB3\nd\ne\n");
        assertEquals(new LineRange(2, 4), map.forward(new LineRange(2, 2)));
        assertEquals(new LineRange(2, 3), map.back(new LineRange(3, 3)));
        assertEquals(new LineRange(5, 5), map.forward(new LineRange(4, 4)));
    }

    @Test
    void deletedLinesMapToTheLineBeforeTheGap() {
        LineMap map = LineMap.between(BEFORE, "a\nd\ne\n");
        assertEquals(new LineRange(1, 1), map.forward(new LineRange(2, 3)));
        assertEquals(new LineRange(4, 5), map.back(new LineRange(2, 3)));
    }
}
