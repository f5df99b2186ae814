package dev.dockmend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import dev.dockmend.cli.report.OutputOptions;
import dev.dockmend.cli.run.SelectionOptions;

class DockmendTest {
    @Test
    void helpListsCommandsAndExitCodes() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("parse"), run.out());
        assertTrue(run.out().contains("conformance"), run.out());
        assertTrue(run.out().contains("input error: a file or the output could not be read, parsed or written"), run.out());
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
        assertEquals("dockmend parse: unknown option '--no-such-option'\nRun 'dockmend parse --help' for usage.\n", run.err());
    }

    @Test
    void subcommandHelpShowsExamples() {
        CliRun run = CliRun.of("parse", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Examples:"), run.out());
    }

    @Test
    void subcommandTableUsesTheNamesTheCommandsDeclare() {
        Dockmend.SUBCOMMANDS.forEach((name, make) -> assertEquals(name, make.apply(new Dockmend()).getCommandName()));
    }

    @Test
    void noAnnotatedCommandHasPicocliScanItsMethodsForSubcommands() {
        for (Class<?> type : List.of(RecipesCommand.class, ParseCommand.class, ConformanceCommand.class)) {
            assertTrue(!type.getAnnotation(CommandLine.Command.class).addMethodSubcommands(), type.getName());
        }
    }

    @Test
    void theCommandsEveryStartBuildsAreDeclaredInCode() {
        // Annotations cost about 20 ms of each start (Specs); these run on every batch, CI check and quick fix.
        for (Class<?> type : List.of(Dockmend.class, CheckCommand.class, FixCommand.class, MendCommand.class,
                ActionsCommand.class, ApplyCommand.class, QuickFixCommand.class, SelectionOptions.class, OutputOptions.class)) {
            assertEquals(0, type.getAnnotations().length, type.getName());
            for (java.lang.reflect.Field field : type.getDeclaredFields()) {
                assertEquals(0, field.getAnnotations().length, type.getName() + "." + field.getName());
            }
        }
    }

    @Test
    void versionIsPrintedBySubcommandsToo() {
        CliRun run = CliRun.of("check", "--version");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("dockmend "), run.out());
    }

    @Test
    void dateTimeAndSqlConvertersAreLeftOut() {
        assertEquals(0, CliRun.of("--version").exitCode()); // the command line has been set up
        String excluded = System.getProperty(Dockmend.CONVERTER_EXCLUDES);
        assertTrue("java.time.MonthDay".matches(excluded), excluded);
        assertTrue("java.sql.Timestamp".matches(excluded), excluded);
        assertTrue(!"java.nio.file.Path".matches(excluded), excluded);
    }

    @Test
    void aCommandLineNamingASubcommandBuildsOnlyThatOne() {
        assertEquals(Set.of("check"), Dockmend.commandLine(new Dockmend(), "-C", "dir", "check", "x").getSubcommands().keySet());
        assertEquals(Set.of("fix"), Dockmend.commandLine(new Dockmend(), "--directory=dir", "fix").getSubcommands().keySet());
        Set<String> all = new java.util.HashSet<>(Dockmend.SUBCOMMANDS.keySet());
        all.add("help");
        assertEquals(all, Dockmend.commandLine(new Dockmend()).getSubcommands().keySet());
        assertEquals(all, Dockmend.commandLine(new Dockmend(), "help", "check").getSubcommands().keySet());
        assertEquals(all, Dockmend.commandLine(new Dockmend(), "chek").getSubcommands().keySet());
    }

    @Test
    void helpSubcommandAndNoArgumentsStillListEveryCommand() {
        CliRun help = CliRun.of("help", "check");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().contains("Usage: dockmend check"), help.out());
        CliRun none = CliRun.of();
        for (String name : Dockmend.SUBCOMMANDS.keySet()) {
            assertTrue(none.out().contains(name), none.out());
        }
    }

    @Test
    void aMistypedSubcommandIsAUsageErrorWithASuggestion() {
        CliRun run = CliRun.of("chek", "Dockerfile");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("check"), run.err());
    }
}
