package dev.dockmend.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dockmend.testing.TestData;
import dev.dockmend.testing.TestRecipe;

/**
 * The program users run, as a process: {@code bin/dockmend} starts the packaged jar in a fresh JVM for
 * every command, the top-level flags, usage errors and bad input, and each run's exit code, standard output
 * and standard error are checked. No run shows a stack trace, except an internal error with
 * {@code --verbose}. Where {@code testdata/cli/approved} has the output of a command on
 * {@code testdata/cli/project} (approved in-process by OutputApprovalTest), the process must print it
 * byte for byte. Runs by failsafe after {@code package} (cli/pom.xml).
 */
class ProgramIT {
    private static final Program DOCKMEND = Program.launched();

    @TempDir
    Path dir;

    private static Path project() {
        return TestData.root().resolve("cli/project");
    }

    private static String approved(String file) throws IOException {
        return Files.readString(TestData.root().resolve("cli/approved").resolve(file), StandardCharsets.UTF_8);
    }

    private static Program.Run inProject(String... args) throws IOException {
        return DOCKMEND.run(project(), args).withoutStackTrace();
    }

    private Program.Run inDir(String... args) throws IOException {
        return DOCKMEND.run(dir, args).withoutStackTrace();
    }

    private static void assertOutputs(Program.Run run, int exitCode, String out, String err) {
        assertEquals(err, run.err());
        assertEquals(out, run.out());
        assertEquals(exitCode, run.exitCode());
    }

    private static void assertUsageError(Program.Run run, String firstLine, String command) {
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertEquals("", run.out());
        List<String> lines = run.err().lines().toList();
        assertEquals(firstLine, lines.get(0), run.err());
        assertEquals("Run '" + command + " --help' for usage.", lines.get(lines.size() - 1), run.err());
        assertTrue(lines.size() <= 3, "not the whole help: " + run.err());
    }

    // The top level: help, version, no arguments.

    @Test
    void noArgumentsHelpFlagsAndTheHelpCommandPrintTheHelp() throws IOException {
        Program.Run none = inDir();
        assertEquals(ExitCodes.OK, none.exitCode(), none.err());
        assertEquals("", none.err());
        assertTrue(none.out().contains("Usage: dockmend [-hvV] [-C=DIR] [COMMAND]"), none.out());
        for (String command : Dockmend.SUBCOMMANDS.keySet()) {
            assertTrue(none.out().contains("  " + command + " "), command + " in " + none.out());
        }
        assertTrue(none.out().contains("70   internal error"), none.out());
        for (String flag : List.of("--help", "-h", "help")) {
            assertOutputs(inDir(flag), ExitCodes.OK, none.out(), "");
        }
    }

    @Test
    void theHelpOfACommand() throws IOException {
        Program.Run help = inDir("help", "check");
        assertEquals(ExitCodes.OK, help.exitCode(), help.err());
        assertTrue(help.out().contains("Usage: dockmend check "), help.out());
        assertOutputs(inDir("check", "--help"), ExitCodes.OK, help.out(), "");
    }

    @Test
    void versionFlagsPrintThePackagedVersion() throws IOException {
        String version = "dockmend " + System.getProperty("dockmend.version") + "\n";
        assertOutputs(inDir("--version"), ExitCodes.OK, version, "");
        assertOutputs(inDir("-V"), ExitCodes.OK, version, "");
    }

    // Every command, on the project whose outputs are approved.

    @Test
    void checkWithDirectoryFromElsewhere() throws IOException {
        assertOutputs(inDir("-C", project().toString(), "check"), ExitCodes.INPUT,
                approved("check-text.approved.txt"), approved("check-text-stderr.approved.txt"));
    }

    @Test
    void fixPrintsTheDiff() throws IOException {
        assertOutputs(inProject("fix", "-U", "1", "Dockerfile"), ExitCodes.OK,
                approved("fix-diff-context-1.approved.diff"), approved("fix-diff-context-1-stderr.approved.txt"));
    }

    @Test
    void fixFromStandardInputPrintsTheFileAndItsFindingsOnStandardError() throws IOException {
        byte[] legacy = Files.readAllBytes(project().resolve("legacy/Dockerfile"));
        Program.Run run = DOCKMEND.run(project(), legacy, "fix", "-", "--stdin-filename", "legacy/Dockerfile").withoutStackTrace();
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertArrayEquals(Files.readAllBytes(TestData.root().resolve("cli/approved/fix-stdin-legacy.approved.Dockerfile")), run.stdout());
        // the file's findings, as check reports them (in the recipes' order there, in the lines' order here)
        java.util.List<String> findings = approved("check-text.approved.txt").lines().filter(l -> l.startsWith("legacy/Dockerfile:")
                && l.matches(".*:\\d+:\\d+: [a-z-]+: (warning|info): .*")).sorted().toList();
        assertTrue(!findings.isEmpty(), "check reports findings of legacy/Dockerfile");
        assertEquals(findings, run.err().lines().sorted().toList());
    }

