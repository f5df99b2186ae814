package dev.dockmend.fix;

import java.util.List;
import java.util.Optional;

import dev.dockmend.recipe.LineRange;
import dev.dockmend.recipe.RecipeId;
import dev.dockmend.recipe.Safety;

/**
 * One fix an editor can offer, as text edits of the file it was computed on: one change of the run ({@link
 * ChangeEdits}), or all of them ({@link QuickFixes#FIX_ALL}, no recipe). {@code id} ({@code recipe:line}, or
 * {@code fix-all}) is stable for the same file and recipes, so an editor can list fixes, then ask for one by
 * id. {@code requires} names the fixes this one's edits make too (see {@link ChangeEdits.Edited#requires()}).
 */
public record QuickFix(String id, Optional<RecipeId> recipe, String title, Safety safety, LineRange lines, List<TextEdit> edits,
                       List<String> requires) {
    public QuickFix {
        edits = List.copyOf(edits);
        requires = List.copyOf(requires);
    }

    /** Whether the fix concerns 1-based {@code line}. */
    public boolean covers(int line) {
        return line >= lines.start() && line <= lines.end();
    }

    /** Whether this is the fix of every change. */
    public boolean fixesAll() {
        return recipe.isEmpty();
    }
}
