package dev.dockmend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conformance runner on a tiny hand-made corpus: it passes when dockmend agrees and fails when not. */
class ConformanceCommandTest {
    @TempDir
    Path corpus;

    private static final String LINE_CASE = "moby__buildkit__frontend__dockerfile__parser__testfile-line__Dockerfile";

    private void write(String name, String text) throws IOException {
        Files.writeString(corpus.resolve(name), text, StandardCharsets.UTF_8);
    }

    private void lineCase() throws IOException {
        write(LINE_CASE, "\n\n\n\nFROM a\n\n\n\n\n\nRUN a \\\n b\n\n\n\n\nRUN c \\\n" + " d \\\n".repeat(13) + " e\n");
    }

    @Test
    void agreementIsReportedAt100Percent() throws IOException {
        lineCase();
        write("x__Dockerfile", "FROM alpine\nRUN echo hi\n");
        write("buildkit-expected.jsonl", """
                {"file": "x__Dockerfile", "ok": true, "instructions": [{"keyword": "from", "rawKeyword": "FROM", "startLine": 1, "endLine": 1, "flags": [], "args": ["alpine"], "json": false, "heredocs": [], "original": "FROM alpine"}, {"keyword": "run", "rawKeyword": "RUN", "startLine": 2, "endLine": 2, "flags": [], "args": ["echo hi"], "json": false, "heredocs": [], "original": "RUN echo hi"}]}
                """);
        CliRun run = CliRun.of("conformance", corpus.toString());
        assertEquals(0, run.exitCode(), run.out());
        assertTrue(run.out().contains("BuildKit agreement: 1/1 files (100.00%)"), run.out());
    }

    @Test
    void disagreementFailsAndSaysWhichField() throws IOException {
        lineCase();
        write("x__Dockerfile", "FROM alpine\nRUN echo hi\n");
        write("buildkit-expected.jsonl", """
                {"file": "x__Dockerfile", "ok": true, "instructions": [{"keyword": "from", "rawKeyword": "FROM", "startLine": 1, "endLine": 1, "flags": [], "args": ["alpine"], "json": false, "heredocs": [], "original": "FROM alpine"}, {"keyword": "run", "rawKeyword": "RUN", "startLine": 2, "endLine": 3, "flags": [], "args": ["echo hi"], "json": false, "heredocs": [], "original": "RUN echo hi"}]}
                """);
        CliRun run = CliRun.of("conformance", corpus.toString());
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.out().contains("#2 endLine: dockmend 2, BuildKit 3"), run.out());
        assertTrue(run.out().contains("BELOW TARGET"), run.out());
    }

    @Test
    void aFileBuildKitRejectsMustBeRejected() throws IOException {
        lineCase();
        write("bad__Dockerfile", "FROM alpine\nENV A\n");
        write("buildkit-expected.jsonl", """
                {"file": "bad__Dockerfile", "ok": false, "error": "ENV must have two arguments"}
                """);
        CliRun run = CliRun.of("conformance", corpus.toString());
        assertEquals(0, run.exitCode(), run.out());
        assertTrue(run.out().contains("BuildKit rejects 1, dockmend rejects 1 of them"), run.out());
    }

    @Test
    void missingCorpusIsAnInputError() {
        CliRun run = CliRun.of("conformance", corpus.resolve("absent").toString());
        assertEquals(3, run.exitCode());
    }
}
