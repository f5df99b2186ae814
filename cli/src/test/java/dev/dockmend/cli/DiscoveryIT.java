package dev.dockmend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which files the packaged launcher ({@code bin/dockmend}) works on, and how it reports a wrong
 * configuration or a run with nothing to do: through the program users run, as a process.
 */
class DiscoveryIT {
    private static final Path ROOT = repositoryRoot();
    /** HEALTHCHECK NONE: add-healthcheck has nothing to say, so the summaries count only the CMD's change. */
    private static final String CHANGING = "FROM alpine\nCMD nginx\nHEALTHCHECK NONE\n";

    @TempDir
    Path dir;

    /** What a run printed and returned. */
    private record Run(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void theLauncherIsBuilt() {
        assertTrue(Files.isRegularFile(ROOT.resolve("cli/target/dockmend.jar")), "run after `mvn package`: the jar is missing");
    }

    @Test
    void anEmptyConfigurationIsValid() throws Exception {
        write(".dockmend.yaml", "");
        write("Dockerfile", CHANGING);
        Run run = dockmend("", "check");
        assertEquals(1, run.exitCode(), run.err());
        assertEquals("", run.err());
    }

    @Test
    void aWrongConfigurationIsOneMessageWithItsPositionExit2AndNothingWritten() throws Exception {
        write(".dockmend.yaml", "recipes: x\n");
        write("Dockerfile", CHANGING);
        write("api/Dockerfile", CHANGING);
        Run run = dockmend("", "fix", "--write");
        assertEquals(2, run.exitCode());
        assertEquals(".dockmend.yaml:1:10: error: `recipes` is the text `x` (expected a list of recipe ids, such as [exec-form-cmd])\n", run.err());
        assertEquals("", run.out());
        assertEquals(CHANGING, Files.readString(dir.resolve("Dockerfile")));
        assertEquals(CHANGING, Files.readString(dir.resolve("api/Dockerfile")));
    }

    @Test
    void forceExcludeLeavesOutNamedFilesTheConfigurationExcludes() throws Exception {
        write(".dockmend.yaml", "exclude: [\"vendor/\"]\n");
        write("Dockerfile", "# dockmend:ignore add-non-root-user\nFROM alpine\nHEALTHCHECK NONE\n");
        write("vendor/lib/Dockerfile", CHANGING);
        assertEquals(1, dockmend("", "check", "vendor/lib/Dockerfile").exitCode(), "a named file is checked: the user named it");
        Run forced = dockmend("", "check", "--force-exclude", "vendor/lib/Dockerfile", "Dockerfile");
        assertEquals(0, forced.exitCode(), forced.out() + forced.err());
        assertEquals("1 file: 0 would change (0 changes), 0 findings, 0 files with errors\n", forced.out());
        Run onlyExcluded = dockmend("", "check", "--force-exclude", "vendor/lib/Dockerfile");
        assertEquals(0, onlyExcluded.exitCode(), "pre-commit passing only excluded files must not fail: " + onlyExcluded.err());
        Run onSave = dockmend(CHANGING, "fix", "--force-exclude", "-", "--stdin-filename", "vendor/lib/Dockerfile");
        assertEquals(0, onSave.exitCode(), onSave.err());
        assertEquals(CHANGING, onSave.out(), "format-on-save of an excluded file gives it back untouched");
    }

    @Test
    void aFolderWithNoDockerfileIsAUsageError() throws Exception {
        write("docs/README.md", "# docs\n");
        write("docs/Dockerfile.j2", CHANGING);
        Run run = dockmend("", "check", "docs");
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("docs: error: no Dockerfile found in this folder or below"), run.err());
        assertTrue(run.err().contains("(expected a file named Dockerfile, Containerfile, Dockerfile.*,"), run.err());
        assertEquals(2, dockmend("", "check").exitCode(), "the current folder, searched by default, holds none either");
    }

    @Test
    void aSearchTakesDockerfileVariantsButNotTemplatesOrBackups() throws Exception {
        for (String name : List.of("Dockerfile-dev", "Dockerfile_prod", "api.Dockerfile", "Dockerfile.j2", "Dockerfile.orig", "Dockerfile~",
                "Dockerfile.dockerignore")) {
            write(name, CHANGING);
        }
        Run run = dockmend("", "check");
        assertEquals(1, run.exitCode(), run.err());
        List<String> files = run.out().lines().filter(line -> line.contains(": exec-form-cmd")).map(line -> line.substring(0, line.indexOf(':'))).toList();
        assertEquals(List.of("Dockerfile-dev", "Dockerfile_prod", "api.Dockerfile"), files);
    }

    @Test
    void anEnclosingConfigurationsExcludeStillAppliesUnderANestedOne() throws Exception {
        write(".dockmend.yaml", "exclude: [\"**/generated/**\"]\n");
        write("svc/.dockmend.yaml", "recipes: [exec-form-cmd]\n");
        write("svc/Dockerfile", CHANGING);
        write("svc/generated/Dockerfile", CHANGING);
        Run run = dockmend("", "check");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().endsWith("1 file: 1 would change (1 change), 0 findings, 0 files with errors\n"), run.out());
        assertTrue(run.out().startsWith("svc/Dockerfile:2: exec-form-cmd"), run.out());
    }

    @Test
    void aSelectionOfNoRecipeIsSaid() throws Exception {
        write("Dockerfile", CHANGING);
        Run flags = dockmend("", "check", "--recipe", "exec-form-cmd", "--skip", "exec-form-cmd");
        assertEquals(2, flags.exitCode());
        assertEquals("dockmend: error: the command line selects no recipe (recipes: exec-form-cmd; skip: exec-form-cmd)\n", flags.err());
        write("off/.dockmend.yaml", "recipes: [exec-form-cmd]\nsafe-only: false\nskip: [exec-form-cmd]\n");
        write("off/Dockerfile", CHANGING);
        Run config = dockmend("", "check", "off");
        assertEquals(0, config.exitCode(), config.err());
        assertEquals("off/.dockmend.yaml: warning: selects no recipe (recipes: exec-form-cmd; skip: exec-form-cmd), so the files it governs "
                + "are only parsed; use `exclude` to leave files out\n", config.err());
    }

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private Run dockmend(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("bin/dockmend").toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("dockmend", ".out");
        Path err = Files.createTempFile("dockmend", ".err");
        Path in = Files.createTempFile("dockmend", ".in");
        try {
            Files.writeString(in, stdin);
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectInput(in.toFile()).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).start();
            int code = process.waitFor();
            return new Run(code, Files.readString(out), Files.readString(err));
        } finally {
            Files.delete(out);
            Files.delete(err);
            Files.delete(in);
        }
    }

    private static Path repositoryRoot() {
        String testdata = System.getProperty("dockmend.testdata");
        Path root = testdata != null ? Path.of(testdata).getParent() : Path.of("").toAbsolutePath().getParent();
        return root.toAbsolutePath().normalize();
    }
}
