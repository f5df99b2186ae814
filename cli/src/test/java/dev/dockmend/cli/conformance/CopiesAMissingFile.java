package dev.dockmend.cli.conformance;

import dev.dockmend.Dockerfiles;
import dev.dockmend.recipe.Change;
import dev.dockmend.recipe.LineRange;
import dev.dockmend.recipe.RecipeContext;
import dev.dockmend.recipe.RecipeResult;
import dev.dockmend.recipe.Safety;
import dev.dockmend.testing.TestRecipe;
import dev.dockmend.tree.Dockerfile;

import java.util.List;

/**
 * A recipe with a bug on purpose, for the conformance run over build contexts: it ends every file with
 * {@code COPY missing.txt /} (once: a second run changes nothing), whatever the context holds. The run
 * must catch it, in-process and in the packaged program (with a service file naming it).
 */
public final class CopiesAMissingFile extends TestRecipe {
    static final String LINE = "COPY missing.txt /\n";

    public CopiesAMissingFile() {
        super("copies-a-missing-file");
    }

    @Override
    public RecipeResult apply(Dockerfile file, RecipeContext context) {
        String text = Dockerfiles.print(file);
        if (text.endsWith(LINE) || !text.endsWith("\n")) {
            return RecipeResult.unchanged(file);
        }
        Dockerfile after = Dockerfiles.parse(text + LINE).orThrow("output");
        int last = (int) text.lines().count() + 1;
        return new RecipeResult(after, List.of(new Change(id(), new LineRange(last - 1, last - 1), new LineRange(last - 1, last),
                "copied missing.txt", Safety.SAFE)), List.of());
    }
}
