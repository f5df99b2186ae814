package dev.dockmend.cli.run;

import java.util.List;
import java.util.Optional;

import dev.dockmend.fix.QuickFix;
import dev.dockmend.tree.Dockerfile;

/**
 * The quick fixes of one file under its plan: each change of the run with its own edits, then the fix of all
 * of them ({@link dev.dockmend.fix.QuickFixes}); next to the outcome of the run (for its findings and errors)
 * and the file's tree as parsed (empty when the run failed). Shared by {@code actions}, which lists them, and
 * {@code apply}, which applies one.
 */
public record FileFixes(Outcome outcome, Optional<Dockerfile> input, List<QuickFix> fixes) {
    public FileFixes {
        fixes = List.copyOf(fixes);
    }

    public static FileFixes of(Source source, Planner planner) {
        Mender.Mending mending = new Mender(planner).mendKeepingInput(source);
        List<QuickFix> fixes = mending.outcome() instanceof Outcome.Mended mended ? mended.quickFixes() : List.of();
        return new FileFixes(mending.outcome(), mending.input(), fixes);
    }
}
