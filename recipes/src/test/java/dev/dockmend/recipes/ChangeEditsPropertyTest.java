package dev.dockmend.recipes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import dev.dockmend.Dockerfiles;
import dev.dockmend.fix.ChangeEdits;
import dev.dockmend.fix.TextEdit;
import dev.dockmend.parse.ParseResult;
import dev.dockmend.recipe.Change;
import dev.dockmend.recipe.Pipeline;
import dev.dockmend.recipe.RecipeCatalog;
import dev.dockmend.testing.TestData;
import dev.dockmend.tree.Dockerfile;

/**
 * For every Dockerfile of testdata/ and of the shared corpus (when it is there) that all recipes change: the
 * edits of all changes make the run's output; each change's edits, applied alone to the input, give a file that
 * parses; and where a change is independent, running the recipes on that file makes the other changes, to the
 * same output.
 */
class ChangeEditsPropertyTest {
    private static final Pipeline PIPELINE = new Pipeline(RecipeCatalog.load().all());

    @Test
    void testdataFiles() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(TestData.root())) {
            files = walk.filter(p -> p.getFileName().toString().equals("Dockerfile")).sorted().toList();
        }
        assertTrue(check(files) > 50, "testdata should hold many files the recipes change");
    }

    @Test
    void corpusFiles() throws IOException {
        Optional<Path> corpus = TestData.corpus();
        Assumptions.assumeTrue(corpus.isPresent(), "no ../shared/corpus here");
        List<Path> files;
        try (Stream<Path> list = Files.list(corpus.get())) {
            files = list.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".result")).sorted().toList();
        }
        int changed = check(files);
        // 291 since the size recipes leave build stages alone (issue 15); 340 before
        assertTrue(changed > 250, "the corpus should hold hundreds of files the recipes change, not " + changed);
    }

    /** Checks every file the recipes change; returns how many that was. */
    private static int check(List<Path> files) throws IOException {
        int changed = 0;
        List<String> problems = new ArrayList<>();
        for (Path path : files) {
            Optional<Dockerfile> input = TestData.buildable(Files.readAllBytes(path));
            if (input.isEmpty()) {
                continue;
            }
            Pipeline.Result result = PIPELINE.run(input.get(), "Dockerfile", Map.of());
            if (!result.changed()) {
                continue;
            }
            changed++;
            check(path, input.get(), result, problems);
        }
        assertEquals(List.of(), problems);
        return changed;
    }

    private static void check(Path path, Dockerfile input, Pipeline.Result result, List<String> problems) {
        String text = Dockerfiles.print(input);
        String output = Dockerfiles.print(result.after());
        ChangeEdits edits = ChangeEdits.of(result);
        if (!TextEdit.apply(text, edits.all()).equals(output)) {
            problems.add(path + ": the edits of all changes do not make the output");
        }
        for (ChangeEdits.Edited edited : edits.changes()) {
            String alone = TextEdit.apply(text, edited.edits());
            ParseResult parsed = Dockerfiles.parse(alone);
            if (!parsed.ok()) {
                problems.add(path + ": " + edited.id() + " alone does not parse: " + parsed.firstError().orElseThrow().message());
                continue;
            }
            if (!edited.independent()) {
                continue;
            }
            Pipeline.Result rest = PIPELINE.run(parsed.tree().orElseThrow(), "Dockerfile", Map.of());
            if (!Dockerfiles.print(rest.after()).equals(output)) {
                problems.add(path + ": after " + edited.id() + " alone, the recipes do not make the same output");
            } else if (!recipes(rest.changes()).equals(othersThan(edited, result.changes()))) {
                problems.add(path + ": after " + edited.id() + " alone, the recipes make " + recipes(rest.changes())
                        + ", not the other changes " + othersThan(edited, result.changes()));
            }
        }
    }

    /** The recipes of the changes, sorted: the second run's changes sit on other lines. */
    private static List<String> recipes(List<Change> changes) {
        List<String> recipes = new ArrayList<>();
        changes.forEach(change -> recipes.add(change.recipe().value()));
        recipes.sort(null);
        return recipes;
    }

    private static List<String> othersThan(ChangeEdits.Edited edited, List<Change> changes) {
        List<String> recipes = recipes(changes);
        recipes.remove(edited.change().recipe().value());
        return recipes;
    }

}
