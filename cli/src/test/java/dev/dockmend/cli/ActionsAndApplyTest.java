package dev.dockmend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor round trip: list the fixes at a line, apply one by id, to a file or an unsaved buffer. */
class ActionsAndApplyTest {
    private static final String TEXT = "FROM alpine\r\nMAINTAINER me\r\nCMD nginx -g 'daemon off;'\r\n";

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.in(dir, args);
    }

    @Test
    void actionsListsOnlyTheFixesAtTheLineWithLspEdits() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), TEXT);
        CliRun run = run("actions", "Dockerfile", "--line", "3", "--column", "5");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode actions = new ObjectMapper().readTree(run.out()).get("actions");
        assertEquals(2, actions.size(), "the fix at the line, then the fix of all");
        assertEquals("exec-form-cmd:3", actions.get(0).get("id").asText());
        assertEquals("fix-all", actions.get(1).get("id").asText());
        assertEquals("source.fixAll", actions.get(1).get("kind").asText());
        JsonNode edit = actions.get(0).get("edits").get(0);
        assertEquals(2, edit.get("range").get("start").get("line").asInt());
        assertEquals(3, edit.get("range").get("end").get("line").asInt());
        assertEquals("CMD [\"nginx\", \"-g\", \"daemon off;\"]\r\n", edit.get("newText").asText());
        CliRun all = run("actions", "Dockerfile");
        assertEquals(3, new ObjectMapper().readTree(all.out()).get("actions").size(), "without --line: every fix, and all");
    }

    @Test
    void applyWritesExactlyOneFix() throws IOException {
        Path file = dir.resolve("Dockerfile");
        Files.writeString(file, TEXT);
        CliRun run = run("apply", "Dockerfile", "--action", "exec-form-cmd:3", "--write");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("FROM alpine\r\nMAINTAINER me\r\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\r\n", Files.readString(file));
        CliRun again = run("apply", "Dockerfile", "--action", "exec-form-cmd:3");
        assertEquals(ExitCodes.USAGE, again.exitCode());
        assertEquals("Dockerfile: error: no fix `exec-form-cmd:3` here (available: maintainer-to-label:2, fix-all)\n", again.err());
    }

    @Test
    void fixAllWritesWhatFixWrites(@TempDir Path other) throws IOException {
        String text = "FROM debian\r\nMAINTAINER me\r\nRUN apt-get update\r\nRUN apt-get install -y curl\r\nCMD curl\r\n";
        Files.writeString(dir.resolve("Dockerfile"), text);
        Files.writeString(other.resolve("Dockerfile"), text);
        CliRun all = run("apply", "Dockerfile", "--action", "fix-all", "--write");
        assertEquals(0, all.exitCode(), all.err());
        CliRun fix = CliRun.in(other, "fix", "--write", "Dockerfile");
        assertEquals(0, fix.exitCode(), fix.err());
        assertEquals(Files.readString(other.resolve("Dockerfile")), Files.readString(dir.resolve("Dockerfile")));
    }

    @Test
    void aFixThatRequiresAnotherMakesBothAndTheOtherStaysAlone() throws IOException {
        // USER: the stage already runs as a non-root user, so add-non-root-user's RUN is not among the merged ones
        Files.writeString(dir.resolve("Dockerfile"), "FROM debian\nRUN apt-get update\nRUN apt-get install -y curl\nUSER 65534\n");
        JsonNode actions = new ObjectMapper().readTree(run("actions", "Dockerfile", "--line", "2").out()).get("actions");
        assertEquals("merge-run-layers:2", actions.get(0).get("id").asText());
        assertEquals(0, actions.get(0).get("requires").size());
        assertEquals("clean-package-cache:2", actions.get(1).get("id").asText());
        assertEquals("merge-run-layers:2", actions.get(1).get("requires").get(0).asText());
        assertEquals("fix-all", actions.get(2).get("id").asText());

        CliRun merge = run("apply", "Dockerfile", "--action", "merge-run-layers:2", "--write");
        assertEquals(0, merge.exitCode(), merge.err());
        assertEquals("FROM debian\nRUN apt-get update \\\n    && apt-get install -y curl\nUSER 65534\n", Files.readString(dir.resolve("Dockerfile")),
                "the merge alone: no cleanup");
    }

    @Test
    void applyOnStandardInputPrintsTheWholeFile() {
        CliRun run = CliRun.withStdin(TEXT.getBytes(StandardCharsets.UTF_8), "apply", "-", "--action", "maintainer-to-label:2");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("FROM alpine\r\nLABEL org.opencontainers.image.authors=\"me\"\r\nCMD nginx -g 'daemon off;'\r\n",
                new String(run.stdout(), StandardCharsets.UTF_8));
    }

    @Test
    void badPositionsAndMissingFilesAreReported() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), TEXT);
        CliRun zero = run("actions", "Dockerfile", "--line", "0");
        assertEquals(ExitCodes.USAGE, zero.exitCode());
        assertTrue(zero.err().contains("1-based"), zero.err());
        CliRun missing = run("actions", "Nope", "--line", "1");
        assertEquals(ExitCodes.INPUT, missing.exitCode());
        assertEquals("Nope: error: no such file\n", missing.err());
        CliRun noAction = run("apply", "Dockerfile");
        assertEquals(ExitCodes.USAGE, noAction.exitCode());
        assertEquals("dockmend apply: missing required option: '--action=ID'\nRun 'dockmend apply --help' for usage.\n", noAction.err());
    }
}
