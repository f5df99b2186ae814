package dev.dockmend.cli.run;

import java.util.List;
import java.util.Optional;

import dev.dockmend.Dockerfiles;
import dev.dockmend.diff.UnifiedDiff;
import dev.dockmend.diff.TextDiff;
import dev.dockmend.fix.ChangeEdits;
import dev.dockmend.fix.QuickFix;
import dev.dockmend.fix.QuickFixes;
import dev.dockmend.recipe.Change;
import dev.dockmend.recipe.Finding;
import dev.dockmend.recipe.Pipeline;
import dev.dockmend.tree.Dockerfile;

/** What became of one file: recipes ran on it ({@link Mended}), or it could not be read or parsed ({@link Failed}). */
public sealed interface Outcome {
    Source source();

    /**
     * The recipes ran: their changes and findings, whether they changed the file, and for a changed file its
     * {@link Rewrite} until the batch lets it go ({@link #withoutRewrite}) once the command and the report
     * have taken what they need. A batch holds every outcome until its report is written, and the trees of
     * thousands of files would fill the heap (and make every young collection copy them).
     */
    record Mended(Source source, List<Change> changes, List<Finding> findings, boolean changed, Optional<Rewrite> rewrite)
            implements Outcome {
        public Mended {
            changes = List.copyOf(changes);
            findings = List.copyOf(findings);
            if (rewrite.isPresent() && !changed) {
                throw new IllegalArgumentException("an unchanged file has no rewrite");
            }
        }

        public static Mended of(Source source, Pipeline.Result result) {
            Optional<Rewrite> rewrite = result.changed() ? Optional.of(new Rewrite(result)) : Optional.empty();
            return new Mended(source, result.changes(), result.findings(), result.changed(), rewrite);
        }

        /** The same outcome without the trees, for a batch whose report no longer needs them. */
        public Mended withoutRewrite() {
            return rewrite.isEmpty() ? this : new Mended(source, changes, findings, changed, Optional.empty());
        }

        /** The unified diff of the rewrite; empty when the file is unchanged. */
        public String diff(int context) {
            return changed ? UnifiedDiff.of(source.name(), kept().diff(), context) : "";
        }

        /**
         * The rewrite as a patch of the file's own bytes, for {@code git apply} and {@code patch -p1}; empty when the
         * file is unchanged. Applied to the file it gives exactly {@link Rewrite#outputBytes}, whatever the
         * encoding: {@link #diff} is text, for the JSON and SARIF reports.
         */
        public Optional<UnifiedDiff.Patch> patch(int context) {
            return changed ? UnifiedDiff.patch(source.name(), kept().inputBytes(), kept().outputBytes(), kept().diff(), context) : Optional.empty();
        }

        /** Each change's own edits of the input; none when the file is unchanged. */
        public ChangeEdits changeEdits() {
            return changed ? ChangeEdits.of(kept().run()) : ChangeEdits.NONE;
        }

        /** The quick fixes: each change's edits, then all of them; none when the file is unchanged. */
        public List<QuickFix> quickFixes() {
            return changed ? QuickFixes.of(kept().run()) : List.of();
        }

        private Rewrite kept() {
            return rewrite.orElseThrow(() -> new IllegalStateException(source.name() + ": its rewrite was let go after the report took it"));
        }
    }

    /**
     * A changed file's run: its trees before and after the recipes, and each recipe's step between. Texts are
     * printed on demand: a check prints none.
     */
    record Rewrite(Pipeline.Result run) {
        public Dockerfile input() {
            return run.before();
        }

        public Dockerfile output() {
            return run.after();
        }

        /** The line diff of input and output, lined up at the instructions no recipe replaced. */
        public TextDiff diff() {
            return TextDiff.of(input(), output());
        }

        /** The input's bytes: the file as it was read (lossless). */
        public byte[] inputBytes() {
            return Dockerfiles.toBytes(input());
        }

        /** The output in the file's own encoding (BOM included). */
        public byte[] outputBytes() {
            return Dockerfiles.toBytes(output());
        }
    }

    /**
     * Nothing was done: {@code errors} are complete messages ({@code FILE:LINE:COLUMN: error: ...});
     * {@code exitCode} says whether the input (3) or dockmend (70) is at fault.
     */
    record Failed(Source source, List<String> errors, int exitCode) implements Outcome {
        public Failed {
            errors = List.copyOf(errors);
        }
    }
}
