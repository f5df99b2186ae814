package dev.dockmend.recipes;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.dockmend.Dockerfiles;
import dev.dockmend.context.BuildContext;
import dev.dockmend.context.BuildContexts;
import dev.dockmend.diff.UnifiedDiff;
import dev.dockmend.recipe.Change;
import dev.dockmend.recipe.Finding;
import dev.dockmend.recipe.Pipeline;
import dev.dockmend.recipe.Recipe;
import dev.dockmend.recipe.RecipeCatalog;
import dev.dockmend.testing.ExactApproval;
import dev.dockmend.testing.TestData;
import dev.dockmend.tree.Dockerfile;

/**
 * For every recipe, every folder of {@code testdata/<recipe-id>/}: the recipe's output, its unified
 * diff and its changes and findings equal the approved files byte for byte; the output parses; and a
 * second run changes nothing. A declining case approves an output equal to its input, with the
 * finding that says why. A case with a {@code context/} folder runs with it as the Dockerfile's build
 * context, as if the Dockerfile were {@code context/Dockerfile} (so {@code context/Dockerfile.dockerignore}
 * is its own ignore file), or {@code context/PATH} when {@code case.json} says {@code "dockerfile": "PATH"}
 * (a Dockerfile in a subfolder of its context, as a compose file builds it: the cli's ComposeCasesTest
 * checks that the compose files of such a context find it); a case without one runs with no build
 * context, as {@code fix -} does.
 */
class RecipeCasesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicContainer> everyRecipeCase() {
        return RecipeCatalog.load().all().stream().map(recipe -> {
            List<Path> cases;
            try {
                cases = TestData.cases(recipe.id().value());
            } catch (IOException e) {
                throw new AssertionError("no testdata/" + recipe.id() + "/ folder: every recipe needs approval cases", e);
            }
            return DynamicContainer.dynamicContainer(recipe.id().value(), cases.stream().map(folder ->
                    DynamicTest.dynamicTest(folder.getFileName().toString(), () -> verify(recipe, folder))));
        });
    }

    static void verify(Recipe recipe, Path folder) throws IOException {
        byte[] input = Files.readAllBytes(folder.resolve("Dockerfile"));
        Dockerfile before = Dockerfiles.parse(input).orThrow(folder.resolve("Dockerfile").toString());
        Map<String, Map<String, String>> options = Map.of(recipe.id().value(), options(folder));
        Pipeline pipeline = new Pipeline(List.of(recipe));
        java.util.Optional<BuildContext> context = buildContext(folder);
        java.util.function.Supplier<java.util.Optional<BuildContext>> buildContext = () -> context;
        Pipeline.Result result = pipeline.run(before, "Dockerfile", options, buildContext);
        byte[] output = Dockerfiles.toBytes(result.after());

        String patch = UnifiedDiff.of("Dockerfile", Dockerfiles.print(before), Dockerfiles.print(result.after()),
                UnifiedDiff.DEFAULT_CONTEXT);
        // All three are written before any failure is raised, so a review sees the whole case.
        assertAll(
                () -> ExactApproval.verify(folder, "after", "Dockerfile", output),
                () -> ExactApproval.verify(folder, "patch", "diff", patch),
                () -> ExactApproval.verify(folder, "changes", "txt", describe(result.changes(), result.findings())));

        Dockerfile reparsed = Dockerfiles.parse(output).orThrow("output of " + folder);
        Pipeline.Result again = pipeline.run(reparsed, "Dockerfile", options, buildContext);
        assertEquals(List.of(), again.changes(), "a second run must change nothing");
        assertSame(reparsed, again.after(), "a second run must return the same tree");
        assertTrue(result.changed() == !result.changes().isEmpty(), "a changed tree needs changes that say why");
    }

    /** The case's build context: its {@code context/} folder, if it has one. */
    static java.util.Optional<BuildContext> buildContext(Path folder) throws IOException {
        Path context = folder.resolve("context");
        if (!Files.isDirectory(context)) {
            return java.util.Optional.empty();
        }
        return BuildContexts.fromDockerfileFolders().forDockerfileIn(context.resolve(dockerfilePlace(folder)), context);
    }

    /** Where the case's Dockerfile stands in its context: {@code case.json}'s {@code dockerfile}, else {@code Dockerfile}. */
    static String dockerfilePlace(Path folder) throws IOException {
        return caseJson(folder).path("dockerfile").asText("Dockerfile");
    }

    static Map<String, String> options(Path folder) throws IOException {
        Map<String, String> options = new HashMap<>();
        caseJson(folder).path("options").fields().forEachRemaining(e -> options.put(e.getKey(), e.getValue().asText()));
        return options;
    }

    private static JsonNode caseJson(Path folder) throws IOException {
        Path file = folder.resolve("case.json");
        return Files.exists(file) ? JSON.readTree(file.toFile()) : JSON.createObjectNode();
    }

    static String describe(List<Change> changes, List<Finding> findings) {
        List<String> lines = new ArrayList<>();
        for (Change change : changes) {
            lines.add("change " + change.recipe() + " lines " + change.before() + " -> " + change.after() + " ("
                    + change.safety().label() + "): " + change.reason());
        }
        for (Finding finding : findings) {
            lines.add("finding " + finding.recipe() + " " + finding.line() + ":" + finding.column() + " ("
                    + finding.severity().label() + "): " + finding.reason() + " | " + finding.suggestion());
        }
        return lines.isEmpty() ? "no changes, no findings\n" : String.join("\n", lines) + "\n";
    }
}
