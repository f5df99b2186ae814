package dev.dockmend.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fix} and {@code check} on real files: what is written, what is not, exit codes, selection and configuration. */
class FixAndCheckTest {
    // HEALTHCHECK NONE: add-healthcheck has nothing to say, so each file shows only the change these tests count
    private static final String CHANGING = "FROM alpine\nCMD nginx -g \"daemon off;\"\nHEALTHCHECK NONE\n";
    private static final String CHANGED = "FROM alpine\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\nHEALTHCHECK NONE\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    private CliRun run(String... args) {
        return CliRun.in(dir, args);
    }

    @Test
    void fixWithoutWritePrintsTheDiffAndWritesNothing() throws IOException {
        Path file = write("Dockerfile", CHANGING);
        CliRun run = run("fix");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("--- a/Dockerfile\n+++ b/Dockerfile\n"), run.out());
        assertEquals(CHANGING, Files.readString(file));
    }

    @Test
    void fixWriteRewritesKeepingPermissionsAndLeavesNoTemporaryFile() throws IOException {
        Path file = write("Dockerfile", CHANGING);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-x---"));
        CliRun run = run("fix", "--write");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(CHANGED, Files.readString(file));
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
        assertTrue(run.out().contains("Dockerfile:2: exec-form-cmd (safe)"), run.out());
        assertTrue(run.out().contains("1 file: 1 changed (1 change)"), run.out());
    }

    @Test
    void fixWriteKeepsBomLatin1BytesAndCrlf() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "# caf\u00e9 (Latin-1)\r\nFROM alpine\r\nCMD nginx\r\n".getBytes(StandardCharsets.ISO_8859_1);
        Path latin1 = write("a/Dockerfile", body);
        byte[] utf8 = concat(bom, "FROM alpine\r\nCMD nginx\r\n".getBytes(StandardCharsets.UTF_8));
        Path withBom = write("b/Dockerfile", utf8);
        CliRun run = run("fix", "--write", ".");
        assertEquals(0, run.exitCode(), run.err());
        assertArrayEquals("# caf\u00e9 (Latin-1)\r\nFROM alpine\r\nCMD [\"nginx\"]\r\n".getBytes(StandardCharsets.ISO_8859_1),
                Files.readAllBytes(latin1));
        assertArrayEquals(concat(bom, "FROM alpine\r\nCMD [\"nginx\"]\r\n".getBytes(StandardCharsets.UTF_8)), Files.readAllBytes(withBom));
    }

    @Test
    void aFileWithErrorsIsNeverWrittenAndNamesTheErrorPosition() throws IOException {
        String broken = "FROM alpine\nCMD nginx\nRUN <<EOF\necho open\n";
        Path file = write("Dockerfile", broken);
        Path good = write("ok/Dockerfile", CHANGING);
        CliRun run = run("fix", "--write", ".");
        assertEquals(ExitCodes.INPUT, run.exitCode());
        assertTrue(run.err().contains("Dockerfile:3:1: error: unterminated heredoc"), run.err());
        assertEquals(broken, Files.readString(file));
        assertEquals(CHANGED, Files.readString(good), "the other files are still fixed");
    }

    @Test
    void instructionCheckErrorsAlsoStopTheRewrite() throws IOException {
        Path file = write("Dockerfile", "FROM alpine\nCMD nginx\nFROBNICATE now\n");
        CliRun run = run("check");
        assertEquals(ExitCodes.INPUT, run.exitCode());
        assertTrue(run.err().contains("Dockerfile:3:1: error: unknown instruction: FROBNICATE"), run.err());
        assertEquals("FROM alpine\nCMD nginx\nFROBNICATE now\n", Files.readString(file));
    }

    @Test
    void checkExitsZeroWhenCleanAndOneWithChangesOrFindings() throws IOException {
        write("clean/Dockerfile", "FROM alpine\nCMD [\"nginx\"]\n");
        write("dirty/Dockerfile", CHANGING);
        write("finding/Dockerfile", "FROM alpine\nCMD echo $HOME\n");
        assertEquals(0, run("check", "clean").exitCode());
        assertEquals(1, run("check", "dirty").exitCode());
        CliRun finding = run("check", "finding");
        assertEquals(1, finding.exitCode());
        assertTrue(finding.out().contains("finding/Dockerfile:2:1: exec-form-cmd: warning:"), finding.out());
    }

    @Test
    void standardInputToStandardOutputAndErrorsLeaveStandardOutputEmpty() {
        CliRun fixed = CliRun.withStdin(CHANGING.getBytes(StandardCharsets.UTF_8), "fix", "-");
        assertEquals(0, fixed.exitCode(), fixed.err());
        assertEquals(CHANGED, new String(fixed.stdout(), StandardCharsets.UTF_8));
        CliRun broken = CliRun.withStdin("FROM alpine\nRUN <<EOF\n".getBytes(StandardCharsets.UTF_8), "fix", "-");
        assertEquals(ExitCodes.INPUT, broken.exitCode());
        assertEquals(0, broken.stdout().length);
        assertTrue(broken.err().startsWith("<stdin>:2:1: error: unterminated heredoc"), broken.err());
    }

    @Test
    void recipeSkipAndSafeOnlySelectRecipes() throws IOException {
        write("Dockerfile", "FROM alpine\nMAINTAINER me\nCMD nginx\n");
        assertTrue(run("check", "--recipe", "maintainer-to-label").out().contains("1 would change (1 change)"));
        assertTrue(run("check", "--skip", "exec-form-cmd").out().contains("1 would change (1 change)"));
        CliRun safeOnly = run("check", "--safe-only");
        assertEquals(0, safeOnly.exitCode(), "both recipes are review: --safe-only runs neither; " + safeOnly.out());
    }

    @Test
    void safeOnlyKeepsAnOptionsReviewChangesOut() throws IOException {
        write("Dockerfile", "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n");
        CliRun all = run("fix", "--option", "clean-package-cache.no-install-recommends=true");
        assertTrue(all.out().contains("apt-get install --no-install-recommends -y curl"), all.out());
        CliRun safe = run("fix", "--safe-only", "--option", "clean-package-cache.no-install-recommends=true");
        assertEquals(0, safe.exitCode(), safe.err());
        assertTrue(safe.out().contains("+RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*"), safe.out());
    }

    @Test
    void unknownRecipesAndOptionsAreUsageErrors() throws IOException {
        write("Dockerfile", CHANGING);
        CliRun unknown = run("check", "--recipe", "no-such-recipe");
        assertEquals(ExitCodes.USAGE, unknown.exitCode());
        assertTrue(unknown.err().contains("unknown recipe `no-such-recipe` (known: "), unknown.err());
        CliRun option = run("check", "--option", "exec-form-cmd.nope=1");
        assertEquals(ExitCodes.USAGE, option.exitCode());
        assertTrue(option.err().contains("recipe exec-form-cmd has no option `nope`"), option.err());
        CliRun malformed = run("check", "--option", "novalue");
        assertEquals(ExitCodes.USAGE, malformed.exitCode());
        assertTrue(malformed.err().contains("expected RECIPE-ID.NAME=VALUE"), malformed.err());
        CliRun missing = run("check", "nope/Dockerfile");
        assertEquals(ExitCodes.USAGE, missing.exitCode());
        assertTrue(missing.err().contains("nope/Dockerfile: error: no such file or directory"), missing.err());
    }

    @Test
    void pathsMayComeBeforeAndAfterOptionsAndAfterTheEndOfOptions() throws IOException {
        write("a/Dockerfile", CHANGING);
        write("b/Dockerfile", CHANGING);
        write("-c/Dockerfile", CHANGING);
        CliRun run = run("check", "a", "b", "--format", "json", "--recipe", "exec-form-cmd", "--", "-c");
        assertEquals(1, run.exitCode(), run.err());
        for (String path : List.of("a/Dockerfile", "b/Dockerfile", "-c/Dockerfile")) {
            assertTrue(run.out().contains("\"path\": \"" + path + "\""), path + " in " + run.out());
        }
        CliRun mistyped = run("check", "a", "b", "--frmat", "json");
        assertEquals(ExitCodes.USAGE, mistyped.exitCode());
        assertTrue(mistyped.err().startsWith("dockmend check: unknown option '--frmat'\n"), mistyped.err());
        CliRun dashed = run("check", "a", "-c");
        assertEquals(ExitCodes.USAGE, dashed.exitCode(), "a path that starts with - needs -- before it, as before");
    }

    @Test
    void aFileNamedTwiceOrAlsoFoundInANamedFolderIsMendedOnce() throws IOException {
        write("a/Dockerfile", CHANGING);
        CliRun run = run("check", "--recipe", "exec-form-cmd", "a", "a/Dockerfile", "./a/Dockerfile", "a/../a/Dockerfile");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().endsWith("1 file: 1 would change (1 change), 0 findings, 0 files with errors\n"), run.out());
        CliRun write = run("fix", "--write", "--recipe", "exec-form-cmd", "a/Dockerfile", "a");
        assertEquals(0, write.exitCode(), write.err());
        assertTrue(write.out().endsWith("1 file: 1 changed (1 change), 0 findings, 0 files with errors\n"), write.out());
    }

    @Test
    void theNearestConfigurationAboveAFileApplies() throws IOException {
        write(".dockmend.yaml", "skip: [exec-form-cmd]\n");
        write("Dockerfile", CHANGING);
        write("service/.dockmend.yaml", "recipes: [exec-form-cmd]\n");
        write("service/deep/Dockerfile", CHANGING);
        CliRun run = run("check", ".");
        assertEquals(1, run.exitCode());
        // the root's Dockerfile skips exec-form-cmd and runs the others: add-non-root-user leaves nginx alone with a finding
        assertTrue(run.out().startsWith("Dockerfile:2:1: add-non-root-user: info: left alone: the stage installs or runs nginx"),
                run.out());
        assertTrue(run.out().contains("\nservice/deep/Dockerfile:2: exec-form-cmd (safe): CMD now runs nginx directly instead of "
                + "through /bin/sh -c, so it receives signals such as SIGTERM\n"), run.out());
        assertTrue(run.out().endsWith("\n2 files: 1 would change (1 change), 1 finding (0 warnings, 1 info), 0 files with errors\n"),
                run.out());
        assertEquals(0, run("check", "--no-config", "--recipe", "maintainer-to-label", ".").exitCode());
    }

    @Test
    void aWrongConfigurationNamesFileAndLine() throws IOException {
        write(".dockmend.yaml", "recipes: [exec-form-cmd]\nsafe_only: true\n");
        write("Dockerfile", CHANGING);
        CliRun run = run("check");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals(".dockmend.yaml:2:1: error: unknown key `safe_only`; did you mean `safe-only`? "
                + "(expected one of recipes, skip, safe-only, options, exclude)\n", run.err());
    }

    @Test
    void directorySearchSkipsGitIgnoredHiddenAndExcludedPaths() throws IOException {
        write(".gitignore", "generated/\n*.tmp.Dockerfile\n");
        write(".dockmend.yaml", "exclude: [\"third_party/**\"]\n");
        write("Dockerfile", CHANGING);
        write("generated/Dockerfile", CHANGING);
        write("x.tmp.Dockerfile", CHANGING);
        write(".hidden/Dockerfile", CHANGING);
        write("third_party/lib/Dockerfile", CHANGING);
        write("api/Containerfile", CHANGING);
        CliRun run = run("check", "--format", "text");
        assertTrue(run.out().endsWith("2 files: 2 would change (2 changes), 2 findings (0 warnings, 2 info), 0 files with errors\n"),
                run.out());
        assertTrue(run.out().contains("api/Containerfile:2:"), run.out());
        CliRun named = run("check", "generated/Dockerfile");
        assertEquals(1, named.exitCode(), "a file named on the command line is checked even when ignored");
    }

    @Test
    void aLinkToAFolderIsSearchedAndWhatIsFoundIsNamedThroughIt() throws IOException {
        write("real/Dockerfile", CHANGING);
        write("real/.gitignore", "ignored/\n");
        write("real/ignored/Dockerfile", CHANGING);
        java.nio.file.Files.createSymbolicLink(dir.resolve("linked"), dir.resolve("real"));
        CliRun run = run("check", "linked");
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("linked/Dockerfile:2:"), run.out());
        assertTrue(run.out().endsWith("1 file: 1 would change (1 change), 1 finding (0 warnings, 1 info), 0 files with errors\n"),
                run.out());
    }

    @Test
    void suppressionCommentsAreHonoured() throws IOException {
        write("Dockerfile", "FROM alpine\n# dockmend:ignore exec-form-cmd\nCMD nginx\n# hadolint ignore=DL4000\nMAINTAINER me\n");
        assertEquals(0, run("check").exitCode(), run("check").out());
    }

    @Test
    void colourOnlyWhenAsked() throws IOException {
        write("Dockerfile", CHANGING);
        assertTrue(run("fix", "--color", "always").out().contains("\u001b[31m-CMD nginx"));
        assertTrue(!run("fix").out().contains("\u001b["), "auto: no terminal in tests, so no colour");
        assertTrue(!run("fix", "--color", "never").out().contains("\u001b["));
    }

    @Test
    void theDiffOfSeveralFilesAppliesWithGitAndEqualsWhatWriteProduces(@TempDir Path copy) throws Exception {
        write("Dockerfile", CHANGING);
        write("api/Dockerfile", "FROM alpine\r\nMAINTAINER me\r\nCMD nginx\r\n");
        write("web/Containerfile", "FROM alpine\nCMD nginx");
        for (String name : List.of("Dockerfile", "api/Dockerfile", "web/Containerfile")) {
            Files.createDirectories(copy.resolve(name).getParent());
            Files.copy(dir.resolve(name), copy.resolve(name));
        }
        CliRun diff = run("fix");
        assertEquals(0, diff.exitCode(), diff.err());
        Files.writeString(copy.resolve("fix.patch"), diff.out());
        assertEquals(0, git(copy, "apply", "--check", "fix.patch"), "git apply --check");
        assertEquals(0, git(copy, "apply", "fix.patch"), "git apply");
        assertEquals(0, run("fix", "--write").exitCode());
        for (String name : List.of("Dockerfile", "api/Dockerfile", "web/Containerfile")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve(name)), Files.readAllBytes(copy.resolve(name)), name);
        }
        assertEquals("FROM alpine\nCMD [\"nginx\"]", Files.readString(dir.resolve("web/Containerfile")));
    }

    private static int git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "core.autocrlf=false"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
