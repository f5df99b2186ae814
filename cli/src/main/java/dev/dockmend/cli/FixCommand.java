package dev.dockmend.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import dev.dockmend.cli.report.FindingLine;
import dev.dockmend.cli.report.Format;
import dev.dockmend.cli.report.Report;
import dev.dockmend.cli.run.AtomicWrite;
import dev.dockmend.cli.run.IoErrors;
import dev.dockmend.cli.run.Outcome;
import dev.dockmend.cli.run.Source;

import picocli.CommandLine.Model.OptionSpec;

/** {@code dockmend fix}: shows, or with {@code --write} makes, the changes the recipes find. */
final class FixCommand extends MendCommand {
    /** {@code --write}, read when the command runs. */
    boolean write;

    FixCommand(Dockmend root) {
        super(root, "fix", "Rewrite Dockerfiles with the recipes (a diff by default; --write to change files).",
                "Runs the recipes on each PATH (a directory is searched for Dockerfile, Containerfile, Dockerfile.*",
                "and *.Dockerfile, skipping hidden folders, .gitignore'd paths and the config's `exclude`).",
                "Without --write nothing is written and the unified diff is printed (git apply takes it).",
                "With --write each changed file is replaced atomically, keeping its encoding, byte order mark,",
                "line endings, permissions, owner and group. A file with errors is never written, nor is a",
                "read-only one (even for root), nor one whose owner or group could not be kept (exit 3).",
                "With - the file is read from standard input and the result (the whole file) is written to",
                "standard output, for editors' format-on-save; --format then prints a report instead.");
        spec.addOption(OptionSpec.builder("-w", "--write").type(boolean.class).description("Write the changes to the files (atomically).").build());
        Specs.footer(spec, "%nExamples:%n",
                "  dockmend fix                              diff for every Dockerfile below the current directory",
                "  dockmend fix --write services/            rewrite in place",
                "  dockmend fix --recipe exec-form-cmd Dockerfile | git apply",
                "  dockmend fix - --stdin-filename Dockerfile < Dockerfile > Dockerfile.new",
                "  dockmend fix --write --format json .      what was changed, as JSON");
    }

    @Override
    void bind() {
        super.bind();
        write = Specs.flag(spec, "--write");
    }

    @Override
    Format defaultFormat() {
        return write ? Format.TEXT : Format.DIFF;
    }

    @Override
    Report.Mode mode() {
        return write ? Report.Mode.WRITE : Report.Mode.PREVIEW;
    }

    @Override
    int handle(List<Outcome> outcomes, Report report, PrintWriter out, PrintWriter err) throws IOException {
        int code = failureCode(outcomes);
        if (outcomes.size() == 1 && formatOnSave(List.of(outcomes.get(0).source()))) {
            return toStandardOutput(outcomes.get(0), err, code);
        }
        List<Outcome> reported = outcomes;
        if (write) {
            // After the batch, one file after the other, in the order of the report (a file named twice was
            // already made one source, so each file is written once).
            reported = new ArrayList<>();
            for (Outcome outcome : outcomes) {
                reported.add(write(outcome));
            }
            code = failureCode(reported);
        }
        report.write(reported, out, err);
        return code;
    }

    /** Format-on-save: standard input in, the whole file out, no report. */
    private boolean formatOnSave(List<Source> sources) {
        return sources.size() == 1 && sources.get(0).isStdin() && output.format == null;
    }

    /** Writing and format-on-save need the output trees after the batch. */
    @Override
    boolean needsRewrites(List<Source> sources) {
        return write || formatOnSave(sources);
    }

    /** Format-on-save: the whole resulting file on standard output, nothing else there. */
    private int toStandardOutput(Outcome outcome, PrintWriter err, int code) throws IOException {
        if (outcome instanceof Outcome.Failed failed) {
            failed.errors().forEach(err::println);
            return code;
        }
        Outcome.Mended mended = (Outcome.Mended) outcome;
        if (root.verbose()) {
            mended.changes().forEach(c -> err.println(mended.source().name() + ":" + c.before() + ": " + c.recipe() + ": " + c.reason()));
        }
        // The file goes to standard output; what the recipes would not fix is told on standard error, as by
        // the diff report, or an editor's format-on-save would hide it.
        mended.findings().forEach(finding -> err.println(FindingLine.of(mended.source().name(), finding)));
        root.stdout().write(mended.rewrite().map(Outcome.Rewrite::outputBytes).orElse(mended.source().stdin()));
        root.stdout().flush();
        return code;
    }

    private static Outcome write(Outcome outcome) {
        if (outcome instanceof Outcome.Mended mended && mended.rewrite().isPresent() && !mended.source().isStdin()) {
            try {
                AtomicWrite.replace(mended.source().path(), mended.rewrite().get().outputBytes());
            } catch (IOException e) {
                return new Outcome.Failed(mended.source(), List.of(mended.source().name() + ": error: cannot write: " + IoErrors.reason(e)
                        + "; the file is unchanged"), ExitCodes.INPUT);
            }
        }
        return outcome;
    }
}
