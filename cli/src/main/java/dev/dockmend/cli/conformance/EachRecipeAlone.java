package dev.dockmend.cli.conformance;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.dockmend.recipe.Recipe;

/**
 * Every recipe run alone over the same inputs, as the conformance run does on the corpus and on the build
 * contexts: each alone must keep the run's invariants (its output parses again, a second run changes
 * nothing, and the {@link RecipeCorpusRun.OutputCheck}s hold), and the run prints, per recipe, the files
 * it changed (and how many with a {@code review} change), declined (no change, a finding that says why)
 * and found nothing to do in, with its findings grouped by {@link FindingKind}. Alone, a recipe is judged
 * on the input as written, not on what the recipes before it made of it.
 */
public final class EachRecipeAlone {
    private EachRecipeAlone() {
    }

    /**
     * Runs each of {@code recipes} alone over {@code inputs}, prints its line and its findings by kind to
     * {@code out} under an {@code each recipe alone:} heading, and returns the broken invariants, each
     * prefixed with the recipe's id.
     */
    public static List<String> run(RecipeCorpusRun.Inputs inputs, List<Recipe> recipes, List<RecipeCorpusRun.OutputCheck> checks,
                                   PrintWriter out) throws IOException {
        List<RecipeCorpusRun.Input> listed = inputs.list();
        List<String> failures = new ArrayList<>();
        out.println("each recipe alone:");
        for (Recipe recipe : recipes) {
            String id = recipe.id().value();
            RecipeCorpusRun.Report alone = new RecipeCorpusRun(() -> listed, List.of(recipe), checks).run();
            failures.addAll(alone.failures().stream().map(f -> id + ": " + f).toList());
            RecipeCorpusRun.RecipeFiles files = alone.byRecipe().get(id);
            out.printf(Locale.ROOT, "  %s: %d changed (%d review), %d declined, %d not applicable%n", id, files.changed(), files.review(),
                    files.declined(), files.notApplicable());
            files.findingsByKind().entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .forEach(kind -> out.printf(Locale.ROOT, "      %d with %s%n", kind.getValue(), kind.getKey()));
        }
        return failures;
    }
}
