package dev.dockmend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SARIF names files relative to the repository's root ({@code %SRCROOT%}: the nearest folder with
 * {@code .git} at or above the working directory, else the working directory), wherever dockmend runs, as
 * code-scanning services need to find them in the repository.
 */
class SarifLocationsTest {
    private static final String CHANGING = "FROM alpine\nCMD nginx -g \"daemon off;\"\n";

    @TempDir
    Path repository;

    private Path write(String name, String text) throws IOException {
        Path file = repository.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static JsonNode sarif(Path directory, String... paths) throws IOException {
        String[] args = new String[paths.length + 5];
        args[0] = "-C";
        args[1] = directory.toString();
        args[2] = "check";
        args[3] = "--format";
        args[4] = "sarif";
        System.arraycopy(paths, 0, args, 5, paths.length);
        CliRun run = CliRun.of(args);
        assertEquals(ExitCodes.FINDINGS, run.exitCode(), run.err());
        return new ObjectMapper().readTree(run.out()).get("runs").get(0);
    }

    private static JsonNode firstLocation(JsonNode run) {
        return run.get("results").get(0).get("locations").get(0).get("physicalLocation").get("artifactLocation");
    }

    private static String rootUri(JsonNode run) {
        return run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText();
    }

    @Test
    void filesAreRelativeToTheRepositoryRootWhenRunInASubfolder() throws IOException {
        Files.createDirectory(repository.resolve(".git"));
        write("services/api/Dockerfile", CHANGING);
        JsonNode run = sarif(repository.resolve("services/api"));
        assertEquals(repository.toRealPath().toUri().toASCIIString(), rootUri(run));
        assertTrue(rootUri(run).startsWith("file:///") && rootUri(run).endsWith("/"), rootUri(run));
        JsonNode location = firstLocation(run);
        assertEquals("services/api/Dockerfile", location.get("uri").asText());
        assertEquals("%SRCROOT%", location.get("uriBaseId").asText());
        JsonNode fixLocation = run.get("results").get(0).get("fixes").get(0).get("artifactChanges").get(0).get("artifactLocation");
        assertEquals(location, fixLocation);
    }

    @Test
    void aGitWorktreesDotGitFileMarksTheRootToo() throws IOException {
        write(".git", "gitdir: /elsewhere/.git/worktrees/x\n");
        write("a/Dockerfile", CHANGING);
        JsonNode run = sarif(repository.resolve("a"), "Dockerfile");
        assertEquals("a/Dockerfile", firstLocation(run).get("uri").asText());
        assertEquals(repository.toRealPath().toUri().toASCIIString(), rootUri(run));
    }

    @Test
    void withoutARepositoryTheWorkingDirectoryIsTheRoot() throws IOException {
        for (Path dir = repository.toRealPath(); dir != null; dir = dir.getParent()) {
            Assumptions.assumeFalse(Files.exists(dir.resolve(".git")), "the temporary folder is inside a repository: " + dir);
        }
        write("a/Dockerfile", CHANGING);
        JsonNode run = sarif(repository.resolve("a"));
        assertEquals("Dockerfile", firstLocation(run).get("uri").asText());
        assertEquals(repository.resolve("a").toRealPath().toUri().toASCIIString(), rootUri(run));
    }

    @Test
    void aFileOutsideTheRootIsNamedByItsAbsoluteUri(@TempDir Path elsewhere) throws IOException {
        Files.createDirectory(repository.resolve(".git"));
        Path outside = elsewhere.resolve("Dockerfile");
        Files.writeString(outside, CHANGING);
        JsonNode location = firstLocation(sarif(repository, outside.toString()));
        assertEquals(outside.toUri().toASCIIString(), location.get("uri").asText());
        assertFalse(location.has("uriBaseId"), location.toString());
    }

    @Test
    void aWorkingDirectoryReachedThroughALinkIsPlacedInTheRealRepository(@TempDir Path elsewhere) throws IOException {
        Files.createDirectory(repository.resolve(".git"));
        write("services/api/Dockerfile", CHANGING);
        Path link = Files.createSymbolicLink(elsewhere.resolve("api"), repository.resolve("services/api"));
        JsonNode run = sarif(link);
        assertEquals("services/api/Dockerfile", firstLocation(run).get("uri").asText());
        assertEquals(repository.toRealPath().toUri().toASCIIString(), rootUri(run));
    }
}
