package dev.dockmend.recipe;

import java.util.Objects;
import java.util.Optional;

/**
 * One change a recipe made: which recipe, the lines it replaced in the input and the lines that
 * replace them in the output, why (in plain words), and how safe it is. Changes of one recipe with the same
 * {@code tie} were decided together: one is made only because the others are (two MAINTAINERs of a stage
 * become labels only while the stage has no label), so they are offered as one fix
 * ({@code dev.dockmend.fix.ChangeEdits}).
 */
public record Change(RecipeId recipe, LineRange before, LineRange after, String reason, Safety safety, Optional<String> tie) {
    public Change {
        Objects.requireNonNull(recipe, "recipe is null");
        Objects.requireNonNull(before, "before is null");
        Objects.requireNonNull(after, "after is null");
        Objects.requireNonNull(reason, "reason is null");
        Objects.requireNonNull(safety, "safety is null");
        Objects.requireNonNull(tie, "tie is null");
    }

    /** A change decided on its own. */
    public Change(RecipeId recipe, LineRange before, LineRange after, String reason, Safety safety) {
        this(recipe, before, after, reason, safety, Optional.empty());
    }

    /** The same change in other lines (of the run's input and output, when a pipeline reports it). */
    public Change at(LineRange newBefore, LineRange newAfter) {
        return new Change(recipe, newBefore, newAfter, reason, safety, tie);
    }
}
