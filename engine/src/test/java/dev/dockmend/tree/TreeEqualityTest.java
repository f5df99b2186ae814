package dev.dockmend.tree;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.dockmend.Dockerfiles;

/**
 * The tree's hand-written equals (written out for speed, see {@link Dockerfile#equals}) say what the records'
 * generated ones would: equal trees are equal, and a difference in any part of the text makes them differ.
 */
class TreeEqualityTest {
    private static final String FILE = "# syntax=docker/dockerfile:1\n"
            + "# escape=\\\\\n"
            + "\n"
            + "FROM alpine:3.20 AS base\n"
            + "# a comment\n"
            + "RUN --mount=type=cache,target=/var/cache/apk \\\n"
            + "    apk add curl \\\n"
            + "  # inner comment\n"
            + "\n"
            + "    && echo done\n"
            + "COPY <<EOF /etc/motd\n"
            + "hello\n"
            + "EOF\n"
            + "ONBUILD RUN echo later\n"
            + "CMD [\"sh\"]\n"
            + "\n";

    private static Dockerfile parse(String text) {
        return Dockerfiles.parse(text).tree().orElseThrow();
    }

    @Test
    void everyInstructionRecordHoldsExactlyItsSyntaxAndValue() {
        for (Class<?> kind : Instruction.class.getPermittedSubclasses()) {
            assertTrue(kind.isRecord(), kind + " is a record");
            String[] components = Arrays.stream(kind.getRecordComponents()).map(RecordComponent::getName).toArray(String[]::new);
            assertArrayEquals(new String[] {"syntax", "value"}, components, kind.getSimpleName()
                    + ": Instructions.same compares kind, syntax and value only");
        }
    }

    @Test
    void twoParsesOfTheSameTextAreEqualWithEqualHashes() {
        Dockerfile a = parse(FILE);
        Dockerfile b = parse(FILE);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        for (int i = 0; i < a.instructions().size(); i++) {
            assertEquals(a.instructions().get(i), b.instructions().get(i));
            assertTrue(Instructions.same(a.instructions().get(i), b.instructions().get(i)));
        }
    }

    @Test
    void anyChangedCharacterMakesTheTreesDiffer() {
        Dockerfile original = parse(FILE);
        int compared = 0;
        for (int i = 0; i < FILE.length(); i++) {
            char c = FILE.charAt(i);
            char replacement = c == 'x' ? 'y' : Character.isWhitespace(c) && c != '\n' ? '\t' : 'x';
            String changed = FILE.substring(0, i) + replacement + FILE.substring(i + 1);
            var parsed = Dockerfiles.parse(changed).tree();
            if (parsed.isPresent()) {
                assertNotEquals(original, parsed.get(), "a change at offset " + i + " went unnoticed");
                compared++;
            }
        }
        assertTrue(compared > FILE.length() / 2, "most one-character changes still parse: " + compared);
    }

    @Test
    void instructionsOfDifferentKindsWithTheSameSyntaxAndValueDiffer() {
        Run run = (Run) parse("FROM a\nRUN x\n").instructions().get(1);
        Cmd cmd = new Cmd(run.syntax(), run.value());
        assertNotEquals(run, cmd);
        assertTrue(!Instructions.same(run, cmd));
        assertEquals(List.of(run), List.of(new Run(run.syntax(), run.value())));
    }

    @Test
    void everyPartOfAHeredocCounts() {
        Heredoc heredoc = new Heredoc("EOF", "hello\n", true, false, 0);
        assertEquals(heredoc, new Heredoc("EOF", "hello\n", true, false, 0));
        assertEquals(heredoc.hashCode(), new Heredoc("EOF", "hello\n", true, false, 0).hashCode());
        assertNotEquals(heredoc, new Heredoc("END", "hello\n", true, false, 0));
        assertNotEquals(heredoc, new Heredoc("EOF", "hello", true, false, 0));
        assertNotEquals(heredoc, new Heredoc("EOF", "hello\n", false, false, 0));
        assertNotEquals(heredoc, new Heredoc("EOF", "hello\n", true, true, 0));
        assertNotEquals(heredoc, new Heredoc("EOF", "hello\n", true, false, 3));
    }

    @Test
    void everyPartOfAnEncodingCounts() {
        assertEquals(SourceEncoding.UTF_8, new SourceEncoding(StandardCharsets.UTF_8, false));
        assertNotEquals(SourceEncoding.UTF_8, new SourceEncoding(StandardCharsets.UTF_8, true));
        assertNotEquals(SourceEncoding.UTF_8, new SourceEncoding(StandardCharsets.ISO_8859_1, false));
    }

    @Test
    void equalInstructionsKeepTheTreeAndAnyOtherMakeANewOne() {
        Dockerfile file = parse(FILE);
        assertSame(file, file.withInstructions(parse(FILE).instructions()));
        List<Instruction> changed = new ArrayList<>(file.instructions());
        changed.set(1, parse("FROM a\nRUN x\n").instructions().get(1));
        Dockerfile other = file.withInstructions(changed);
        assertNotSame(file, other);
        assertEquals(changed, other.instructions());
    }
}
