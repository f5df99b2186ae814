package dev.dockmend.recipe;

import java.util.Objects;

/**
 * A problem a recipe saw but would not fix, because it could not prove the fix safe: where, why,
 * and what the user can do.
 */
public record Finding(RecipeId recipe, int line, int column, String reason, String suggestion) {
    public Finding {
        Objects.requireNonNull(recipe, "recipe is null");
        Objects.requireNonNull(reason, "reason is null");
        Objects.requireNonNull(suggestion, "suggestion is null");
    }
}
