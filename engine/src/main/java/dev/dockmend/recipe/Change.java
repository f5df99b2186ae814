package dev.dockmend.recipe;

import java.util.Objects;

/**
 * One change a recipe made: which recipe, the lines it replaced in the input and the lines that
 * replace them in the output, why (in plain words), and how safe it is.
 */
public record Change(RecipeId recipe, LineRange before, LineRange after, String reason, Safety safety) {
    public Change {
        Objects.requireNonNull(recipe, "recipe is null");
        Objects.requireNonNull(before, "before is null");
        Objects.requireNonNull(after, "after is null");
        Objects.requireNonNull(reason, "reason is null");
        Objects.requireNonNull(safety, "safety is null");
    }
}
