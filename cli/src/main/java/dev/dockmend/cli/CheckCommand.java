package dev.dockmend.cli;

import java.io.PrintWriter;
import java.util.List;

import dev.dockmend.cli.report.Format;
import dev.dockmend.cli.report.Report;
import dev.dockmend.cli.run.Outcome;

/** {@code dockmend check}: for CI and pre-commit; fails when a recipe would change something or has a finding. */
final class CheckCommand extends MendCommand {
    CheckCommand(Dockmend root) {
        super(root, "check", "Report what the recipes would change; exit 1 if anything (for CI and pre-commit).",
                "Runs the recipes on each PATH like fix, writes nothing, and prints each change it would make",
                "and each finding (a problem a recipe would not fix on its own, with what to do).",
                "Exits 0 when clean, 1 when there are changes or findings, 3 when a file cannot be read or parsed.");
        Specs.footer(spec, "%nExamples:%n",
                "  dockmend check                         every Dockerfile below the current directory",
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
        boolean dirty = outcomes.stream().anyMatch(o -> o instanceof Outcome.Mended m
                && (m.changed() || !m.findings().isEmpty()));
        return ExitCodes.worse(failureCode(outcomes), dirty ? ExitCodes.FINDINGS : ExitCodes.OK);
    }
}
