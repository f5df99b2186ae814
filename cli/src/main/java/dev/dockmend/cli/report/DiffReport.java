package dev.dockmend.cli.report;

import java.io.PrintWriter;
import java.util.List;

import dev.dockmend.cli.run.Outcome;
import dev.dockmend.recipe.Finding;

/**
 * Unified diffs on standard output, one per changed file, that {@code git apply} or {@code patch -p1}
 * take as they are; findings and errors go to standard error so the output stays a valid patch.
 */
final class DiffReport extends PerFileReport {
    private final Colors colors;
    private final int context;

    DiffReport(Colors colors, int context) {
        this.colors = colors;
        this.context = context;
    }

    @Override
    public void write(List<Outcome> outcomes, PrintWriter out, PrintWriter err) {
        Report.forEachMended(outcomes, err, mended -> {
            out.print(part(mended));
            for (Finding finding : mended.findings()) {
                err.println(FindingLine.of(mended.source().name(), finding));
            }
        });
    }

    @Override
    String render(Outcome.Mended mended) {
        String diff = mended.diff(context);
        return colors.on() ? paint(diff) : diff;
    }

    private String paint(String diff) {
        StringBuilder painted = new StringBuilder(diff.length() + 256);
        for (String line : dev.dockmend.diff.Lines.of(diff)) {
            String body = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
            String shown;
            if (body.startsWith("--- ") || body.startsWith("+++ ")) {
                shown = colors.bold(body);
            } else if (body.startsWith("@@")) {
                shown = colors.cyan(body);
            } else if (body.startsWith("-")) {
                shown = colors.red(body);
            } else if (body.startsWith("+")) {
                shown = colors.green(body);
            } else {
                shown = body;
            }
            painted.append(shown).append(line.endsWith("\n") ? "\n" : "");
        }
        return painted.toString();
    }
}
