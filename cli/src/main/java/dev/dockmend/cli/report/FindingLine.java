package dev.dockmend.cli.report;

import dev.dockmend.recipe.Finding;
import dev.dockmend.recipe.Severity;

/**
 * A finding as one line of text, {@code FILE:LINE:COLUMN: RECIPE: SEVERITY: REASON; SUGGESTION}: in the
 * text report, and on standard error where the output on standard output has to stay a patch ({@code fix})
 * or the file itself ({@code fix -}). The {@code FILE:LINE:COLUMN} prefix is what terminals and editors turn
 * into links; the severity ({@code warning} or {@code info}) is the word after the recipe, where scripts and
 * problem matchers find it.
 */
public final class FindingLine {
    private FindingLine() {
    }

    /** The plain line, for standard error. */
    public static String of(String file, Finding finding) {
        return of(file, finding, Colors.NONE);
    }

    /** The line in {@code colors}: the place bold, the recipe cyan, a warning yellow. */
    static String of(String file, Finding finding, Colors colors) {
        String severity = finding.severity().label();
        return colors.bold(file + ":" + finding.line() + ":" + finding.column()) + ": " + colors.cyan(finding.recipe().value())
                + ": " + (finding.severity() == Severity.WARNING ? colors.yellow(severity) : severity) + ": " + finding.reason()
                + "; " + finding.suggestion();
    }
}
