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
 * The build context reaches the recipes through the packaged program: found from the Dockerfile's folder,
 * named with {@code --context} (or {@code --build-context}), absent for standard input; a broken {@code .dockerignore} is an input error.
 */
class BuildContextIT {
    private static final String DOCKERFILE = "FROM node:20-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n";
    private static final String WITH_CONTEXT = "FROM node:20-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\n"
            + "RUN npm ci\nCOPY . .\nRUN npm run build\n";

    @TempDir
    Path dir;

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private Program.Run fix(String... args) throws IOException {
        String[] line = new String[args.length + 3];
        line[0] = "fix";
        line[1] = "--recipe";
        line[2] = "reorder-copy-for-cache";
        System.arraycopy(args, 0, line, 3, args.length);
        return Program.launched().run(dir, line).withoutStackTrace();
    }

    @Test
    void theDockerfilesFolderIsItsContext() throws IOException {
        write("Dockerfile", DOCKERFILE);
        write("package.json", "{}\n");
        write("package-lock.json", "{}\n");
        write(".dockerignore", "node_modules\n");
        Program.Run run = fix("--write");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(WITH_CONTEXT, Files.readString(dir.resolve("Dockerfile")));
    }

    @Test
    void contextNamesAnotherFolder() throws IOException {
        write("docker/Dockerfile", DOCKERFILE);
        write("package.json", "{}\n");
        Program.Run run = fix("--write", "--context", ".", "docker/Dockerfile");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(WITH_CONTEXT.replace(" package-lock.json", ""), Files.readString(dir.resolve("docker/Dockerfile")));
    }

    @Test
    void buildContextIsTheSameOption() throws IOException {
        write("docker/Dockerfile", DOCKERFILE);
        write("package.json", "{}\n");
        Program.Run run = fix("--build-context", ".", "docker/Dockerfile");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(fix("--context", ".", "docker/Dockerfile").out(), run.out());
        assertTrue(run.out().contains("+COPY package.json ./\n"), run.out());
    }

    @Test
    void standardInputHasNoContextAndGetsAReviewChange() throws IOException {
        write("package.json", "{}\n");
        Program.Run run = Program.launched().run(dir, DOCKERFILE.getBytes(StandardCharsets.UTF_8), "fix", "--recipe",
                "reorder-copy-for-cache", "-").withoutStackTrace();
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(WITH_CONTEXT.replace("package.json package-lock.json", "package*.json"), run.out());
        Program.Run safeOnly = Program.launched().run(dir, DOCKERFILE.getBytes(StandardCharsets.UTF_8), "fix", "--safe-only", "--recipe",
                "reorder-copy-for-cache", "-").withoutStackTrace();
        assertEquals(DOCKERFILE, safeOnly.out(), "without a context the change is review, which --safe-only leaves out");
    }

    @Test
    void cargoBuildsItsDependenciesAgainstDummySourcesAsAReviewChange() throws IOException {
        String dockerfile = "FROM rust:1.79\nWORKDIR /app\nCOPY . .\nRUN cargo build --release\n";
        write("Dockerfile", dockerfile);
        write("Cargo.toml", "[package]\nname = \"hello-web\"\nversion = \"0.1.0\"\n");
        write("Cargo.lock", "version = 3\n");
        write("src/main.rs", "fn main() {}\n");
        write(".dockerignore", "target\n");
        Program.Run safeOnly = fix("--write", "--safe-only");
        assertEquals(0, safeOnly.exitCode(), safeOnly.err());
        assertEquals(dockerfile, Files.readString(dir.resolve("Dockerfile")), "the dummy-source build is review, which --safe-only leaves out");
        Program.Run run = fix("--write");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("FROM rust:1.79\nWORKDIR /app\nCOPY Cargo.toml Cargo.lock ./\n"
                + "RUN mkdir -p src && echo 'fn main() {}' > src/main.rs && cargo build --release"
                + " && rm -rf src target/release/deps/hello_web-* target/release/deps/libhello_web-*\n"
                + "COPY . .\nRUN cargo build --release\n", Files.readString(dir.resolve("Dockerfile")));
    }

    @Test
    void aBrokenDockerignoreIsAnInputErrorNamingIt() throws IOException {
        write("Dockerfile", DOCKERFILE);
        write("package.json", "{}\n");
        write(".dockerignore", "node_modules\n!\n");
        Program.Run run = fix("--write");
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().contains("Dockerfile: error: build context: "), run.err());
        assertTrue(run.err().contains(".dockerignore: line 2: illegal exclusion pattern: \"!\""), run.err());
        assertEquals(DOCKERFILE, Files.readString(dir.resolve("Dockerfile")));
    }

    @Test
    void verboseSaysWhichContextAndWhy() throws IOException {
        write("api/Dockerfile", DOCKERFILE);
        write("api/.dockerignore", "node_modules\n");
        Program.Run run = Program.launched().run(dir, "--verbose", "check", "--recipe", "reorder-copy-for-cache", "api/Dockerfile")
                .withoutStackTrace();
        assertTrue(run.err().contains("api/Dockerfile: build context api (the Dockerfile's folder), ignore file api/.dockerignore\n"), run.err());
        Program.Run given = Program.launched().run(dir, "--verbose", "check", "--context", ".", "api/Dockerfile").withoutStackTrace();
        assertTrue(given.err().contains("api/Dockerfile: build context . (given with --context)\n"), given.err());
        Program.Run stdin = Program.launched().run(dir, DOCKERFILE.getBytes(StandardCharsets.UTF_8), "--verbose", "check", "-")
                .withoutStackTrace();
        assertTrue(stdin.err().contains("<stdin>: no build context (standard input)\n"), stdin.err());
    }

    @Test
    void aMissingContextFolderIsAUsageError() throws IOException {
        write("Dockerfile", DOCKERFILE);
        Program.Run run = fix("--context", "nowhere");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("dockmend: error: --context "), run.err());
    }
}
