package dev.dockmend.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildContextsTest {
    @TempDir
    Path dir;

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void theDockerfilesFolderWithItsDockerignore() throws IOException {
        write("Dockerfile", "FROM alpine\n");
        write(".dockerignore", "node_modules\n*.log\n");
        write("package.json", "{}");
        write("node_modules/a/index.js", "");
        write("debug.log", "");
        BuildContext context = BuildContexts.fromDockerfileFolders().forDockerfile(dir.resolve("Dockerfile")).orElseThrow();
        assertEquals(dir.toAbsolutePath().normalize(), context.root());
        assertTrue(context.provides("package.json"));
        assertTrue(context.provides("./package.json"));
        assertTrue(context.provides("/package.json"));
        assertTrue(context.exists("node_modules/a/index.js"));
        assertTrue(context.ignored("node_modules/a/index.js"));
        assertFalse(context.provides("debug.log"));
        assertFalse(context.exists("yarn.lock"));
        assertFalse(context.exists("../x"));
        assertEquals(Optional.of("{}"), context.read("package.json"));
        assertEquals(Optional.empty(), context.read("debug.log"), "an ignored file is not in the context");
        assertEquals(List.of("package.json"), context.matching(".", "package*.json"));
    }

    @Test
    void theDockerfilesOwnIgnoreFileComesFirst() throws IOException {
        write("app.Dockerfile", "FROM alpine\n");
        write("app.Dockerfile.dockerignore", "secret.txt\n");
        write(".dockerignore", "public.txt\n");
        write("secret.txt", "");
        write("public.txt", "");
        BuildContext context = BuildContexts.fromDockerfileFolders().forDockerfile(dir.resolve("app.Dockerfile")).orElseThrow();
        assertTrue(context.ignored("secret.txt"));
        assertFalse(context.ignored("public.txt"));
        BuildContext other = BuildContexts.fromDockerfileFolders().forDockerfile(dir.resolve("Dockerfile")).orElseThrow();
        assertTrue(other.ignored("public.txt"));
    }

    @Test
    void oneContextPerFolderForAWholeBatch() throws IOException {
        write("a.Dockerfile", "");
        write("b.Dockerfile", "");
        BuildContexts contexts = BuildContexts.fromDockerfileFolders();
        assertSame(contexts.forDockerfile(dir.resolve("a.Dockerfile")).orElseThrow(),
                contexts.forDockerfile(dir.resolve("b.Dockerfile")).orElseThrow());
    }

    @Test
    void aGivenContextServesEveryDockerfile() throws IOException {
        write("ctx/go.mod", "module x\n");
        write("build/Dockerfile", "");
        BuildContexts contexts = new BuildContexts(Optional.of(dir.resolve("ctx")));
        BuildContexts.Located located = contexts.locate(dir.resolve("build/Dockerfile")).orElseThrow();
        assertTrue(located.context().provides("go.mod"));
        assertEquals("given with --context", located.origin().describe(Path::toString));
    }

    @Test
    void standardInputHasNoContext() {
        assertEquals(Optional.empty(), BuildContexts.fromDockerfileFolders().forDockerfile(null));
        assertEquals(Optional.empty(), BuildContexts.fromDockerfileFolders().forDockerfile(dir.resolve("missing/Dockerfile")));
    }

    @Test
    void aBrokenIgnoreFileIsAnErrorNamingIt() throws IOException {
        write("Dockerfile", "");
        write(".dockerignore", "!\n");
        BuildContext context = BuildContexts.fromDockerfileFolders().forDockerfile(dir.resolve("Dockerfile")).orElseThrow();
        BuildContext.UnreadableContextException e = assertThrows(BuildContext.UnreadableContextException.class,
                () -> context.ignored("a"));
        assertTrue(e.getMessage().endsWith(".dockerignore: line 1: illegal exclusion pattern: \"!\""), e.getMessage());
    }
}
