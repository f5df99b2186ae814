package dev.dockmend.cli.run;

import java.util.List;
import java.util.Optional;

import dev.dockmend.fix.QuickFix;
import dev.dockmend.fix.QuickFixes;
import dev.dockmend.tree.Dockerfile;

/**
 * The quick fixes of one file under its plan, next to the outcome of the full run (for its findings
 * and errors) and the file's tree as parsed (empty when the run failed). Shared by {@code actions},
 * which lists them, and {@code apply}, which applies one.
 */
public record FileFixes(Outcome outcome, Optional<Dockerfile> input, List<QuickFix> fixes) {
    public FileFixes {
        fixes = List.copyOf(fixes);
    }

    public static FileFixes of(Source source, Planner planner) {
        Mender.Mending mending = new Mender(planner).mendKeepingInput(source);
        if (mending.input().isEmpty()) {
            return new FileFixes(mending.outcome(), Optional.empty(), List.of());
        }
        Dockerfile input = mending.input().get();
        try {
            RunPlan plan = planner.planFor(source.path());
            return new FileFixes(mending.outcome(), mending.input(), QuickFixes.of(input, source.name(), plan.recipes(), plan.options(),
                    plan.safeOnly()));
        } catch (Planner.PlanException e) {
            // mend() already planned this file successfully; plans are cached, so this cannot differ.
            throw new IllegalStateException(e);
        }
    }
}
