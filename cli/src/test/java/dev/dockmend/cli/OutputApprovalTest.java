package dev.dockmend.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dockmend.testing.ExactApproval;
import dev.dockmend.testing.TestData;

/**
 * Every output format, approved byte for byte, on the project in {@code testdata/cli/project}: a file
 * with changes and a finding, a clean file, a file that does not parse, and a folder whose {@code
 * .dockmend.yaml} skips a recipe and excludes {@code vendor/}. Paths are given relative to the
 * project ({@code -C}), as a user in that folder would give them.
 */
class OutputApprovalTest {
    private static CliRun inProject(String... args) {
        return CliRun.in(TestData.root().resolve("cli/project"), args);
    }

    private static Path approved() {
        return TestData.root().resolve("cli/approved");
    }

    private static void approve(String name, String extension, CliRun run, int exitCode) {
        assertAll(
                () -> ExactApproval.verify(approved(), name, extension, run.out()),
                () -> ExactApproval.verify(approved(), name + "-stderr", "txt", run.err()),
                () -> assertEquals(exitCode, run.exitCode(), run.err()));
    }

    @Test
    void checkAsText() {
        approve("check-text", "txt", inProject("check"), ExitCodes.INPUT);
    }

    @Test
    void fixAsDiff() {
        approve("fix-diff", "diff", inProject("fix"), ExitCodes.INPUT);
    }

    @Test
    void fixAsDiffWithOneLineOfContext() {
        approve("fix-diff-context-1", "diff", inProject("fix", "-U", "1", "Dockerfile"), ExitCodes.OK);
    }

    @Test
    void checkAsJson() {
        approve("check-json", "json", inProject("check", "--format", "json"), ExitCodes.INPUT);
    }

    /**
     * SARIF names files from the repository's root, wherever dockmend runs: the project is copied into a
     * folder {@code services/} of a repository made for the test (so the approved output is the same
     * whether or not the checkout has {@code .git}), and checked from there. The root's {@code file:} URI
     * differs from machine to machine and is approved as {@code file:///REPOSITORY/}.
     */
    @Test
    void checkAsSarif(@TempDir Path repository) throws IOException {
        Files.createDirectory(repository.resolve(".git"));
        Path services = repository.resolve("services");
        Trees.copy(TestData.root().resolve("cli/project"), services);
        CliRun run = CliRun.in(services, "check", "--format", "sarif");
        String rootUri = repository.toRealPath().toUri().toASCIIString();
        assertTrue(run.out().contains("\"uri\": \"" + rootUri + "\""), run.out());
        approve("check-sarif", "sarif.json", new CliRun(run.exitCode(), run.out().replace(rootUri, "file:///REPOSITORY/"),
                run.err(), run.stdout()), ExitCodes.INPUT);
    }

    @Test
    void coloredDiff() {
        approve("fix-diff-color", "txt", inProject("fix", "--color", "always", "Dockerfile"), ExitCodes.OK);
    }

    @Test
    void recipesAsTextAndJson() {
        approve("recipes", "txt", CliRun.of("recipes"), ExitCodes.OK);
        approve("recipes-json", "json", CliRun.of("recipes", "--json"), ExitCodes.OK);
    }

    /**
     * A change made in lines another change wrote: its edits make both and it names the other in {@code
     * requires}, while the other's edits stay its own; {@code actions} ends with the fix of all changes.
     */
    @Test
    void aChangeThatRequiresAnotherAsJsonAndActions() {
        approve("check-json-layered", "json", CliRun.in(TestData.root().resolve("cli/layered"), "check", "--format", "json"),
                ExitCodes.FINDINGS);
        approve("actions-layered", "json", CliRun.in(TestData.root().resolve("cli/layered"), "actions", "Dockerfile"),
                ExitCodes.OK);
    }

    @Test
    void actionsAtALine() {
        approve("actions-line-6", "json", inProject("actions", "Dockerfile", "--line", "6"), ExitCodes.OK);
    }

    @Test
    void actionsOfAFileThatDoesNotParse() {
        approve("actions-broken", "json", inProject("actions", "broken/Dockerfile", "--line", "2"), ExitCodes.INPUT);
    }

    @Test
    void applyOneActionAsDiff() {
        approve("apply-maintainer", "diff", inProject("apply", "Dockerfile", "--action", "maintainer-to-label:3"),
                ExitCodes.OK);
    }

    @Test
    void fixFromStandardInputWritesTheWholeFile() throws IOException {
        byte[] input = Files.readAllBytes(TestData.root().resolve("cli/project/legacy/Dockerfile"));
        CliRun run = CliRun.withStdin(input, "-C", TestData.root().resolve("cli/project").toString(),
                "fix", "-", "--stdin-filename", "legacy/Dockerfile");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        // All of standard output: the file and nothing else.
        ExactApproval.verify(approved(), "fix-stdin-legacy", "Dockerfile", run.stdout());
    }
}