    @Test
    void actionsAndApply() throws IOException {
        assertOutputs(inProject("actions", "Dockerfile", "--line", "6"), ExitCodes.OK,
                approved("actions-line-6.approved.json"), approved("actions-line-6-stderr.approved.txt"));
        assertOutputs(inProject("apply", "Dockerfile", "--action", "maintainer-to-label:3"), ExitCodes.OK,
                approved("apply-maintainer.approved.diff"), approved("apply-maintainer-stderr.approved.txt"));
    }

    /** The fix of all changes, applied with --write, writes what fix --write writes; a required fix is named. */
    @Test
    void applyFixAllWritesWhatFixWrites(@TempDir Path other) throws IOException {
        byte[] layered = Files.readAllBytes(TestData.root().resolve("cli/layered/Dockerfile"));
        Files.write(dir.resolve("Dockerfile"), layered);
        Files.write(other.resolve("Dockerfile"), layered);
        Program.Run actions = inDir("actions", "Dockerfile");
        assertEquals(ExitCodes.OK, actions.exitCode(), actions.err());
        com.fasterxml.jackson.databind.JsonNode listed = new com.fasterxml.jackson.databind.ObjectMapper().readTree(actions.out()).get("actions");
        // clean-package-cache's cleanup is in the merged RUN, which add-non-root-user's RUN joins too
        assertEquals("[\"add-non-root-user:5\",\"merge-run-layers:3\"]", listed.get(1).get("requires").toString(), actions.out());
        assertEquals("fix-all", listed.get(listed.size() - 1).get("id").asText(), actions.out());
        assertOutputs(inDir("apply", "Dockerfile", "--action", "fix-all", "--write"), ExitCodes.OK,
                "Dockerfile: applied fix-all: Apply all 4 fixes of this file (as `dockmend fix` does)\n", "");
        Program.Run fix = DOCKMEND.run(other, "fix", "--write", "Dockerfile").withoutStackTrace();
        assertEquals(ExitCodes.OK, fix.exitCode(), fix.err());
        assertArrayEquals(Files.readAllBytes(other.resolve("Dockerfile")), Files.readAllBytes(dir.resolve("Dockerfile")));
    }

    @Test
    void recipes() throws IOException {
        assertOutputs(inDir("recipes"), ExitCodes.OK, approved("recipes.approved.txt"), approved("recipes-stderr.approved.txt"));
    }

