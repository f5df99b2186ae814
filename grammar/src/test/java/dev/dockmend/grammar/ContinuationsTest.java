package dev.dockmend.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContinuationsTest {
    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "a \\"      | 2
            "a\\"       | 1
            "a \\  \t"  | 2
            "\\"        | 0
            "  \\"      | 2
            "a \\\\"    | -1
            "a \\\\\\"  | -1
            "a \\ x"    | -1
            "a"         | -1
            ""          | -1
            """)
    void findsTheContinuingEscapeCharacter(String line, int expected) {
        assertEquals(expected, Continuations.markerStart(line, 0, line.length(), '\\'));
    }
}
