package dev.dockmend.cli.report;

import java.util.List;

import dev.dockmend.cli.run.Outcome;
import dev.dockmend.recipe.Finding;
import dev.dockmend.recipe.Severity;

/** Counts over a run's outcomes. {@code findings} is {@code warnings} plus {@code infos}. */
public record Summary(int files, int changedFiles, int changes, int findings, int warnings, int infos, int failedFiles) {
    public static Summary of(List<Outcome> outcomes) {
        int changed = 0;
        int changes = 0;
        int warnings = 0;
        int infos = 0;
        int failed = 0;
        for (Outcome outcome : outcomes) {
            if (outcome instanceof Outcome.Mended mended) {
                changed += mended.changed() ? 1 : 0;
                changes += mended.changes().size();
                for (Finding finding : mended.findings()) {
                    if (finding.severity() == Severity.WARNING) {
                        warnings++;
                    } else {
                        infos++;
                    }
                }
            } else {
                failed++;
            }
        }
        return new Summary(outcomes.size(), changed, changes, warnings + infos, warnings, infos, failed);
    }

    /** "3 files: 1 would change (2 changes), 3 findings (1 warning, 2 info), 0 files with errors". */
    public String describe(String verb) {
        String bySeverity = findings == 0 ? "" : " (" + plural(warnings, "warning") + ", " + infos + " info)";
        return plural(files, "file") + ": " + changedFiles + " " + verb + " (" + plural(changes, "change") + "), "
                + plural(findings, "finding") + bySeverity + ", " + plural(failedFiles, "file") + " with errors";
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
