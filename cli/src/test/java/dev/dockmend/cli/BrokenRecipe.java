package dev.dockmend.cli;

import dev.dockmend.recipe.RecipeContext;
import dev.dockmend.recipe.RecipeResult;
import dev.dockmend.testing.TestRecipe;
import dev.dockmend.tree.Dockerfile;

/**
 * A recipe with bugs, for {@code ProgramIT}: put on the class path of a real {@code dockmend} process (with
 * a service file naming it, which only that test writes), it makes the internal errors the program must
 * report without a stack trace unless {@code --verbose}: an exception ({@code recipes} asks its summary)
 * and an error ({@code check} runs it).
 */
public final class BrokenRecipe extends TestRecipe {
    public BrokenRecipe() {
        super("broken-on-purpose");
    }

    @Override
    public String summary() {
        throw new IllegalStateException("a summary broken on purpose");
    }

    @Override
    public RecipeResult apply(Dockerfile file, RecipeContext context) {
        throw new AssertionError("a recipe broken on purpose");
    }
}
