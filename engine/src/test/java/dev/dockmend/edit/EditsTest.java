package dev.dockmend.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.dockmend.Dockerfiles;
import dev.dockmend.tree.Dockerfile;

/** Replacing instructions keeps what is around them: the first one's comments, the last one's line ending. */
class EditsTest {
    @Test
    void aRangeBecomesOneInstructionWithTheFirstsTriviaAndTheLastsEnding() {
        Dockerfile file = Dockerfiles.parse("FROM a\n# one\nRUN x\n# two\nRUN y\nRUN z").orThrow("test");
        Dockerfile merged = Edits.replace(file, 1, 3, Edits.instruction(file, "RUN x && y && z\n"));
        assertEquals("FROM a\n# one\nRUN x && y && z", Dockerfiles.print(merged));
    }

    @Test
    void oneInstructionKeepsItsOwn() {
        Dockerfile file = Dockerfiles.parse("FROM a\r\n# c\r\nCMD x\r\n").orThrow("test");
        assertEquals("FROM a\r\n# c\r\nCMD [\"x\"]\r\n",
                Dockerfiles.print(Edits.replace(file, 1, Edits.instruction(file, "CMD [\"x\"]\n"))));
    }

    @Test
    void theLastLineOfAnInstructionWithAHeredocIsItsTerminator() {
        Dockerfile file = Dockerfiles.parse("FROM a\nRUN <<EOF\necho hi\nEOF").orThrow("test");
        Dockerfile ended = file.withInstructions(java.util.List.of(file.instructions().get(0),
                Edits.withLastLineEnding(file.instructions().get(1), "\n")));
        assertEquals("FROM a\nRUN <<EOF\necho hi\nEOF\n", Dockerfiles.print(ended));
        assertEquals("\n", Edits.lastLineEnding(ended.instructions().get(1)));
    }
}
