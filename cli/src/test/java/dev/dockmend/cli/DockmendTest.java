package dev.dockmend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DockmendTest {
    @Test
    void helpListsCommandsAndExitCodes() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("parse"), run.out());
        assertTrue(run.out().contains("conformance"), run.out());
        assertTrue(run.out().contains("input error: a file could not be read, parsed or written"), run.out());
    }

    @Test
    void versionPrintsTheVersion() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("dockmend "), run.out());
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("parse", "--no-such-option", "x");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Unknown option"), run.err());
    }

    @Test
    void subcommandHelpShowsExamples() {
        CliRun run = CliRun.of("parse", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Examples:"), run.out());
    }
}
