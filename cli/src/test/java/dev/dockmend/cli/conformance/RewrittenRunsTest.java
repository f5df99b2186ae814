package dev.dockmend.cli.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.dockmend.Dockerfiles;
import dev.dockmend.tree.Dockerfile;

/** The corpus invariant on rewritten RUNs, and what it counts. */
class RewrittenRunsTest {
    private static Dockerfile parse(String text) {
        return Dockerfiles.parse(text).orThrow("test");
    }

    @Test
    void rewrittenRunsMustBeUnderstoodAgainAndAreCounted() {
        RewrittenRuns runs = new RewrittenRuns();
        Dockerfile before = parse("FROM a\nRUN a\nRUN b\nRUN c\nRUN d\n");
        assertEquals(List.of(), runs.check(before, parse("FROM a\nRUN a \\\n    && b\nRUN c\nRUN d\n"), java.util.Optional.empty()));
        assertEquals(List.of("the RUN at line 4 of the output is no longer understood: an unclosed double quote at column 3"),
                runs.check(before, parse("FROM a\nRUN a\nRUN b\nRUN c \"d\n"), java.util.Optional.empty()));
        assertEquals(2, runs.rewritten());
        assertEquals(2, runs.removed());
    }
}
