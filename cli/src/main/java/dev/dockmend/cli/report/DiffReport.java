package dev.dockmend.cli.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

import dev.dockmend.cli.run.Outcome;
import dev.dockmend.diff.Lines;
import dev.dockmend.diff.UnifiedDiff;
import dev.dockmend.recipe.Finding;

/**
 * Unified diffs on standard output, one per changed file, that {@code git apply} or {@code patch -p1}
 * take as they are; findings and errors go to standard error so the output stays a valid patch. The
 * patches are bytes, written to the raw standard output: each carries its file's own bytes (a GBK or
 * Latin-1 line, a byte order mark, CRLF), which a diff printed as UTF-8 text would not match.
 */
final class DiffReport extends PerFileReport<byte[]> {
    private static final byte[] NONE = new byte[0];

    private final Colors colors;
    private final int context;
    private final OutputStream stdout;

    DiffReport(Colors colors, int context, OutputStream stdout) {
        this.colors = colors;
        this.context = context;
        this.stdout = stdout;
    }

    @Override
    public void write(List<Outcome> outcomes, PrintWriter out, PrintWriter err) {
        out.flush(); // nothing is printed as text here, but whatever was stays before the patches
        Report.forEachMended(outcomes, err, mended -> {
            try {
                stdout.write(part(mended));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Finding finding : mended.findings()) {
                err.println(FindingLine.of(mended.source().name(), finding));
            }
        });
        try {
            stdout.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    byte[] render(Outcome.Mended mended) {
        return mended.patch(context)
                .map(patch -> colors.on() ? new UnifiedDiff.Patch(paint(patch.header()), paint(patch.hunks())) : patch)
                .map(UnifiedDiff.Patch::bytes)
                .orElse(NONE);
    }

    /** Colours each line by its kind; the characters are kept as they are (one per byte in the hunks). */
    private String paint(String diff) {
        StringBuilder painted = new StringBuilder(diff.length() + 256);
        for (String line : Lines.of(diff)) {
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
