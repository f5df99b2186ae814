package dev.dockmend.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.dockmend.recipe.LineRange;
import dev.dockmend.recipe.Pipeline;
import dev.dockmend.recipe.Safety;

/**
 * The quick fixes of a file: one per change of the run, with that change's own edits ({@link ChangeEdits}), so
 * a fix does what its title says; then, when there is any, one that makes every change at once, whose result is
 * the output of {@code dockmend fix}.
 */
public final class QuickFixes {
    /** The id of the fix of every change. */
    public static final String FIX_ALL = "fix-all";

    private QuickFixes() {
    }

    /** The fixes of a run: by first line, then the fix of all of them. */
    public static List<QuickFix> of(Pipeline.Result result) {
        ChangeEdits changeEdits = ChangeEdits.of(result);
        List<QuickFix> fixes = new ArrayList<>();
        Safety safety = Safety.SAFE;
        int first = Integer.MAX_VALUE;
        int last = 0;
        for (ChangeEdits.Edited edited : changeEdits.changes()) {
            if (edited.edits().isEmpty()) {
                continue;
            }
            var change = edited.change();
            fixes.add(new QuickFix(edited.id(), Optional.of(change.recipe()), change.reason(), change.safety(), change.before(),
                    edited.edits(), edited.requires()));
            safety = change.safety() == Safety.REVIEW ? Safety.REVIEW : safety;
            first = Math.min(first, change.before().start());
            last = Math.max(last, change.before().end());
        }
        if (!fixes.isEmpty()) {
            fixes.add(new QuickFix(FIX_ALL, Optional.empty(), "Apply all " + fixes.size() + " fixes of this file (as `dockmend fix` does)",
                    safety, new LineRange(first, last), changeEdits.all(), List.of()));
        }
        return fixes;
    }
}
