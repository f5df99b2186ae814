package dev.dockmend.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.dockmend.Dockerfiles;
import dev.dockmend.tree.Dockerfile;

/**
 * Parsing is linear in the input: large inputs finish well inside generous bounds. These guard
 * against pathological slowdowns (a quadratic loop would take minutes); speed itself is measured
 * by the JMH benchmark in bench/, never here.
 */
class ParseScalingTest {
    private static final Duration BOUND = Duration.ofSeconds(20);

    @Test
    void oneMebibyteOfInstructions() {
        StringBuilder text = new StringBuilder("FROM alpine\n");
        while (text.length() < 1 << 20) {
            text.append("RUN apt-get update \\\n    && apt-get install -y curl # comment\n# between\n\n");
        }
        Dockerfile tree = assertTimeoutPreemptively(BOUND, () -> Dockerfiles.parse(text.toString()).orThrow("big"));
        assertEquals(text.toString(), Dockerfiles.print(tree));
    }

    @Test
    void aHundredThousandLines() {
        String text = "FROM alpine\n" + "RUN true\n".repeat(99_999);
        Dockerfile tree = assertTimeoutPreemptively(BOUND, () -> Dockerfiles.parse(text).orThrow("lines"));
        assertEquals(100_000, tree.instructions().size());
    }

    @Test
    void aHundredThousandContinuationLinesInOneInstruction() {
        String text = "FROM alpine\nRUN true \\\n" + "  && true \\\n".repeat(100_000) + "  && true\n";
        Dockerfile tree = assertTimeoutPreemptively(BOUND, () -> Dockerfiles.parse(text).orThrow("continued"));
        assertEquals(2, tree.instructions().size());
    }

    @Test
    void aSingleOneMebibyteLineIsRejectedQuickly() {
        String text = "FROM alpine\nRUN echo " + "x".repeat(1 << 20) + "\n";
        ParseResult result = assertTimeoutPreemptively(BOUND, () -> Dockerfiles.parse(text));
        assertTrue(result.firstError().orElseThrow().message().startsWith("dockerfile line greater than"));
    }

    @Test
    void aLargeHeredocBody() {
        String text = "FROM alpine\nRUN <<EOF\n" + "echo line\n".repeat(100_000) + "EOF\n";
        Dockerfile tree = assertTimeoutPreemptively(BOUND, () -> Dockerfiles.parse(text).orThrow("heredoc"));
        assertEquals(text, Dockerfiles.print(tree));
    }
}
