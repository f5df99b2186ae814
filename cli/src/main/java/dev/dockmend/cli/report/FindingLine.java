package dev.dockmend.cli.report;

import dev.dockmend.recipe.Finding;

/**
 * A finding as one plain line for standard error, {@code FILE:LINE:COLUMN: RECIPE: finding: REASON;
 * SUGGESTION}: where the output on standard output has to stay a patch ({@code fix}) or the file itself
 * ({@code fix -}), findings are still told, there.
 */
public final class FindingLine {
    private FindingLine() {
    }

    public static String of(String file, Finding finding) {
        return file + ":" + finding.line() + ":" + finding.column() + ": " + finding.recipe()
                + ": finding: " + finding.reason() + "; " + finding.suggestion();
    }
}
