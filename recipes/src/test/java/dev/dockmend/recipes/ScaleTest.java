package dev.dockmend.recipes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.dockmend.Dockerfiles;
import dev.dockmend.diff.TextDiff;
import dev.dockmend.diff.UnifiedDiff;
import dev.dockmend.fix.ChangeEdits;
import dev.dockmend.fix.TextEdit;
import dev.dockmend.recipe.Change;
import dev.dockmend.recipe.Pipeline;
import dev.dockmend.recipe.Recipe;
import dev.dockmend.recipe.RecipeCatalog;
import dev.dockmend.testing.MixedDockerfile;
import dev.dockmend.tree.Dockerfile;

/**
 * A 100,000-line file through every recipe, its diff and each change's edits: a cost that grows with the square
 * of the file's length (as recipes that rebuilt the tree per change once did: 40,000 lines took eight minutes)
 * would make this test run for hours, so the bound only guards against a hang. The run takes seconds; speed
 * itself is measured by {@code PipelineScaleBenchmark} in bench/.
 */
class ScaleTest {
    private static final Duration HANG = Duration.ofSeconds(120);
    private static final int LINES = 100_000;

    @Test
    void aHundredThousandMixedLinesThroughEveryRecipe() {
        String text = MixedDockerfile.ofLines(LINES);
        List<Recipe> recipes = RecipeCatalog.load().all();
        Pipeline pipeline = new Pipeline(recipes);
        assertTimeoutPreemptively(HANG, () -> {
            Dockerfile input = Dockerfiles.parse(text).orThrow("mixed");
            Pipeline.Result result = pipeline.run(input, "Dockerfile", Map.of());
            String output = Dockerfiles.print(result.after());

            Set<String> changedBy = new HashSet<>();
            for (Change change : result.changes()) {
                changedBy.add(change.recipe().value());
            }
            Set<String> all = new HashSet<>();
            recipes.forEach(recipe -> all.add(recipe.id().value()));
            // It splits single-stage files only; aHundredThousandLineSingleStage gives it a large one.
            all.remove("convert-to-multi-stage");
            assertEquals(all, changedBy, "the file gives every recipe work");
            assertTrue(result.changes().size() > LINES / 10, "changes all over the file: " + result.changes().size());

            Dockerfile reparsed = Dockerfiles.parse(output).orThrow("output");
            Pipeline.Result again = pipeline.run(reparsed, "Dockerfile", Map.of());
            assertEquals(List.of(), again.changes(), "a second run changes nothing");
            assertSame(reparsed, again.after());

            TextDiff lines = TextDiff.of(input, result.after());
            String diff = UnifiedDiff.of("Dockerfile", lines, UnifiedDiff.DEFAULT_CONTEXT);
            assertTrue(diff.startsWith("--- a/Dockerfile\n"));
            byte[] patch = UnifiedDiff.patch("Dockerfile", Dockerfiles.toBytes(input), Dockerfiles.toBytes(result.after()), lines,
                    UnifiedDiff.DEFAULT_CONTEXT).orElseThrow().bytes();
            assertEquals(diff, new String(patch, java.nio.charset.StandardCharsets.UTF_8), "fix's patch of the bytes, an ASCII file");
            ChangeEdits edits = ChangeEdits.of(result);
            assertEquals(result.changes().size(), edits.changes().size());
            assertEquals(output, TextEdit.apply(text, edits.all()), "the edits of all changes make the output");
        });
    }

    /** One stage of 100,000 lines on a toolchain image, split by convert-to-multi-stage and then by every recipe. */
    @Test
    void aHundredThousandLineSingleStage() {
        StringBuilder text = new StringBuilder("FROM golang:1.22\nWORKDIR /src\nCOPY go.mod go.sum main.go ./\n");
        for (int i = 0; text.length() < LINES * 20; i++) {
            text.append(switch (i % 5) {
                case 0 -> "ENV VAR" + i + "=value" + i + "\n";
                case 1 -> "ARG ARG" + i + "=" + i + "\n";
                case 2 -> "LABEL label" + i + "=\"$ARG" + (i - 1) + "\"\n";
                case 3 -> "WORKDIR /src\n";
                default -> "RUN go vet ./... && go test ./...\n";
            });
        }
        text.append("RUN CGO_ENABLED=0 go build -o /bin/app .\nCMD [\"/bin/app\"]\n");
        Pipeline pipeline = new Pipeline(RecipeCatalog.load().all());
        assertTimeoutPreemptively(HANG, () -> {
            Dockerfile input = Dockerfiles.parse(text.toString()).orThrow("single");
            Pipeline.Result result = pipeline.run(input, "Dockerfile", Map.of());
            assertTrue(result.changes().stream().anyMatch(change -> change.recipe().value().equals("convert-to-multi-stage")),
                    "the stage is split: " + result.findings());
            Dockerfile reparsed = Dockerfiles.parse(Dockerfiles.print(result.after())).orThrow("output");
            assertEquals(List.of(), pipeline.run(reparsed, "Dockerfile", Map.of()).changes(), "a second run changes nothing");
        });
    }
}
