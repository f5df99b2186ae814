package dev.dockmend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The edges of the command line, in-process: usage errors are one line naming the command and where the
 * help is (not the whole help), options may come before the subcommand, and paths that cannot be looked at
 * are reported, not internal errors. {@code ProgramIT} runs the packaged program on the same edges.
 */
class CommandLineEdgesTest {
    /** A change (CMD, line 4) and a finding (the exec-form RUN, line 2, is not merged). */
    private static final String WITH_A_FINDING = "FROM alpine\nRUN [\"/bin/mkdir\", \"-p\", \"/var/lib/app\"]\nRUN echo hi\n"
            + "CMD nginx -g \"daemon off;\"\nHEALTHCHECK NONE\n"; // no add-healthcheck finding

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.in(dir, args);
    }

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void assertUsageError(CliRun run, String firstLine, String command) {
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertEquals("", run.out());
        String[] lines = run.err().split("\n");
        assertEquals(firstLine, lines[0], run.err());
        assertEquals("Run '" + command + " --help' for usage.", lines[lines.length - 1], run.err());
        assertTrue(lines.length <= 3, "one line, a suggestion at most, and the hint: " + run.err());
    }

    @Test
    void anUnknownOptionIsOneLineAndTheWayToTheHelp() {
        assertUsageError(run("check", "--foo"), "dockmend check: unknown option '--foo'", "dockmend check");
        assertUsageError(run("--foo"), "dockmend: unknown option '--foo'", "dockmend");
    }

    @Test
    void anUnknownCommandSuggestsTheNearest() {
        CliRun run = run("chek");
        assertUsageError(run, "dockmend: unknown command 'chek'", "dockmend");
        assertTrue(run.err().contains("Did you mean: check?"), run.err());
    }

    @Test
    void missingArgumentsBadValuesAndExtraArgumentsAreUsageErrors() {
        assertUsageError(run("actions"), "dockmend actions: missing required parameter: 'FILE'", "dockmend actions");
        assertUsageError(run("check", "--format", "xml"),
                "dockmend check: invalid value for option '--format': 'xml' is not one of text, diff, json, sarif", "dockmend check");
        assertUsageError(run("fix", "--color", "sometimes"),
                "dockmend fix: invalid value for option '--color': 'sometimes' is not one of auto, always, never", "dockmend fix");
        assertUsageError(run("recipes", "extra"), "dockmend recipes: unexpected argument 'extra'", "dockmend recipes");
    }

    @Test
    void enumValuesAreTakenInAnyCase() throws IOException {
        write("Dockerfile", "FROM alpine\nUSER 65534\n");
        assertEquals(ExitCodes.OK, run("check", "--format", "JSON", "--color", "Never").exitCode());
    }

    @Test
    void aNegativeContextIsAUsageErrorNotABrokenHunk() throws IOException {
        write("Dockerfile", WITH_A_FINDING);
        assertUsageError(run("fix", "--unified", "-1", "Dockerfile"),
                "dockmend fix: invalid value for option '--unified': '-1' is negative: give 0 or more lines", "dockmend fix");
        assertUsageError(run("check", "-U", "three"),
                "dockmend check: invalid value for option '--unified': 'three' is not a number", "dockmend check");
        CliRun none = run("fix", "-U", "0", "Dockerfile");
        assertEquals(ExitCodes.OK, none.exitCode(), none.err());
        assertTrue(none.out().contains("@@ -4 +4 @@\n"), none.out());
    }

    @Test
    void contextWithANumberSaysWhereTheDiffLinesWent() throws IOException {
        write("Dockerfile", WITH_A_FINDING);
        CliRun run = run("fix", "--context", "1", "Dockerfile");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertEquals("dockmend: error: --context " + dir.resolve("1") + ": not a folder (the lines of context in diffs are -U N, --unified N)\n",
                run.err());
    }

    @Test
    void aDirectoryThatIsNotThereIsAUsageError() throws IOException {
        write("Dockerfile", "FROM alpine\n");
        assertUsageError(CliRun.of("-C", dir.resolve("absent").toString(), "check"),
                "dockmend: invalid value for option '--directory': '" + dir.resolve("absent") + "' is not a directory", "dockmend");
        assertUsageError(CliRun.of("-C", dir.resolve("Dockerfile").toString(), "check"),
                "dockmend: invalid value for option '--directory': '" + dir.resolve("Dockerfile") + "' is not a directory", "dockmend");
    }

    @Test
    void aPathThroughAFileIsReportedNotAnInternalError() throws IOException {
        write("Dockerfile", "FROM alpine\n");
        CliRun run = run("check", "Dockerfile/x");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertEquals("Dockerfile/x: error: not a directory\n", run.err());
    }

    @Test
    void verboseMayComeBeforeTheSubcommandOrAfterIt() throws IOException {
        write("Dockerfile", WITH_A_FINDING);
        for (String[] args : new String[][] {{"--verbose", "check"}, {"-v", "check"}, {"check", "-v"}, {"check", "--verbose"}}) {
            CliRun run = run(args);
            assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.err());
            assertTrue(run.err().startsWith("Dockerfile: recipes convert-to-multi-stage, add-non-root-user, reorder-copy-for-cache, add-healthcheck, merge-run-layers, "), String.join(" ", args) + ": " + run.err());
        }
        CliRun quiet = run("check");
        assertEquals("", quiet.err());
    }

    @Test
    void everyCommandTakesVerbose() throws IOException {
        write("Dockerfile", "FROM alpine\n");
        assertEquals(ExitCodes.OK, run("--verbose", "parse", "Dockerfile").exitCode());
        assertEquals(ExitCodes.OK, run("recipes", "-v").exitCode());
        assertEquals(ExitCodes.OK, run("-v", "actions", "Dockerfile").exitCode());
    }

    @Test
    void aCommandLineWithVerboseFirstStillBuildsOnlyItsSubcommand() {
        assertEquals(java.util.Set.of("fix"), Dockmend.commandLine(new Dockmend(), "--verbose", "fix", "F").getSubcommands().keySet());
        assertEquals("check", Dockmend.subcommandNamed("-v", "-C", "dir", "check"));
        assertEquals(null, Dockmend.subcommandNamed());
        assertEquals(null, Dockmend.subcommandNamed("--help"));
    }

    @Test
    void noHelpTextMakesPicocliWarn() {
        for (String name : Dockmend.SUBCOMMANDS.keySet()) {
            CliRun run = CliRun.of(name, "--help");
            assertEquals(ExitCodes.OK, run.exitCode(), name);
            assertEquals("", run.err(), name + " --help");
            assertTrue(run.out().contains("Usage: dockmend " + name), run.out());
        }
        CliRun conformance = CliRun.of("conformance", "--help");
        assertTrue(conformance.out().contains("below 100%."), conformance.out());
    }

    @Test
    void fixFromStandardInputTellsItsFindingsOnStandardError() {
        CliRun run = CliRun.withStdin(WITH_A_FINDING.getBytes(StandardCharsets.UTF_8), "fix", "-", "--stdin-filename", "Dockerfile");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        // All of standard output (CliRun's out and stdout are the one stream): the file and nothing else.
        assertEquals(WITH_A_FINDING.replace("CMD nginx -g \"daemon off;\"", "CMD [\"nginx\", \"-g\", \"daemon off;\"]"),
                new String(run.stdout(), StandardCharsets.UTF_8));
        // in line order; nginx, a server that starts as root, keeps add-non-root-user to a finding
        assertTrue(run.err().startsWith("Dockerfile:2:1: merge-run-layers: info: this RUN is kept apart"), run.err());
        assertTrue(run.err().contains("\nDockerfile:4:1: add-non-root-user: info: left alone: the stage installs or runs nginx"), run.err());
        assertEquals(2, run.err().lines().count(), run.err());
    }

    @Test
    void aFolderWithNoDockerfileIsSaidSo() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        write("empty/README", "not a Dockerfile");
        CliRun check = run("check", "empty");
        assertEquals(ExitCodes.USAGE, check.exitCode(), "a gate pointed at the wrong folder must not pass: " + check.err());
        assertTrue(check.err().startsWith("empty: error: no Dockerfile found in this folder or below"), check.err());
        CliRun parse = run("parse", "empty");
        assertEquals(ExitCodes.OK, parse.exitCode());
        assertTrue(parse.err().startsWith("dockmend: warning: no Dockerfile found in empty"), parse.err());
    }

    @Test
    void parseOfAMissingFileSaysSo() {
        CliRun run = run("parse", "Nope");
        assertEquals(ExitCodes.INPUT, run.exitCode());
        assertEquals("Nope: error: no such file or directory\n", run.err(), "named relative to -C, as fix and check name files");
    }

    @Test
    void theConformanceCorpusIsRelativeToDirectoryLikeEveryPath() {
        CliRun run = run("conformance", "absent");
        assertEquals(ExitCodes.INPUT, run.exitCode());
        assertEquals("dockmend: " + dir.resolve("absent") + ": no buildkit-expected.jsonl (a corpus) or INDEX.tsv (build contexts) there\n",
                run.err());
    }
}
