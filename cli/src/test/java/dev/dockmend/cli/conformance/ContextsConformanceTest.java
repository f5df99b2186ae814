package dev.dockmend.cli.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dockmend.cli.Dockmend;
import dev.dockmend.recipe.Recipe;
import dev.dockmend.recipe.RecipeCatalog;
import dev.dockmend.testing.TestData;

/**
 * {@code dockmend conformance CONTEXTS}: every recipe of the catalog over every build context of an
 * INDEX.tsv, each with its context; the invariants hold on the real contexts of {@code ../shared/contexts},
 * and a recipe that copies a file the context does not provide (missing, or left out by the ignore file)
 * breaks one.
 */
class ContextsConformanceTest {
    @TempDir
    Path contexts;

    private void write(String path, String text) throws IOException {
        Path file = contexts.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Two contexts: npm with the Dockerfile at the root, go with it in docker/ and a .dockerignore at the root. */
    private void twoContexts() throws IOException {
        write("INDEX.tsv", "context_dir\trepo\tdockerfile\thow\nnode\tx/node\tDockerfile\tfolder\ngo\tx/go\tdocker/Dockerfile\tcompose\n");
        write("node/Dockerfile", "FROM node:20-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n");
        write("node/package.json", "{}\n");
        write("node/package-lock.json", "{}\n");
        write("go/docker/Dockerfile", "FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go mod download\nRUN go build ./...\n");
        write("go/go.mod", "module x\n");
        write("go/go.sum", "");
        write("go/.dockerignore", "go.sum\n");
    }

    private static Run conformance(Path folder) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Dockmend.run(new PrintWriter(out), new PrintWriter(err), "conformance", folder.toString());
        return new Run(code, out.toString(), err.toString());
    }

    private record Run(int exitCode, String out, String err) {
    }

    @Test
    void everyRecipeOfTheCatalogRunsOnEveryContext() throws IOException {
        twoContexts();
        Run run = conformance(contexts);
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("(2 Dockerfiles; 2 parse and pass BuildKit's checks)"), run.out());
        for (Recipe recipe : RecipeCatalog.load().all()) {
            assertTrue(run.out().contains("\n  " + recipe.id() + ": "), recipe.id() + " is not listed:\n" + run.out());
        }
        assertTrue(run.out().contains("\n  reorder-copy-for-cache: 2 changed (0 review), 0 declined, 0 not applicable\n"), run.out());
        assertTrue(run.out().contains("conformance: 100% on every check"), run.out());
    }

    @Test
    void aCopyOfAFileTheContextLacksBreaksTheRun() throws IOException {
        twoContexts();
        RecipeCorpusRun.Report report = new RecipeCorpusRun(() -> SharedContexts.inputs(contexts), List.of(new CopiesAMissingFile()),
                List.of(new CopiedFiles())).run();
        assertEquals(List.of(
                "node/Dockerfile: a COPY names missing.txt, which the build context does not provide (missing, or left out by its ignore rules)",
                "go/docker/Dockerfile: a COPY names missing.txt, which the build context does not provide (missing, or left out by .dockerignore)"),
                report.failures());
        write("node/missing.txt", "");
        write("go/missing.txt", "");
        write("go/docker/Dockerfile.dockerignore", "missing.txt\n");
        RecipeCorpusRun.Report again = new RecipeCorpusRun(() -> SharedContexts.inputs(contexts), List.of(new CopiesAMissingFile()),
                List.of(new CopiedFiles())).run();
        assertEquals(List.of("go/docker/Dockerfile: a COPY names missing.txt, which the build context does not provide (missing, or left "
                + "out by Dockerfile.dockerignore)"), again.failures(), "present in node/; in go/, ignored by the Dockerfile's own ignore file");
    }

    @Test
    void aFileThatIsNeitherIsAnInputError() throws IOException {
        Run run = conformance(contexts);
        assertEquals(3, run.exitCode());
        assertTrue(run.err().contains("no buildkit-expected.jsonl (a corpus) or INDEX.tsv (build contexts) there"), run.err());
    }

    @Test
    void theSharedContextsKeepEveryInvariant() {
        Optional<Path> shared = TestData.contexts();
        assumeTrue(shared.isPresent(), "no ../shared/contexts");
        Run run = conformance(shared.get());
        assertEquals(0, run.exitCode(), run.out());
        Matcher reorder = Pattern.compile("\n  reorder-copy-for-cache: ([0-9]+) changed").matcher(run.out());
        assertTrue(reorder.find() && Integer.parseInt(reorder.group(1)) > 0, "the contexts hold installs after COPY . .; none changed:\n"
                + run.out());
    }
}
