package dev.dockmend.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ColorsTest {
    @Test
    void autoColoursOnlyATerminalWithoutNoColorOrDumbTerm() {
        assertTrue(Colors.of(Colors.When.AUTO, Map.of(), true).on());
        assertFalse(Colors.of(Colors.When.AUTO, Map.of(), false).on(), "not a terminal");
        assertFalse(Colors.of(Colors.When.AUTO, Map.of("NO_COLOR", "1"), true).on(), "NO_COLOR set");
        assertTrue(Colors.of(Colors.When.AUTO, Map.of("NO_COLOR", ""), true).on(), "an empty NO_COLOR does not count");
        assertFalse(Colors.of(Colors.When.AUTO, Map.of("TERM", "dumb"), true).on(), "TERM=dumb");
    }

    @Test
    void alwaysAndNeverWinOverTheEnvironment() {
        assertTrue(Colors.of(Colors.When.ALWAYS, Map.of("NO_COLOR", "1"), false).on());
        assertFalse(Colors.of(Colors.When.NEVER, Map.of(), true).on());
        assertEquals("\u001b[31mx\u001b[0m", Colors.of(Colors.When.ALWAYS, Map.of(), false).red("x"));
        assertEquals("x", Colors.NONE.red("x"));
    }
}
