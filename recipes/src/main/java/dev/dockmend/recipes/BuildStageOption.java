package dev.dockmend.recipes;

import dev.dockmend.recipe.RecipeContext;
import dev.dockmend.recipe.RecipeOption;

/**
 * The {@code build-stages} option of the size recipes (merge-run-layers, clean-package-cache): by default they
 * leave build stages alone ({@link dev.dockmend.tree.view.ShippedStages}), whose layers are not in the image;
 * a file whose other stages are built as images too ({@code docker build --target}) turns it on.
 */
public final class BuildStageOption {
    public static final String NAME = "build-stages";

    private BuildStageOption() {
    }

    /** The option, whose description ends with what the recipe does there ("merge their RUNs"). */
    public static RecipeOption of(String what) {
        return new RecipeOption(NAME, RecipeOption.Type.BOOLEAN, "false", "Also " + what + " in build stages (stages the "
                + "last stage is not built on), whose layers are not in the image: for files whose other stages are built "
                + "as images with --target.");
    }

    /** Whether the recipe acts in build stages too. */
    public static boolean on(RecipeContext context) {
        return context.booleanOption(NAME);
    }
}
