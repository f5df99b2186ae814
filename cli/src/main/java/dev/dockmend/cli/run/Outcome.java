package dev.dockmend.cli.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.dockmend.Dockerfiles;
import dev.dockmend.diff.UnifiedDiff;
import dev.dockmend.fix.TextEdits;
import dev.dockmend.recipe.Change;
import dev.dockmend.recipe.Finding;
import dev.dockmend.recipe.Pipeline;
import dev.dockmend.tree.Dockerfile;

/** What became of one file: recipes ran on it ({@link Mended}), or it could not be read or parsed ({@link Failed}). */
public sealed interface Outcome {
    Source source();

    /**
     * The recipes ran: their changes and findings, and for a file they changed, its {@link Rewrite}. An
     * unchanged file keeps no tree: a batch holds every outcome until its report is written, and the trees
     * of thousands of files would fill the heap (and make every young collection copy them).
     */
    record Mended(Source source, List<Change> changes, List<Finding> findings, Optional<Rewrite> rewrite) implements Outcome {
        public Mended {
            changes = List.copyOf(changes);
            findings = List.copyOf(findings);
        }

        public static Mended of(Source source, Pipeline.Result result) {
            Optional<Rewrite> rewrite = result.changed() ? Optional.of(new Rewrite(result.before(), result.after())) : Optional.empty();
            return new Mended(source, result.changes(), result.findings(), rewrite);
        }

        public boolean changed() {
            return rewrite.isPresent();
        }

        /** The changes sorted by their first line in the input (the run lists them recipe by recipe). */
        public List<Change> changesInLineOrder() {
            List<Change> sorted = new ArrayList<>(changes);
            sorted.sort((a, b) -> Integer.compare(a.before().start(), b.before().start())); // not comparingInt: see RecipeCatalog
            return sorted;
        }

        /** The unified diff of the rewrite; empty when the file is unchanged. */
        public String diff(int context) {
            return rewrite.map(r -> UnifiedDiff.of(source.name(), r.inputText(), r.outputText(), context)).orElse("");
        }

        /** The whole-line edits of the rewrite; none when the file is unchanged. */
        public TextEdits edits() {
            return rewrite.map(r -> TextEdits.of(r.inputText(), r.outputText())).orElse(TextEdits.NONE);
        }
    }

    /** A changed file's trees before and after the recipes. Texts are printed on demand: a check prints none. */
    record Rewrite(Dockerfile input, Dockerfile output) {
        public String inputText() {
            return Dockerfiles.print(input);
        }

        public String outputText() {
            return Dockerfiles.print(output);
        }

        /** The output in the file's own encoding (BOM included). */
        public byte[] outputBytes() {
            return Dockerfiles.toBytes(output);
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
