package dev.dockmend.cli.report;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.List;

import dev.dockmend.cli.run.Outcome;

/** Writes the outcomes of a run in one {@link Format}. Errors always go to {@code err} as well, one per line. */
public interface Report {
    void write(List<Outcome> outcomes, PrintWriter out, PrintWriter err);

    /**
     * Work the report may do on one file's outcome as soon as it is known, on the thread that mended the
     * file (so it must be safe to call from several threads): the text and diff reports render the file's
     * lines there, and {@link #write} then only prints them. Rendering thousands of files after the batch
     * took its last 15 ms, on one core.
     */
    default void prepare(Outcome outcome) {
    }

    /**
     * Whether {@link #write} still needs each changed file's trees ({@link Outcome.Mended#rewrite}): JSON and
     * SARIF work out their edits there; the text and diff reports have all they need from {@link #prepare}.
     */
    default boolean needsRewrites() {
        return true;
    }

    /** Prints each failed file's errors to {@code err} and hands every mended file to {@code each}, in order. */
    static void forEachMended(List<Outcome> outcomes, PrintWriter err, java.util.function.Consumer<Outcome.Mended> each) {
        for (Outcome outcome : outcomes) {
            if (outcome instanceof Outcome.Failed failed) {
                failed.errors().forEach(err::println);
            } else {
                each.accept((Outcome.Mended) outcome);
            }
        }
    }

    /** Whether the files were rewritten ({@code fix --write}) or only looked at: it changes the wording. */
    enum Mode {
        CHECK("would change"), WRITE("changed"), PREVIEW("would change");

        private final String verb;

        Mode(String verb) {
            this.verb = verb;
        }

        public String verb() {
            return verb;
        }
    }

    /**
     * The report in {@code format}; {@code workingDirectory} is where paths were given from (SARIF names files
     * from the repository's root); a diff goes to {@code stdout} as bytes (the other formats are text, printed
     * to {@code write}'s out).
     */
    static Report of(Format format, Mode mode, Colors colors, int context, ToolInfo tool, java.nio.file.Path workingDirectory,
            OutputStream stdout) {
        return switch (format) {
            case TEXT -> new TextReport(mode, colors);
            case DIFF -> new DiffReport(colors, context, stdout);
            case JSON -> new JsonReport(context);
            case SARIF -> new SarifReport(tool, SourceRoot.around(workingDirectory));
        };
    }
}
