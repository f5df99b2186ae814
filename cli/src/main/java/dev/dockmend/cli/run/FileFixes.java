package dev.dockmend.cli.run;

import java.util.List;

import dev.dockmend.fix.QuickFix;
import dev.dockmend.fix.QuickFixes;

/**
 * The quick fixes of one file under its plan, next to the outcome of the full run (for its findings
 * and errors). Shared by {@code actions}, which lists them, and {@code apply}, which applies one.
 */
public record FileFixes(Outcome outcome, List<QuickFix> fixes) {
    public FileFixes {
        fixes = List.copyOf(fixes);
    }

    public static FileFixes of(Source source, Planner planner) {
        Mender mender = new Mender(planner);
        Outcome outcome = mender.mend(source);
        if (!(outcome instanceof Outcome.Mended mended)) {
            return new FileFixes(outcome, List.of());
        }
        try {
            RunPlan plan = planner.planFor(source.path());
            return new FileFixes(outcome, QuickFixes.of(mended.result().before(), source.name(), plan.recipes(), plan.options(),
                    plan.safeOnly()));
        } catch (Planner.PlanException e) {
            // mend() already planned this file successfully; plans are cached, so this cannot differ.
            throw new IllegalStateException(e);
        }
    }
}
