package dev.dockmend.cli;

import java.util.List;

import dev.dockmend.cli.run.Outcome;
import dev.dockmend.recipe.Finding;
import dev.dockmend.recipe.Severity;

/**
 * What makes {@code check} exit 1 ({@code --fail-on}). Each value fails on what the one after it fails
 * on and more. Files that cannot be read or parsed exit 3 whatever the value: a gate must not pass a file
 * it could not look at.
 */
enum FailOn {
    /** Only changes a recipe would make. */
    CHANGES,
    /** Changes, or findings that are warnings: problems a person should fix (the default). */
    WARNINGS,
    /** Changes, or any finding, info too. */
    INFO,
    /** Nothing: only errors fail. */
    NEVER;

    /** Whether one of the mended files fails the check. */
    boolean fails(List<Outcome> outcomes) {
        for (Outcome outcome : outcomes) {
            if (outcome instanceof Outcome.Mended mended && fails(mended)) {
                return true;
            }
        }
        return false;
    }

    private boolean fails(Outcome.Mended mended) {
        return switch (this) {
            case CHANGES -> mended.changed();
            case WARNINGS -> mended.changed() || hasWarning(mended.findings());
            case INFO -> mended.changed() || !mended.findings().isEmpty();
            case NEVER -> false;
        };
    }

    private static boolean hasWarning(List<Finding> findings) {
        for (Finding finding : findings) {
            if (finding.severity() == Severity.WARNING) {
                return true;
            }
        }
        return false;
    }
}