    @Test
    void parse() throws IOException {
        Program.Run run = inProject("parse", "Dockerfile");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("Dockerfile\n"), run.out());
        assertTrue(run.out().contains("FROM \"debian:bookworm-slim\"\n"), run.out());
    }

    @Test
    void conformanceRunsAndItsHelpHasNoWarning() throws IOException {
        Files.writeString(dir.resolve("buildkit-expected.jsonl"), "");
        Program.Run run = inDir("conformance", ".");
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), "an empty corpus lacks the line-number case: " + run.out());
        assertTrue(run.out().endsWith("conformance: BELOW TARGET (100%)\n"), run.out());
        Program.Run help = inDir("conformance", "--help");
        assertEquals(ExitCodes.OK, help.exitCode());
        assertEquals("", help.err());
        assertTrue(help.out().contains("Exits 1 when any figure is below 100%."), help.out());
    }

    // Options before the subcommand.

    @Test
    void verboseBeforeTheSubcommand() throws IOException {
        Program.Run fix = inProject("--verbose", "fix", "Dockerfile");
        assertEquals(ExitCodes.OK, fix.exitCode(), fix.err());
        assertTrue(fix.err().startsWith("Dockerfile: recipes convert-to-multi-stage, add-non-root-user, reorder-copy-for-cache, add-healthcheck, merge-run-layers, clean-package-cache, "), fix.err());
        assertTrue(fix.out().startsWith("--- a/Dockerfile\n"), fix.out());
        Program.Run check = inProject("-v", "check", "clean/Dockerfile");
        assertEquals(ExitCodes.OK, check.exitCode(), check.err());
        assertTrue(check.err().startsWith("clean/Dockerfile: recipes "), check.err());
    }

    // Usage errors: one line naming the command, and where its help is; exit 2.

    @Test
    void unknownSubcommand() throws IOException {
        Program.Run run = inDir("chek", "Dockerfile");
        assertUsageError(run, "dockmend: unknown command 'chek'", "dockmend");
        assertTrue(run.err().contains("Did you mean: check?"), run.err());
    }

    @Test
    void unknownOptions() throws IOException {
        assertUsageError(inDir("check", "--foo"), "dockmend check: unknown option '--foo'", "dockmend check");
        assertUsageError(inDir("--foo", "check"), "dockmend: unknown option '--foo'", "dockmend");
    }

    @Test
    void missingArguments() throws IOException {
        assertUsageError(inDir("actions"), "dockmend actions: missing required parameter: 'FILE'", "dockmend actions");
        assertUsageError(inProject("apply", "Dockerfile"), "dockmend apply: missing required option: '--action=ID'", "dockmend apply");
    }

    @Test
    void badValues() throws IOException {
        assertUsageError(inProject("check", "--format", "xml"),
                "dockmend check: invalid value for option '--format': 'xml' is not one of text, diff, json, sarif", "dockmend check");
        assertUsageError(inProject("fix", "--unified", "-1", "Dockerfile"),
                "dockmend fix: invalid value for option '--unified': '-1' is negative: give 0 or more lines", "dockmend fix");
        assertUsageError(inDir("-C", "absent", "check"),
                "dockmend: invalid value for option '--directory': 'absent' is not a directory", "dockmend");
    }

    // Bad input.

    @Test
    void missingFiles() throws IOException {
        assertOutputs(inDir("check", "Nope"), ExitCodes.USAGE, "", "Nope: error: no such file or directory\n");
        assertOutputs(inDir("parse", "Nope"), ExitCodes.INPUT, "", "Nope: error: no such file or directory\n");
        assertOutputs(inDir("actions", "Nope"), ExitCodes.INPUT, "", "Nope: error: no such file\n");
        assertOutputs(inProject("check", "Dockerfile/x"), ExitCodes.USAGE, "", "Dockerfile/x: error: not a directory\n");
    }

    @Test
    void aFileThatDoesNotParseIsNamedWithLineAndColumn() throws IOException {
        String error = "broken/Dockerfile:2:1: error: unterminated heredoc (expected a line that is exactly `EOF` to end the heredoc)\n";
        Program.Run check = inProject("check", "broken/Dockerfile");
        assertEquals(ExitCodes.INPUT, check.exitCode());
        assertEquals(error, check.err());
        assertOutputs(inProject("parse", "broken/Dockerfile"), ExitCodes.INPUT, "", error);
    }

    @Test
    void aFolderWithoutDockerfiles() throws IOException {
        Files.writeString(dir.resolve("README"), "no Dockerfile here\n");
        Program.Run run = inDir("check");
        assertEquals(ExitCodes.USAGE, run.exitCode(), "a gate pointed at the wrong folder must not pass: " + run.err());
        assertTrue(run.err().startsWith(".: error: no Dockerfile found in this folder or below"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertEquals("", run.out());
    }

    // Internal errors: one line and exit 70; the stack trace only with --verbose.

    @Test
    void internalErrorsShowAStackTraceOnlyWhenVerbose() throws IOException {
        Path services = dir.resolve("services/META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve("dev.dockmend.recipe.Recipe"), BrokenRecipe.class.getName() + "\n");
        Program broken = Program.withClassPath(Program.classesOf(BrokenRecipe.class), Program.classesOf(TestRecipe.class),
                dir.resolve("services"));
        Files.writeString(dir.resolve("Dockerfile"), "FROM alpine\n");

        Program.Run recipes = broken.run(dir, "recipes").withoutStackTrace();
        assertEquals(ExitCodes.INTERNAL, recipes.exitCode(), recipes.err());
        assertEquals("dockmend: internal error: java.lang.IllegalStateException: a summary broken on purpose"
                + " (run with --verbose for the stack trace; please report it)\n", recipes.err());
        Program.Run verbose = broken.run(dir, "--verbose", "recipes").withStackTrace();
        assertEquals(ExitCodes.INTERNAL, verbose.exitCode(), verbose.err());

        // An Error, not an Exception: picocli does not handle those, main must.
        Program.Run check = broken.run(dir, "check", "Dockerfile").withoutStackTrace();
        assertEquals(ExitCodes.INTERNAL, check.exitCode(), check.err());
        assertEquals("dockmend: internal error: java.lang.AssertionError: a recipe broken on purpose"
                + " (run with --verbose for the stack trace; please report it)\n", check.err());
        Program.Run checkVerbose = broken.run(dir, "check", "-v", "Dockerfile").withStackTrace();
        assertEquals(ExitCodes.INTERNAL, checkVerbose.exitCode(), checkVerbose.err());
    }

    // The launcher reached through symbolic links finds its jar.

    @Test
    void theLauncherThroughSymbolicLinks() throws IOException {
        String version = "dockmend " + System.getProperty("dockmend.version") + "\n";
        Path absolute = Files.createSymbolicLink(dir.resolve("dockmend"), Program.launcher());
        assertOutputs(Program.at(absolute).run(dir, "--version").withoutStackTrace(), ExitCodes.OK, version, "");

        // A chain: a relative link to a link to the script, from another folder.
        Files.createDirectories(dir.resolve("a/bin"));
        Files.createSymbolicLink(dir.resolve("a/bin/dm"), Path.of("../../dockmend"));
        assertOutputs(Program.at(dir.resolve("a/bin/dm")).run(dir, "--version").withoutStackTrace(), ExitCodes.OK, version, "");

        // A link to the folder the script is in.
        Path bin = Files.createSymbolicLink(dir.resolve("bin"), Program.launcher().getParent());
        assertOutputs(Program.at(bin.resolve("dockmend")).run(dir, "--version").withoutStackTrace(), ExitCodes.OK, version, "");
    }
}
