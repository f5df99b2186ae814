package dev.dockmend.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.dockmend.Dockerfiles;
import dev.dockmend.recipe.Change;
import dev.dockmend.recipe.Pipeline;
import dev.dockmend.recipe.Recipe;
import dev.dockmend.tree.Dockerfile;

/**
 * The quick fixes of a file: each recipe runs alone on the file as it is, and each of its changes
 * becomes one fix holding only the edits inside that change's lines. So a fix does what its title
 * says and nothing else, and fixes of different recipes do not depend on each other.
 */
public final class QuickFixes {
    private QuickFixes() {
    }

    /** Every fix of {@code file}, recipe by recipe in run order, then by line. */
    public static List<QuickFix> of(Dockerfile file, String path, List<Recipe> recipes, Map<String, Map<String, String>> options) {
        return of(file, path, recipes, options, false);
    }

    /** @param safeOnly whether only {@code safe} changes may be offered ({@code --safe-only}) */
    public static List<QuickFix> of(Dockerfile file, String path, List<Recipe> recipes, Map<String, Map<String, String>> options,
                                    boolean safeOnly) {
        String before = Dockerfiles.print(file);
        List<QuickFix> fixes = new ArrayList<>();
        for (Recipe recipe : recipes) {
            Pipeline.Result result = new Pipeline(List.of(recipe), safeOnly).run(file, path, options);
            if (!result.changed()) {
                continue;
            }
            TextEdits fileEdits = TextEdits.of(before, Dockerfiles.print(result.after()));
            for (Change change : result.changes()) {
                List<TextEdit> edits = fileEdits.within(change.before());
                if (!edits.isEmpty()) {
                    fixes.add(new QuickFix(recipe.id() + ":" + change.before().start(), recipe.id(), change.reason(),
                            change.safety(), change.before(), edits));
                }
            }
        }
        return fixes;
    }
}
