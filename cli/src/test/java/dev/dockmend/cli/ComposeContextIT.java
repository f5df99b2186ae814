package dev.dockmend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged program finds a Dockerfile's build context in a compose file of its repository: {@code fix
 * --verbose} says which context and why on standard error, and the recipe copies the manifests of that
 * context, while standard output is the same with or without {@code --verbose}.
 */
class ComposeContextIT {
    private static final String DOCKERFILE = "FROM node:20-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n";

    @TempDir
    Path repo;

    private void write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @BeforeEach
    void repository() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        write("compose.yaml", "services:\n  web:\n    build:\n      context: .\n      dockerfile: docker/web/Dockerfile\n    ports: [\"80:80\"]\n");
        write("docker/web/Dockerfile", DOCKERFILE);
        write("package.json", "{}\n");
        write("package-lock.json", "{}\n");
        write(".dockerignore", "node_modules\n");
    }

    @Test
    void fixVerboseNamesTheComposeServiceAndUsesItsContext() throws IOException {
        Program.Run run = Program.launched().run(repo.resolve("docker"), "fix", "--verbose", "--recipe", "reorder-copy-for-cache",
                "web/Dockerfile").withoutStackTrace();
        assertEquals(0, run.exitCode(), run.err());
        Path root = repo.toRealPath(); // above the working directory: named as it is
        assertTrue(run.err().contains("web/Dockerfile: build context " + root + " (" + root.resolve("compose.yaml")
                + " service \"web\" build.context), ignore file " + root.resolve(".dockerignore") + "\n"), run.err());
        assertEquals("""
                --- a/web/Dockerfile
                +++ b/web/Dockerfile
                @@ -1,4 +1,6 @@
                 FROM node:20-slim
                 WORKDIR /app
                +COPY package.json package-lock.json ./
                +RUN npm ci
                 COPY . .
                -RUN npm ci && npm run build
                +RUN npm run build
                """, run.out());
        Program.Run quiet = Program.launched().run(repo.resolve("docker"), "fix", "--recipe", "reorder-copy-for-cache", "web/Dockerfile");
        assertEquals(run.out(), quiet.out(), "--verbose changes only standard error");
        assertEquals("", quiet.err());
    }

    @Test
    void fromTheRepositorysRootTheLineIsRelative() throws IOException {
        Program.Run run = Program.launched().run(repo, "--verbose", "check", "--format", "json", "docker/web/Dockerfile").withoutStackTrace();
        assertTrue(run.err().contains("docker/web/Dockerfile: build context . (compose.yaml service \"web\" build.context), "
                + "ignore file .dockerignore\n"), run.err());
        assertTrue(run.out().contains("\"safety\" : \"safe\"") || run.out().contains("\"safety\": \"safe\""), run.out());
    }

    @Test
    void aComposeFileThatCannotBeReadIsANoteAndTheDockerfilesFolderServes() throws IOException {
        write("compose.yaml", "services:\n  web:\n    build:\n      context: .\n     dockerfile: docker/web/Dockerfile\n");
        Program.Run run = Program.launched().run(repo, "fix", "--verbose", "--recipe", "reorder-copy-for-cache", "docker/web/Dockerfile")
                .withoutStackTrace();
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("docker/web/Dockerfile: build context docker/web (the Dockerfile's folder)\n"), run.err());
        assertTrue(run.err().contains("docker/web/Dockerfile: note: compose.yaml:5:6: not read: invalid YAML: "), run.err());
        assertTrue(run.err().contains("the build context has none of package.json, which npm needs"), run.err());
        assertEquals("", run.out(), "in its own folder the Dockerfile has no manifest to copy");
    }

    @Test
    void contextGivenOnTheCommandLineWins() throws IOException {
        write("docker/web/package.json", "{}\n");
        Program.Run run = Program.launched().run(repo, "fix", "--verbose", "--context", "docker/web", "--recipe", "reorder-copy-for-cache",
                "docker/web/Dockerfile").withoutStackTrace();
        assertTrue(run.err().contains("docker/web/Dockerfile: build context docker/web (given with --context)\n"), run.err());
        assertTrue(run.out().contains("+COPY package.json ./\n"), run.out());
    }
}
