package dev.dockmend.cli.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import dev.dockmend.cli.run.Outcome;
import dev.dockmend.recipe.Change;
import dev.dockmend.recipe.Finding;

/**
 * For people: per file, one line per change ({@code FILE:LINES: RECIPE (SAFETY): REASON}) and per
 * finding ({@code FILE:LINE:COLUMN: RECIPE: SEVERITY: REASON; SUGGESTION}, {@link FindingLine}), then a summary. The
 * {@code FILE:LINE} prefix is what terminals and editors turn into links.
 */
final class TextReport extends PerFileReport<String> {
    private final Mode mode;
    private final Colors colors;

    TextReport(Mode mode, Colors colors) {
        this.mode = mode;
        this.colors = colors;
    }

    private record Entry(int line, String text) {
    }

    @Override
    public void write(List<Outcome> outcomes, PrintWriter out, PrintWriter err) {
        Report.forEachMended(outcomes, err, mended -> {
            out.print(part(mended));
        });
        out.println(Summary.of(outcomes).describe(mode.verb()));
    }

    /** The file's changes and findings in line order, as a reader goes through the file; one per line. */
    @Override
    String render(Outcome.Mended mended) {
        String name = mended.source().name();
        List<Entry> entries = new ArrayList<>();
        for (Change change : mended.changes()) {
            entries.add(new Entry(change.before().start(), colors.bold(name + ":" + change.before()) + ": "
                    + colors.cyan(change.recipe().value()) + " (" + change.safety().label() + "): " + change.reason()));
        }
        for (Finding finding : mended.findings()) {
            entries.add(new Entry(finding.line(), FindingLine.of(name, finding, colors)));
        }
        entries.sort((a, b) -> Integer.compare(a.line(), b.line())); // not comparingInt: see RecipeCatalog
        StringBuilder text = new StringBuilder();
        for (Entry entry : entries) {
            text.append(entry.text()).append(System.lineSeparator());
        }
        return text.toString();
    }
}
