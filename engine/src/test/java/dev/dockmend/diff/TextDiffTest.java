package dev.dockmend.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.dockmend.Dockerfiles;
import dev.dockmend.edit.Edits;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Instruction;

/** Diffs of a tree and the tree recipes made of it: lined up at the instructions kept, the same blocks as a text diff. */
class TextDiffTest {
    @Test
    void aTreeDiffGivesTheBlocksOfTheTextDiff() {
        Dockerfile before = Dockerfiles.parse("FROM a\n# one\nRUN x\nRUN y\n\nCMD z\r\n").orThrow("test");
        Dockerfile after = Edits.replace(Edits.replace(before, 1, 2, Edits.instruction(before, "RUN x && y\n")), 2,
                Edits.instruction(before, "CMD [\"z\"]\n"));
        TextDiff tree = TextDiff.of(before, after);
        TextDiff text = TextDiff.of(Dockerfiles.print(before), Dockerfiles.print(after));
        assertEquals(text.deltas(), tree.deltas());
        assertEquals("--- a/D\n+++ b/D\n@@ -1,6 +1,5 @@\n FROM a\n # one\n-RUN x\n-RUN y\n+RUN x && y\n \n-CMD z\r\n+CMD [\"z\"]\r\n",
                UnifiedDiff.of("D", tree, 3));
    }

    /** Every other instruction of a long file replaced: one block each, not one block from the first to the last. */
    @Test
    void replacedInstructionsAllOverALongFileAreBlocksOfTheirOwn() {
        StringBuilder text = new StringBuilder("FROM a\n");
        for (int i = 0; i < 20_000; i++) {
            text.append("RUN echo ").append(i).append('\n');
        }
        Dockerfile before = Dockerfiles.parse(text.toString()).orThrow("long");
        List<Instruction> instructions = new ArrayList<>(before.instructions());
        for (int i = 1; i < instructions.size(); i += 2) {
            instructions.set(i, Edits.instruction(before, "RUN echo changed\n"));
        }
        TextDiff diff = TextDiff.of(before, before.withInstructions(instructions));
        assertEquals(10_000, diff.deltas().size());
        assertEquals(new LineDelta(1, 1, 1, List.of("RUN echo changed\n")), diff.deltas().get(0));
    }

    /** A region Myers would pay the square of its length for is one block. */
    @Test
    void aHugeRegionRewrittenThroughoutIsOneBlock() {
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            before.add("old " + i + "\n");
            after.add("new " + i + "\n");
        }
        before.add("same\n");
        after.add("same\n");
        List<LineDelta> deltas = new ArrayList<>();
        LineDeltas.addRegion(before, 0, before.size(), after, 0, after.size(), deltas);
        assertEquals(List.of(new LineDelta(0, 3_000, 0, after.subList(0, 3_000))), deltas);
    }
}
