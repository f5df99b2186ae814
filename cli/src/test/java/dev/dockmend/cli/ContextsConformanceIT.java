package dev.dockmend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dockmend.cli.conformance.CopiesAMissingFile;
import dev.dockmend.testing.TestRecipe;

/**
 * {@code dockmend conformance CONTEXTS} in the packaged program: a recipe it has never heard of (a jar on
 * the class path with a service file, as a third-party recipe comes) is run and listed like the shipped
 * ones, and its COPY of a file the context lacks fails the run (exit 1), naming the Dockerfile.
 */
class ContextsConformanceIT {
    @TempDir
    Path dir;

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void anyRecipeOnTheClassPathIsCheckedAndABrokenInvariantFails() throws IOException {
        write("contexts/INDEX.tsv", "context_dir\tdockerfile\nweb\tDockerfile\n");
        write("contexts/web/Dockerfile", "FROM node:20-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\n");
        write("contexts/web/package.json", "{}\n");
        write("services/META-INF/services/dev.dockmend.recipe.Recipe", CopiesAMissingFile.class.getName() + "\n");
        Program withRecipe = Program.withClassPath(Program.classesOf(CopiesAMissingFile.class), Program.classesOf(TestRecipe.class),
                dir.resolve("services"));
        Program.Run run = withRecipe.run(dir, "conformance", "contexts").withoutStackTrace();
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("\n  copies-a-missing-file: 1 changed (0 review), 0 declined, 0 not applicable\n"), run.out());
        assertTrue(run.out().contains("\n  reorder-copy-for-cache: 1 changed (0 review), 0 declined, 0 not applicable\n"), run.out());
        assertTrue(run.out().contains("  FAIL copies-a-missing-file: web/Dockerfile: a COPY names missing.txt, which the build context "
                + "does not provide"), run.out());
        assertTrue(run.out().endsWith("conformance: BELOW TARGET (100%)\n"), run.out());

        Program.Run shipped = Program.launched().run(dir, "conformance", "contexts").withoutStackTrace();
        assertEquals(ExitCodes.OK, shipped.exitCode(), shipped.out());
        assertTrue(shipped.out().endsWith("conformance: 100% on every check\n"), shipped.out());
    }
}
