package dev.dockmend.recipes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.dockmend.recipe.Recipe;
import dev.dockmend.recipe.RecipeCatalog;

class RecipeCatalogTest {
    private final List<Recipe> recipes = RecipeCatalog.load().all();

    @Test
    void serviceLoaderFindsTheRecipesInTheirDocumentedOrder() {
        assertEquals(List.of("convert-to-multi-stage", "add-non-root-user", "reorder-copy-for-cache", "add-healthcheck", "merge-run-layers", "clean-package-cache",
                "exec-form-cmd", "maintainer-to-label"),
                recipes.stream().map(r -> r.id().value()).toList());
    }

    @Test
    void everyRecipeDescribesItself() {
        for (Recipe recipe : recipes) {
            String id = recipe.id().value();
            assertFalse(recipe.summary().endsWith("."), id + ": a summary is a phrase without a period");
            assertTrue(Character.isUpperCase(recipe.summary().charAt(0)), id + ": a summary starts with a capital");
            assertTrue(recipe.rationale().matches("(?s).*https://\\S+$"), id + ": a rationale ends with a link");
        }
    }
}
