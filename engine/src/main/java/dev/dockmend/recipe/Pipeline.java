package dev.dockmend.recipe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.dockmend.Dockerfiles;
import dev.dockmend.parse.ParseResult;
import dev.dockmend.style.FileStyle;
import dev.dockmend.tree.Dockerfile;

/**
 * Applies recipes in order, each to the previous one's result, in one pass. After each recipe that
 * changed something the output is printed and parsed again: it must parse, to the same tree. If not,
 * the recipe has a bug and the pipeline refuses to emit anything ({@link RecipeBugException}).
 */
public final class Pipeline {
    private final List<Recipe> recipes;

    public Pipeline(List<Recipe> recipes) {
        this.recipes = List.copyOf(recipes);
    }

    /** The outcome for one file. */
    public record Result(Dockerfile before, Dockerfile after, List<Change> changes, List<Finding> findings) {
        public boolean changed() {
            return before != after;
        }
    }

    /**
     * @param options option values per recipe id, e.g. {@code {"exec-form-cmd": {"entrypoint": "false"}}}
     */
    public Result run(Dockerfile file, String path, Map<String, Map<String, String>> options) {
        Dockerfile current = file;
        List<Change> changes = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Recipe recipe : recipes) {
            Suppressions suppressions = Suppressions.of(current);
            if (suppressions.suppressesFile(recipe)) {
                continue;
            }
            RecipeContext context = new RecipeContext(path, FileStyle.of(current), options.getOrDefault(recipe.id().value(), Map.of()),
                    suppressions, recipe);
            RecipeResult result = recipe.apply(current, context);
            if (result.after() != current) {
                verify(recipe, result.after());
                current = result.after();
            }
            changes.addAll(result.changes());
            findings.addAll(result.findings());
        }
        return new Result(file, current, changes, findings);
    }

    private static void verify(Recipe recipe, Dockerfile output) {
        ParseResult reparsed = Dockerfiles.parse(Dockerfiles.print(output));
        if (!reparsed.ok() || !reparsed.tree().orElseThrow().equals(output)) {
            throw new RecipeBugException(recipe.id(), reparsed.firstError()
                    .map(d -> "its output does not parse: " + d.format("output"))
                    .orElse("its output parses to a different tree than the one it built"));
        }
    }

    /** A recipe produced output that does not parse back to itself; nothing is written. */
    public static final class RecipeBugException extends RuntimeException {
        public RecipeBugException(RecipeId recipe, String problem) {
            super("recipe " + recipe + " is broken: " + problem);
        }
    }
}
