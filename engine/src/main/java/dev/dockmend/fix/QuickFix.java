package dev.dockmend.fix;

import java.util.List;

import dev.dockmend.recipe.LineRange;
import dev.dockmend.recipe.RecipeId;
import dev.dockmend.recipe.Safety;

/**
 * One fix an editor can offer: exactly one change of one recipe, as text edits of the file it was
 * computed on. {@code id} ({@code recipe:line}) is stable for the same file and recipes, so an editor
 * can list fixes, then ask for one by id.
 */
public record QuickFix(String id, RecipeId recipe, String title, Safety safety, LineRange lines, List<TextEdit> edits) {
    public QuickFix {
        edits = List.copyOf(edits);
    }

    /** Whether the fix concerns 1-based {@code line}. */
    public boolean covers(int line) {
        return line >= lines.start() && line <= lines.end();
    }
}
