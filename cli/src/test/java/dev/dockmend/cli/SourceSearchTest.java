package dev.dockmend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files {@code fix} and {@code check} work on, and the usage errors and warnings of finding them. */
class SourceSearchTest {
    private static final String CHANGING = "FROM alpine\nCMD nginx\n";

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private CliRun run(String... args) {
        return CliRun.in(dir, args);
    }

    @Test
    void aWrongNestedConfigurationIsReportedOnceBeforeAnyFileIsWritten() throws IOException {
        write("Dockerfile", CHANGING);
        write("svc/.dockmend.yaml", "skip: [exec-form-cmd]\nskip: []\n");
        for (int i = 0; i < 5; i++) {
            write("svc/" + i + "/Dockerfile", CHANGING);
        }
        CliRun run = run("fix", "--write");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("svc/.dockmend.yaml:2:1: error: duplicate key `skip` (first at 1:1; expected each key once)\n", run.err());
        assertEquals(CHANGING, Files.readString(dir.resolve("Dockerfile")), "nothing is written, not even outside the wrong configuration's folder");
    }

    @Test
    void anEmptyFolderAmongOthersIsAUsageErrorNamingIt() throws IOException {
        write("api/Dockerfile", CHANGING);
        Files.createDirectories(dir.resolve("web"));
        CliRun run = run("check", "api", "web");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("web: error: no Dockerfile found in this folder or below"), run.err());
    }

    @Test
    void aFolderWhoseDockerfilesAreAllExcludedHoldsNone() throws IOException {
        write(".dockmend.yaml", "exclude: [\"legacy/*\"]\n");
        write("legacy/Dockerfile", CHANGING);
        CliRun run = run("check", "legacy");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().startsWith("legacy: error: no Dockerfile found"), run.err());
    }

    @Test
    void aNamedFolderIsSearchedUnlessForceExcludeAndAConfigurationExcludesIt() throws IOException {
        write(".dockmend.yaml", "exclude: [legacy/]\n");
        write("legacy/Dockerfile", CHANGING);
        write("Dockerfile", "FROM alpine\nUSER 65534\n"); // nothing to change: it already runs as a non-root user
        assertEquals(ExitCodes.FINDINGS, run("check", "legacy").exitCode(), "a folder named is searched, as ruff does");
        CliRun forced = run("check", "--force-exclude", "--verbose", "legacy", "legacy/Dockerfile", "Dockerfile");
        assertEquals(ExitCodes.OK, forced.exitCode(), forced.err());
        assertTrue(forced.err().contains("legacy: excluded by the configuration's exclude (--force-exclude)\n"), forced.err());
        assertTrue(forced.err().contains("legacy/Dockerfile: excluded by the configuration's exclude (--force-exclude)\n"), forced.err());
    }

    @Test
    void forceExcludeAsksAboutTheFoldersAboveANamedFile() throws IOException {
        write(".dockmend.yaml", "exclude: [\"third_party\", \"!Dockerfile\"]\n");
        write("third_party/lib/Dockerfile", CHANGING);
        assertEquals(ExitCodes.OK, run("check", "--force-exclude", "third_party/lib/Dockerfile").exitCode(),
                "as in git, ! cannot re-include a file inside an excluded folder");
    }

    @Test
    void aConfigurationThatSelectsNoRecipeIsSaidOnceWhateverItsFiles() throws IOException {
        write(".dockmend.yaml", "safe-only: true\nrecipes: [exec-form-cmd]\n");
        write("a/Dockerfile", CHANGING);
        write("b/Dockerfile", CHANGING);
        CliRun run = run("check");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals(".dockmend.yaml: warning: selects no recipe (recipes: exec-form-cmd; safe-only, which leaves out every review recipe), "
                + "so the files it governs are only parsed; use `exclude` to leave files out\n", run.err());
    }

    @Test
    void flagsThatSelectNoRecipeAreAUsageError() throws IOException {
        write("Dockerfile", CHANGING);
        CliRun run = run("check", "--safe-only", "--recipe", "exec-form-cmd");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertEquals("dockmend: error: the command line selects no recipe (recipes: exec-form-cmd; safe-only, which leaves out every review recipe)\n",
                run.err());
    }

    @Test
    void aMisspeltRecipeFlagGetsASuggestion() throws IOException {
        write("Dockerfile", CHANGING);
        CliRun run = run("check", "--skip", "exec-form-cm");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().startsWith("dockmend: error: --skip: unknown recipe `exec-form-cm`; did you mean `exec-form-cmd`? (known: "), run.err());
    }
}
