package dev.dockmend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void printsInstructionsWithSpansFlagsAndArguments() throws IOException {
        Path file = write("Dockerfile", "# syntax=docker/dockerfile:1\nFROM golang:1.22 AS build\n"
                + "RUN --mount=type=cache,target=/root/.cache \\\n    go build ./...\nCMD [\"/app\"]\n");
        CliRun run = CliRun.of("parse", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(file + "\n"
                + "  directive syntax=docker/dockerfile:1\n"
                + "  2-2    FROM \"golang:1.22\" \"AS\" \"build\"\n"
                + "  3-4    RUN [--mount=type=cache,target=/root/.cache] \"go build ./...\"\n"
                + "  5-5    CMD exec \"/app\"\n", run.out());
    }

    @Test
    void jsonHasOneObjectPerFileWithBuildKitsFields() throws IOException {
        Path a = write("a/Dockerfile", "FROM alpine\nRUN <<EOF\necho hi\nEOF\n");
        Path b = write("b/Dockerfile", "FROM alpine\nENV A=1 B=\"x y\"\n");
        CliRun run = CliRun.of("parse", "--json", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size());
        ObjectMapper mapper = new ObjectMapper();
        JsonNode first = mapper.readTree(lines.get(0));
        assertEquals(a.toString(), first.get("file").asText());
        assertTrue(first.get("ok").asBoolean());
        assertTrue(first.get("roundTrip").asBoolean());
        JsonNode run2 = first.get("instructions").get(1);
        assertEquals("run", run2.get("keyword").asText());
        assertEquals(2, run2.get("startLine").asInt());
        assertEquals(4, run2.get("endLine").asInt());
        assertEquals("EOF", run2.get("heredocs").get(0).get("name").asText());
        assertEquals("echo hi\n", run2.get("heredocs").get(0).get("content").asText());
        JsonNode env = mapper.readTree(lines.get(1)).get("instructions").get(1);
        assertEquals(b.toString(), mapper.readTree(lines.get(1)).get("file").asText());
        assertEquals("[\"A\",\"1\",\"=\",\"B\",\"\\\"x y\\\"\",\"=\"]", env.get("args").toString());
        assertEquals(false, env.get("json").asBoolean());
    }

    @Test
    void badInputGivesFileLineColumnAndExpectationAndExit3() throws IOException {
        Path file = write("Dockerfile", "FROM alpine\nRUN <<EOF\necho never ends\n");
        CliRun run = CliRun.of("parse", file.toString());
        assertEquals(3, run.exitCode());
        assertEquals(file + ":2:1: error: unterminated heredoc (expected a line that is exactly `EOF` to end the heredoc)\n",
                run.err());
        assertEquals("", run.out());
    }

    @Test
    void instructionCheckErrorsAreReportedToo() throws IOException {
        Path file = write("Dockerfile", "FROM alpine\nSHELL /bin/bash -c\nRUNN x\n");
        CliRun run = CliRun.of("parse", file.toString());
        assertEquals(3, run.exitCode());
        assertEquals(List.of(
                file + ":2:1: error: SHELL requires the arguments to be in JSON form (expected SHELL [\"/bin/bash\", \"-c\"])",
                file + ":3:1: error: unknown instruction: RUNN (did you mean run?) (expected a Dockerfile instruction such as FROM, RUN, COPY (is this a template or a misspelling?))"),
                run.err().lines().toList());
    }

    @Test
    void jsonReportsErrorsWithPosition() throws IOException {
        Path file = write("Dockerfile", "FROM alpine\nENV ONLYNAME\n");
        CliRun run = CliRun.of("parse", "--json", file.toString());
        assertEquals(3, run.exitCode());
        JsonNode node = new ObjectMapper().readTree(run.out());
        assertEquals(false, node.get("ok").asBoolean());
        assertEquals("ENV must have two arguments", node.get("error").get("message").asText());
        assertEquals(2, node.get("error").get("line").asInt());
        assertEquals(1, node.get("error").get("column").asInt());
    }

    @Test
    void buildKitDumpFormat() throws IOException {
        Path file = write("Dockerfile", "FROM alpine\nONBUILD RUN echo hi\nCOPY --from=a x y\n");
        CliRun run = CliRun.of("parse", "--buildkit-dump", file.toString());
        assertEquals("(from \"alpine\")\n(onbuild (run \"echo hi\"))\n(copy [\"--from=a\"] \"x\" \"y\")\n", run.out());
    }

    @Test
    void missingFileIsAnInputError() {
        CliRun run = CliRun.of("parse", dir.resolve("nope").toString());
        assertEquals(3, run.exitCode());
        assertEquals(dir.resolve("nope") + ": error: no such file or directory\n", run.err());
    }

    @Test
    void directoryIsSearchedForDockerfilesSkippingHiddenFolders() throws IOException {
        write("svc/Dockerfile", "FROM a\n");
        write("svc/Dockerfile.dev", "FROM a\n");
        write("svc/api.Dockerfile", "FROM a\n");
        write("svc/Containerfile", "FROM a\n");
        write("svc/README.md", "not a dockerfile\n");
        write(".git/Dockerfile", "FROM a\n");
        CliRun run = CliRun.of("parse", "--json", dir.toString());
        assertEquals(4, run.out().lines().count(), run.out());
        assertTrue(run.out().lines().noneMatch(l -> l.contains(".git")));
    }
}
