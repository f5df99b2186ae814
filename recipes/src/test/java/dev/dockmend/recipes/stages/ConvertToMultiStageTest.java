package dev.dockmend.recipes.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.dockmend.Dockerfiles;
import dev.dockmend.context.BuildContext;
import dev.dockmend.context.BuildContexts;
import dev.dockmend.recipe.Pipeline;
import dev.dockmend.recipe.Recipe;
import dev.dockmend.recipe.RecipeCatalog;
import dev.dockmend.testing.TestData;
import dev.dockmend.tree.Dockerfile;

/**
 * The recipe's approval cases, beyond their approved files: every converted output has the shape of a multi-stage
 * build ({@link MultiStageShape}); each other recipe, run on it, is idempotent; and the whole catalog run twice on
 * the input changes nothing the second time.
 */
class ConvertToMultiStageTest {

    private static List<Path> cases() throws IOException {
        return TestData.cases("convert-to-multi-stage");
    }

    private static Optional<BuildContext> context(Path folder) {
        Path context = folder.resolve("context");
        return Files.isDirectory(context) ? new BuildContexts(Optional.of(context)).forDockerfile(context.resolve("Dockerfile"))
                : Optional.empty();
    }

    @Test
    void everyConvertedCaseHasTheShapeOfAMultiStageBuild() throws IOException {
        List<String> problems = new ArrayList<>();
        int converted = 0;
        for (Path folder : cases()) {
            byte[] input = Files.readAllBytes(folder.resolve("Dockerfile"));
            byte[] output = Files.readAllBytes(folder.resolve("after.approved.Dockerfile"));
            if (java.util.Arrays.equals(input, output)) {
                continue;
            }
            converted++;
            for (String problem : MultiStageShape.problems(Dockerfiles.parse(output).orThrow(folder.toString()))) {
                problems.add(folder.getFileName() + ": " + problem);
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(converted >= 10, "the cases convert " + converted + " files");
    }

    @Test
    void theShapeCheckFindsAToolchainFinalStageAndACopyOfWhatNoStageWrites() {
        Dockerfile wrong = Dockerfiles.parse(("FROM golang:1.22 AS build\nWORKDIR /src\nRUN go build -o /bin/app .\n\n"
                + "FROM golang:1.22\nCOPY --from=build /bin/other /bin/other\nCOPY --from=nowhere /x /x\nCMD [\"/bin/app\"]\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).orThrow("test");
        assertEquals(List.of("the final stage runs on golang:1.22, a toolchain image (or one not known)",
                "stage build writes no /bin/other", "COPY --from=nowhere names no earlier stage",
                "the final stage's command uses none of [/bin/other]"), MultiStageShape.problems(wrong));
    }

    @Test
    void otherRecipesAreIdempotentOnEveryOutput() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path folder : cases()) {
            Dockerfile output = Dockerfiles.parse(Files.readAllBytes(folder.resolve("after.approved.Dockerfile"))).orThrow(folder.toString());
            for (Recipe recipe : RecipeCatalog.load().all()) {
                Pipeline alone = new Pipeline(List.of(recipe));
                Pipeline.Result once = alone.run(output, "Dockerfile", Map.of(), () -> context(folder));
                Dockerfile again = Dockerfiles.parse(Dockerfiles.toBytes(once.after())).orThrow(folder.toString());
                if (!alone.run(again, "Dockerfile", Map.of(), () -> context(folder)).changes().isEmpty()) {
                    problems.add(folder.getFileName() + ": " + recipe.id() + " changes its own output again");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theWholeCatalogTwiceChangesNothingTheSecondTime() throws IOException {
        List<String> problems = new ArrayList<>();
        Pipeline all = new Pipeline(RecipeCatalog.load().all());
        for (Path folder : cases()) {
            Dockerfile input = Dockerfiles.parse(Files.readAllBytes(folder.resolve("Dockerfile"))).orThrow(folder.toString());
            Pipeline.Result once = all.run(input, "Dockerfile", Map.of(), () -> context(folder));
            Dockerfile again = Dockerfiles.parse(Dockerfiles.toBytes(once.after())).orThrow(folder.toString());
            Pipeline.Result twice = all.run(again, "Dockerfile", Map.of(), () -> context(folder));
            if (!twice.changes().isEmpty()) {
                problems.add(folder.getFileName() + ": " + twice.changes());
            }
        }
        assertEquals(List.of(), problems);
    }
}
