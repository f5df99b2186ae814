package dev.dockmend.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dockmend.context.BuildContext;
import dev.dockmend.context.BuildContexts;
import dev.dockmend.context.ComposeContexts;
import dev.dockmend.context.ComposeReader;
import dev.dockmend.context.ContextOrigin;

/**
 * The context a compose file gives a Dockerfile, with the compose files read by {@link ComposeFiles}: the
 * string and mapping forms of {@code build}, paths relative to the compose file and to the context, the
 * nearest compose file deciding, the search stopping at the repository's root, and what is left out
 * (with a note when the user should know).
 */
class ComposeContextsTest {
    @TempDir
    Path tmp;
    Path repo;

    @BeforeEach
    void repository() throws IOException {
        repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve(".git"));
    }

    private Path write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static ComposeContexts.Found find(Path dockerfile) {
        return new ComposeContexts(new ComposeFiles()).find(dockerfile);
    }

    private String why(ComposeContexts.Found found) {
        return found.origin().describe(path -> repo.relativize(path).toString());
    }

    private List<String> notes(ComposeContexts.Found found) {
        return found.origin().notes().stream().map(note -> note.describe(path -> repo.relativize(path).toString())).toList();
    }

    @Test
    void aStringBuildIsTheContextWithItsDockerfile() throws IOException {
        write("compose.yaml", "services:\n  web:\n    build: ./web\n  db:\n    image: postgres\n");
        ComposeContexts.Found found = find(write("web/Dockerfile", "FROM alpine\n"));
        assertEquals(Optional.of(repo.resolve("web")), found.context());
        assertEquals("compose.yaml service \"web\" build", why(found));
    }

    @Test
    void aMappingBuildNamesTheContextAndTheDockerfileInIt() throws IOException {
        write("compose.yml", "services:\n  api:\n    build:\n      context: .\n      dockerfile: docker/api.Dockerfile\n");
        ComposeContexts.Found found = find(write("docker/api.Dockerfile", "FROM alpine\n"));
        assertEquals(Optional.of(repo), found.context());
        assertEquals("compose.yml service \"api\" build.context", why(found));
        assertEquals(Optional.empty(), find(write("docker/Dockerfile", "FROM alpine\n")).context(), "another Dockerfile of that folder");
    }

    @Test
    void pathsAreRelativeToTheComposeFileThenToTheContext() throws IOException {
        write("deploy/docker-compose.yml", "services:\n  worker:\n    build:\n      context: ..\n      dockerfile: services/worker/Dockerfile\n");
        Path dockerfile = write("services/worker/Dockerfile", "FROM alpine\n");
        assertEquals(Optional.empty(), find(dockerfile).context(), "deploy/ is not above the Dockerfile: its compose file is not seen");
        write("docker-compose.yml", "services:\n  worker:\n    build:\n      context: services\n      dockerfile: worker/Dockerfile\n");
        assertEquals(Optional.of(repo.resolve("services")), find(dockerfile).context());
    }

    @Test
    void withoutContextTheComposeFilesFolderAndDockerfileByDefault() throws IOException {
        write("compose.yaml", "services:\n  app:\n    build:\n      dockerfile: build/Dockerfile\n  other:\n    build: {}\n");
        ComposeContexts.Found found = find(write("build/Dockerfile", "FROM alpine\n"));
        assertEquals(Optional.of(repo), found.context());
        assertEquals("compose.yaml service \"app\" build (no context: the compose file's folder)", why(found));
        assertEquals(Optional.of(repo), find(write("Dockerfile", "FROM alpine\n")).context(), "build: {} is ./Dockerfile");
    }

    @Test
    void noServiceBuildsItSoItsOwnFolder() throws IOException {
        write("compose.yaml", "services:\n  web:\n    build: ./web\n");
        ComposeContexts.Found found = find(write("api/Dockerfile", "FROM alpine\n"));
        assertEquals(Optional.empty(), found.context());
        assertEquals("the Dockerfile's folder", why(found));
        assertEquals(List.of(), notes(found));
    }

    @Test
    void theSearchStopsAtTheRepositorysRoot() throws IOException {
        Files.writeString(tmp.resolve("compose.yaml"), "services:\n  web:\n    build:\n      context: repo\n      dockerfile: web/Dockerfile\n");
        ComposeContexts.Found found = find(write("web/Dockerfile", "FROM alpine\n"));
        assertEquals(Optional.empty(), found.context(), "the compose file above the repository is not read");
        Files.delete(repo.resolve(".git"));
        assertEquals(Optional.of(repo), find(repo.resolve("web/Dockerfile")).context(), "without .git the search goes on up");
    }

    @Test
    void aGitFileMarksTheRootToo() throws IOException {
        Files.delete(repo.resolve(".git"));
        write(".git", "gitdir: ../.git/worktrees/repo\n");
        Files.writeString(tmp.resolve("compose.yaml"), "services:\n  web:\n    build:\n      context: repo\n      dockerfile: Dockerfile\n");
        assertEquals(Optional.empty(), find(write("Dockerfile", "FROM alpine\n")).context());
    }

    @Test
    void theNearestComposeFileDecides() throws IOException {
        write("compose.yaml", "services:\n  web:\n    build:\n      context: .\n      dockerfile: web/Dockerfile\n");
        write("web/compose.yaml", "services:\n  web:\n    build: .\n");
        ComposeContexts.Found found = find(write("web/Dockerfile", "FROM alpine\n"));
        assertEquals(Optional.of(repo.resolve("web")), found.context());
        assertEquals("web/compose.yaml service \"web\" build", why(found));
    }

    @Test
    void servicesThatDisagreeGiveNoContextAndSaySo() throws IOException {
        write("compose.yaml", "services:\n  a:\n    build: ./app\n  b:\n    build:\n      context: .\n      dockerfile: app/Dockerfile\n"
                + "  c:\n    build: app\n");
        ComposeContexts.Found found = find(write("app/Dockerfile", "FROM alpine\n"));
        assertEquals(Optional.empty(), found.context());
        assertEquals(List.of("compose.yaml: services build this Dockerfile with different contexts (\"a\" app, \"b\" ., \"c\" app), "
                + "so none is taken"), notes(found));
    }

    @Test
    void servicesThatAgreeAreAllNamed() throws IOException {
        write("compose.yaml", "services:\n  web:\n    build: .\n  worker:\n    build:\n      context: ./\n");
        ComposeContexts.Found found = find(write("Dockerfile", "FROM alpine\n"));
        assertEquals(Optional.of(repo), found.context());
        assertEquals("compose.yaml services \"web\", \"worker\" build", why(found));
    }

    @Test
    void malformedYamlIsANoteNamingTheLineNotACrash() throws IOException {
        write("compose.yaml", "services:\n  web:\n    build:\n      context: .\n      dockerfile: web/Dockerfile\n");
        write("web/compose.yaml", "services:\n  web:\n    build: [\n");
        ComposeContexts.Found found = find(write("web/Dockerfile", "FROM alpine\n"));
        assertEquals(Optional.of(repo), found.context(), "the compose file that cannot be read is left out; the next one decides");
        List<String> notes = notes(found);
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).startsWith("web/compose.yaml:4:1: not read: invalid YAML: "), notes.get(0));
    }

    @Test
    void aBuildOfTheWrongShapeIsANoteNamingIt() throws IOException {
        write("compose.yaml", "services:\n  web:\n    build:\n      - .\n");
        ComposeContexts.Found found = find(write("Dockerfile", "FROM alpine\n"));
        assertEquals(Optional.empty(), found.context());
        assertEquals(List.of("compose.yaml:4:7: not read: the build of service \"web\" is a list (expected a folder, or a mapping with "
                + "context and dockerfile)"), notes(found));
    }

    @Test
    void remoteContextsInlineDockerfilesAndVariablesAreLeftOut() throws IOException {
        write("compose.yaml", """
                services:
                  remote:
                    build: https://github.com/docker/welcome.git#main
                  git:
                    build: git@github.com:docker/welcome.git
                  inline:
                    build:
                      context: .
                      dockerfile_inline: |
                        FROM alpine
                  variable:
                    build:
                      context: ${APP_DIR:-.}
                """);
        ComposeContexts.Found found = find(write("Dockerfile", "FROM alpine\n"));
        assertEquals(Optional.empty(), found.context());
        assertEquals(List.of("compose.yaml:13:7: service \"variable\" names its build with a variable, which is not resolved: left out"),
                notes(found));
    }

    @Test
    void mergeKeysAreFollowed() throws IOException {
        write("compose.yaml", """
                x-node: &node
                  build:
                    context: .
                    dockerfile: node/Dockerfile
                services:
                  web:
                    <<: *node
                    ports: ["80:80"]
                """);
        ComposeContexts.Found found = find(write("node/Dockerfile", "FROM node\n"));
        assertEquals(Optional.of(repo), found.context());
        assertEquals("compose.yaml service \"web\" build.context", why(found));
    }

    @Test
    void composeYamlComesBeforeDockerComposeYml() throws IOException {
        write("docker-compose.yml", "services:\n  old:\n    build:\n      context: .\n      dockerfile: app/Dockerfile\n");
        write("compose.yaml", "services:\n  new:\n    build: ./app\n");
        ComposeContexts.Found found = find(write("app/Dockerfile", "FROM alpine\n"));
        assertEquals(Optional.of(repo.resolve("app")), found.context());
        assertEquals("compose.yaml service \"new\" build", why(found));
    }

    @Test
    void eachComposeFileIsReadOncePerRun() throws IOException {
        write("compose.yaml", "services:\n  a:\n    build:\n      context: .\n      dockerfile: a/Dockerfile\n");
        List<Path> reads = new ArrayList<>();
        ComposeFiles files = new ComposeFiles();
        ComposeReader counting = file -> {
            reads.add(file);
            return files.services(file);
        };
        ComposeContexts contexts = new ComposeContexts(counting);
        assertEquals(Optional.of(repo), contexts.find(write("a/Dockerfile", "FROM alpine\n")).context());
        assertEquals(Optional.empty(), contexts.find(write("a/other.Dockerfile", "FROM alpine\n")).context());
        assertEquals(Optional.empty(), contexts.find(write("b/Dockerfile", "FROM alpine\n")).context());
        assertEquals(List.of(repo.resolve("compose.yaml")), reads);
    }

    @Test
    void theSharedContextsComposeFilesGiveTheContextTheirIndexNames() throws IOException {
        Optional<Path> shared = dev.dockmend.testing.TestData.contexts();
        org.junit.jupiter.api.Assumptions.assumeTrue(shared.isPresent(), "no ../shared/contexts");
        List<String> rows = Files.readAllLines(shared.get().resolve("INDEX.tsv"));
        List<String> header = List.of(rows.get(0).split("\t"));
        ComposeContexts contexts = new ComposeContexts(new ComposeFiles());
        int found = 0;
        List<String> wrong = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] fields = row.split("\t");
            Path context = shared.get().resolve(fields[header.indexOf("context_dir")]).toAbsolutePath().normalize();
            ComposeContexts.Found search = contexts.find(context.resolve(fields[header.indexOf("dockerfile")]));
            assertEquals(List.of(), search.origin().notes(), row);
            if (search.context().isPresent()) {
                found++;
                if (!search.context().get().equals(context)) {
                    wrong.add(row + ": found " + search.context().get());
                }
            }
        }
        assertEquals(List.of(), wrong, "a compose file of a context gives its Dockerfile another context than the index");
        assertTrue(found > 0, "no Dockerfile of ../shared/contexts has its context from a compose file");
    }

    @Test
    void theFoundContextsDockerignoreApplies() throws IOException {
        write("compose.yaml", "services:\n  api:\n    build:\n      context: .\n      dockerfile: docker/Dockerfile\n");
        write(".dockerignore", "secrets\n");
        write("docker/.dockerignore", "package.json\n");
        write("package.json", "{}\n");
        write("secrets/key", "");
        Path dockerfile = write("docker/Dockerfile", "FROM alpine\n");
        BuildContexts contexts = new BuildContexts(Optional.empty(), Optional.of(new ComposeContexts(new ComposeFiles())));
        BuildContexts.Located located = contexts.locate(dockerfile).orElseThrow();
        BuildContext context = located.context();
        assertEquals(repo, context.root());
        assertEquals(Optional.of(repo.resolve(".dockerignore")), context.ignoreFile(), "the context's, not the Dockerfile folder's");
        assertTrue(context.provides("package.json"));
        assertTrue(context.ignored("secrets/key"));
        assertTrue(located.origin() instanceof ContextOrigin.Compose, located.origin().toString());
        write("docker/Dockerfile.dockerignore", "*.json\n");
        BuildContext beside = new BuildContexts(Optional.empty(), Optional.of(new ComposeContexts(new ComposeFiles())))
                .forDockerfile(dockerfile).orElseThrow();
        assertEquals(Optional.of(repo.resolve("docker/Dockerfile.dockerignore")), beside.ignoreFile(), "BuildKit's own for the Dockerfile first");
        assertTrue(beside.ignored("package.json"));
    }
}
