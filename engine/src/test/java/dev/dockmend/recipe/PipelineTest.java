package dev.dockmend.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.dockmend.Dockerfiles;
import dev.dockmend.edit.Edits;
import dev.dockmend.edit.InstructionEdits;
import dev.dockmend.testing.TestRecipe;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Instruction;

/** The pipeline reports every change in the lines of the file given and the file returned, and refuses broken output. */
class PipelineTest {
    /** A test recipe that replaces the instruction with keyword {@code keyword} by {@code text}. */
    private static class Replace extends TestRecipe {
        private final String keyword;
        private final String text;

        Replace(String name, String keyword, String text) {
            super(name);
            this.keyword = keyword;
            this.text = text;
        }

        @Override
        public RecipeResult apply(Dockerfile file, RecipeContext context) {
            for (int i = 0; i < file.instructions().size(); i++) {
                Instruction instruction = file.instructions().get(i);
                if (instruction.keywordText().equalsIgnoreCase(keyword) && !Dockerfiles.print(file).contains(text)) {
                    InstructionEdits edits = new InstructionEdits(file);
                    edits.replace(i, Edits.instruction(file, text), (before, after) -> new Change(id(), before, after, "r", Safety.SAFE));
                    return edits.result(List.of());
                }
            }
            return RecipeResult.unchanged(file);
        }
    }

    @Test
    void laterChangesAreReportedInTheInputsLinesAndEarlierOnesInTheOutputs() {
        Dockerfile file = Dockerfiles.parse("FROM alpine\nRUN a\nCMD x\n").orThrow("Dockerfile");
        Recipe grow = new Replace("grow", "RUN", "RUN a \\\n    && b \\\n    && c\n");
        Recipe cmd = new Replace("cmd", "CMD", "CMD [\"x\"]\n");
        Pipeline.Result result = new Pipeline(List.of(grow, cmd)).run(file, "Dockerfile", Map.of());
        assertEquals("FROM alpine\nRUN a \\\n    && b \\\n    && c\nCMD [\"x\"]\n", Dockerfiles.print(result.after()));
        List<String> ranges = new ArrayList<>();
        for (Change change : result.changes()) {
            ranges.add(change.recipe() + " " + change.before() + " -> " + change.after());
        }
        assertEquals(List.of("grow 2 -> 2-4", "cmd 3 -> 5"), ranges);
    }

    @Test
    void aLaterRecipesFindingsNameLinesOfTheInput() {
        Recipe grow = new Replace("grow", "RUN", "RUN a \\\n    && b \\\n    && c\n");
        Recipe notice = new TestRecipe("notice") {
            @Override
            public RecipeResult apply(Dockerfile file, RecipeContext context) {
                int cmd = file.instructions().size() - 1;
                return new RecipeResult(file, List.of(), List.of(
                        new Finding(id(), file.located().get(cmd).startLine(), 1, Severity.INFO, "seen", "-")));
            }
        };
        Dockerfile file = Dockerfiles.parse("FROM alpine\nRUN a\nCMD x\n").orThrow("Dockerfile");
        Pipeline.Result result = new Pipeline(List.of(grow, notice)).run(file, "Dockerfile", Map.of());
        assertEquals(3, result.findings().get(0).line(), "the CMD is on line 5 of the grown file, line 3 of the input");
        assertEquals(new Finding(notice.id(), 3, 1, Severity.INFO, "seen", "-"), result.findings().get(0),
                "moved back to the input's lines, the finding keeps everything else: its severity too");
    }

    @Test
    void aReviewChangeUnderSafeOnlyIsRefused() {
        Recipe review = new Replace("review", "CMD", "CMD [\"x\"]\n") {
            @Override
            public RecipeResult apply(Dockerfile file, RecipeContext context) {
                RecipeResult result = super.apply(file, context);
                List<Change> changes = result.changes().stream()
                        .map(c -> new Change(c.recipe(), c.before(), c.after(), c.reason(), Safety.REVIEW)).toList();
                return new RecipeResult(result.after(), changes, result.findings());
            }
        };
        Dockerfile file = Dockerfiles.parse("FROM alpine\nCMD x\n").orThrow("Dockerfile");
        assertEquals(1, new Pipeline(List.of(review)).run(file, "Dockerfile", Map.of()).changes().size());
        Pipeline.RecipeBugException bug = assertThrows(Pipeline.RecipeBugException.class,
                () -> new Pipeline(List.of(review), true).run(file, "Dockerfile", Map.of()));
        assertTrue(bug.getMessage().contains("review change although only safe changes were allowed"), bug.getMessage());
    }

    @Test
    void outputThatDoesNotParseBackIsRefused() {
        Recipe broken = new TestRecipe("broken") {
            @Override
            public RecipeResult apply(Dockerfile file, RecipeContext context) {
                // Two instructions in one node: prints fine, but parses back to a different tree.
                Instruction two = Dockerfiles.parse("RUN a\nRUN b\n").orThrow("x").instructions().get(0);
                Instruction fake = two.withSyntax(new dev.dockmend.tree.InstructionSyntax(two.syntax().leading(),
                        List.of(new dev.dockmend.tree.PhysicalLine(dev.dockmend.tree.PhysicalLine.Kind.FIRST, "RUN a", "\nRUN b\n")),
                        two.syntax().heredocBodies()));
                List<Instruction> instructions = new ArrayList<>(file.instructions());
                instructions.add(fake);
                return new RecipeResult(file.withInstructions(instructions), List.of(), List.of());
            }
        };
        Dockerfile file = Dockerfiles.parse("FROM alpine\n").orThrow("Dockerfile");
        Pipeline.RecipeBugException bug = assertThrows(Pipeline.RecipeBugException.class,
                () -> new Pipeline(List.of(broken)).run(file, "Dockerfile", Map.of()));
        assertTrue(bug.getMessage().startsWith("recipe broken is broken: "), bug.getMessage());
    }
}
