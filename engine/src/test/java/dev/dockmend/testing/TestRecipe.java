package dev.dockmend.testing;

import dev.dockmend.recipe.Recipe;
import dev.dockmend.recipe.RecipeId;
import dev.dockmend.recipe.Safety;

/** A recipe for tests of the engine: an id, and the parts those tests do not care about. */
public abstract class TestRecipe implements Recipe {
    private final String name;

    protected TestRecipe(String name) {
        this.name = name;
    }

    @Override
    public RecipeId id() {
        return RecipeId.of(name);
    }

    @Override
    public String summary() {
        return "Test " + name;
    }

    @Override
    public String rationale() {
        return "test";
    }

    @Override
    public Safety safety() {
        return Safety.SAFE;
    }
}
