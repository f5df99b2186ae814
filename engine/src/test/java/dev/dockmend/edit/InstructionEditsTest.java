package dev.dockmend.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.dockmend.Dockerfiles;
import dev.dockmend.recipe.Change;
import dev.dockmend.recipe.RecipeId;
import dev.dockmend.recipe.RecipeResult;
import dev.dockmend.recipe.Safety;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.TriviaLine;

/** Replacements made together: the tree once, each change's lines before (in the input) and after (in the output). */
class InstructionEditsTest {
    private static final RecipeId ID = RecipeId.of("test");

    @Test
    void severalReplacementsGiveTheirLinesInTheInputAndTheOutput() {
        Dockerfile file = Dockerfiles.parse("FROM a\nRUN x\n# two\nRUN y\nCMD z\n").orThrow("test");
        InstructionEdits edits = new InstructionEdits(file);
        TriviaLine moved = file.instructions().get(2).leading().lines().get(0);
        edits.replace(1, 2, Edits.instruction(file, "RUN x \\\n    && y\n"), List.of(moved),
                (before, after) -> new Change(ID, before, after, "merged", Safety.SAFE));
        edits.replace(3, Edits.instruction(file, "CMD [\"z\"]\n"), (before, after) -> new Change(ID, before, after, "exec", Safety.SAFE));
        RecipeResult result = edits.result(List.of());
        assertEquals("FROM a\n# two\nRUN x \\\n    && y\nCMD [\"z\"]\n", Dockerfiles.print(result.after()));
        assertEquals("2-4 -> 2-4", result.changes().get(0).before() + " -> " + result.changes().get(0).after());
        assertEquals("5 -> 5", result.changes().get(1).before() + " -> " + result.changes().get(1).after());
    }

    @Test
    void replacementsMustComeInTheFilesOrder() {
        Dockerfile file = Dockerfiles.parse("FROM a\nRUN x\nRUN y\n").orThrow("test");
        InstructionEdits edits = new InstructionEdits(file);
        edits.replace(2, Edits.instruction(file, "RUN z\n"), (before, after) -> new Change(ID, before, after, "r", Safety.SAFE));
        assertThrows(IllegalArgumentException.class, () -> edits.replace(1, Edits.instruction(file, "RUN z\n"),
                (before, after) -> new Change(ID, before, after, "r", Safety.SAFE)));
    }

    @Test
    void noReplacementLeavesTheSameTree() {
        Dockerfile file = Dockerfiles.parse("FROM a\n").orThrow("test");
        assertEquals(file, new InstructionEdits(file).result(List.of()).after());
    }
}
