package dev.dockmend.cli.run;

import java.util.List;

import dev.dockmend.Dockerfiles;
import dev.dockmend.diff.UnifiedDiff;
import dev.dockmend.recipe.Change;
import dev.dockmend.recipe.Finding;
import dev.dockmend.recipe.Pipeline;

/** What became of one file: recipes ran on it ({@link Mended}), or it could not be read or parsed ({@link Failed}). */
public sealed interface Outcome {
    Source source();

    /** The recipes ran: the trees before and after, the changes and findings. Texts are printed on demand. */
    record Mended(Source source, Pipeline.Result result) implements Outcome {
        public String before() {
            return Dockerfiles.print(result.before());
        }

        public boolean changed() {
            return result.changed();
        }

        public List<Change> changes() {
            return result.changes();
        }

        /** The changes sorted by their first line in the input (the run lists them recipe by recipe). */
        public List<Change> changesInLineOrder() {
            return result.changes().stream().sorted(java.util.Comparator.comparingInt(c -> c.before().start())).toList();
        }

        public List<Finding> findings() {
            return result.findings();
        }

        public String after() {
            return Dockerfiles.print(result.after());
        }

        /** The output in the file's own encoding (BOM included). */
        public byte[] afterBytes() {
            return Dockerfiles.toBytes(result.after());
        }

        public String diff(int context) {
            return changed() ? UnifiedDiff.of(source.name(), before(), after(), context) : "";
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
