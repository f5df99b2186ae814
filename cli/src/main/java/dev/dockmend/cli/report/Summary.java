package dev.dockmend.cli.report;

import java.util.List;

import dev.dockmend.cli.run.Outcome;

/** Counts over a run's outcomes. */
public record Summary(int files, int changedFiles, int changes, int findings, int failedFiles) {
    public static Summary of(List<Outcome> outcomes) {
        int changed = 0;
        int changes = 0;
        int findings = 0;
        int failed = 0;
        for (Outcome outcome : outcomes) {
            if (outcome instanceof Outcome.Mended mended) {
                changed += mended.changed() ? 1 : 0;
                changes += mended.changes().size();
                findings += mended.findings().size();
            } else {
                failed++;
            }
        }
        return new Summary(outcomes.size(), changed, changes, findings, failed);
    }

    /** "3 files: 1 would change (2 changes), 1 finding, 0 errors". */
    public String describe(String verb) {
        return plural(files, "file") + ": " + changedFiles + " " + verb + " (" + plural(changes, "change") + "), "
                + plural(findings, "finding") + ", " + plural(failedFiles, "file") + " with errors";
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
