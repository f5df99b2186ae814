package dev.dockmend.cli;

import java.io.PrintWriter;
import java.util.List;

import dev.dockmend.cli.report.Format;
import dev.dockmend.cli.report.OutputOptions;
import dev.dockmend.cli.report.Report;
import dev.dockmend.cli.run.Outcome;

import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code dockmend check}: for CI and pre-commit; fails when a recipe would change something or has a
 * warning, or on what {@code --fail-on} names.
 */
final class CheckCommand extends MendCommand {
    CheckCommand(Dockmend root) {
        super(root, "check", "Report what the recipes would change; exit 1 on changes or warnings (for CI and pre-commit).",
                "Runs the recipes on each PATH like fix, writes nothing, and prints each change",
                "it would make and each finding: a warning (a problem to fix by hand, with what",
                "to do) or info (why a recipe left something alone).",
                "Exits 1 when something fails the check (see --fail-on), 3 when a file cannot be",
                "read or parsed (whatever --fail-on says), 0 otherwise.");
        spec.addOption(OptionSpec.builder("--fail-on").paramLabel("WHAT").type(FailOn.class).converters(new OutputOptions.Choice<>(FailOn.class)).defaultValue("warnings")
                .description("What exits 1: changes (only changes), warnings (changes or warning findings; "
                        + "the default), info (changes or any finding), never (exit 0 unless a file has errors).")
                .build());
        Specs.footer(spec, "%nExamples:%n",
                "  dockmend check                         every Dockerfile below the current directory",
                "  dockmend check --fail-on changes       fail only where a recipe would change the file",
                "  dockmend check --format sarif . > dockmend.sarif     for GitHub code scanning",
                "  dockmend check --safe-only --skip exec-form-cmd Dockerfile");
    }

    @Override
    Format defaultFormat() {
        return Format.TEXT;
    }

    @Override
    Report.Mode mode() {
        return Report.Mode.CHECK;
    }

    @Override
    int handle(List<Outcome> outcomes, Report report, PrintWriter out, PrintWriter err) {
        report.write(outcomes, out, err);
        FailOn failOn = Specs.value(spec, "--fail-on");
        return ExitCodes.worse(failureCode(outcomes), failOn.fails(outcomes) ? ExitCodes.FINDINGS : ExitCodes.OK);
    }
}
