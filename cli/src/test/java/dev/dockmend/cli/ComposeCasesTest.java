package dev.dockmend.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import dev.dockmend.context.ComposeContexts;
import dev.dockmend.recipe.Recipe;
import dev.dockmend.recipe.RecipeCatalog;
import dev.dockmend.testing.TestData;

/**
 * The approval cases whose {@code context/} holds a compose file (recipes' RecipeCasesTest runs them with
 * that folder as the context, the Dockerfile at the place {@code case.json} names): here the case is laid
 * out as a repository (the context as its root, the Dockerfile at its place) and {@code fix --verbose}
 * must find that context through the compose file, say so, and write the approved output.
 */
class ComposeCasesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> composeFilesFindTheContextOfTheirCases() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Recipe recipe : RecipeCatalog.load().all()) {
            String id = recipe.id().value();
            for (Path folder : TestData.cases(id)) {
                if (hasComposeFile(folder.resolve("context"))) {
                    tests.add(DynamicTest.dynamicTest(id + "/" + folder.getFileName(), () -> verify(id, folder)));
                }
            }
        }
        assertFalse(tests.isEmpty(), "no approval case has a compose file in its context");
        return tests.stream();
    }

    private static boolean hasComposeFile(Path context) throws IOException {
        if (!Files.isDirectory(context)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(context)) {
            return files.anyMatch(file -> ComposeContexts.FILE_NAMES.contains(file.getFileName().toString()));
        }
    }

    private void verify(String recipe, Path folder) throws IOException {
        Path repo = tmp.resolve(folder.getFileName().toString());
        Trees.copy(folder.resolve("context"), repo);
        Files.createDirectories(repo.resolve(".git"));
        JsonNode spec = Files.exists(folder.resolve("case.json")) ? JSON.readTree(folder.resolve("case.json").toFile()) : JSON.createObjectNode();
        String place = spec.path("dockerfile").asText("Dockerfile");
        Files.createDirectories(repo.resolve(place).getParent());
        Files.copy(folder.resolve("Dockerfile"), repo.resolve(place));
        List<String> args = new ArrayList<>(List.of("--verbose", "fix", "--write", "--recipe", recipe));
        spec.path("options").fields().forEachRemaining(option -> {
            args.add("--option");
            args.add(recipe + "." + option.getKey() + "=" + option.getValue().asText());
        });
        args.add(place);
        CliRun run = CliRun.in(repo, args.toArray(String[]::new));
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        String line = run.err().lines().filter(l -> l.startsWith(place + ": build context ")).findFirst().orElse("");
        assertTrue(line.startsWith(place + ": build context . (") && line.matches(".*compose\\.ya?ml services? \".*"),
                "a compose file gives the context, the case's own folder:\n" + run.err());
        assertArrayEquals(Files.readAllBytes(folder.resolve("after.approved.Dockerfile")), Files.readAllBytes(repo.resolve(place)),
                "the output differs from the approved one");
    }
}
