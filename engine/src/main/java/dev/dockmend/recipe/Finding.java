package dev.dockmend.recipe;

import java.util.Objects;

/**
 * Something a recipe saw but did not change: where, how much it matters ({@link Severity}: a problem to
 * fix by hand, or why the recipe left the instruction alone), why, and what the user can do.
 */
public record Finding(RecipeId recipe, int line, int column, Severity severity, String reason, String suggestion) {
    public Finding {
        Objects.requireNonNull(recipe, "recipe is null");
        Objects.requireNonNull(severity, "severity is null");
        Objects.requireNonNull(reason, "reason is null");
        Objects.requireNonNull(suggestion, "suggestion is null");
    }

    /** The same finding on another line (of the file before earlier recipes changed it). */
    public Finding atLine(int other) {
        return other == line ? this : new Finding(recipe, other, column, severity, reason, suggestion);
    }
}
