package dev.dockmend.cli.report;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.dockmend.cli.run.Outcome;
import dev.dockmend.cli.run.Source;

/**
 * A report made of one part per mended file (text lines, a diff): each part is rendered on the thread that
 * mended the file ({@link #prepare}), and {@link #write} prints them in input order, so the report needs
 * no tree afterwards. A part not prepared is rendered when asked for.
 */
abstract class PerFileReport implements Report {
    private final Map<Source, String> parts = new ConcurrentHashMap<>();

    /** The file's part of the report. */
    abstract String render(Outcome.Mended mended);

    @Override
    public final boolean needsRewrites() {
        return false;
    }

    @Override
    public final void prepare(Outcome outcome) {
        if (outcome instanceof Outcome.Mended mended) {
            parts.put(mended.source(), render(mended));
        }
    }

    /** The file's part, as prepared. */
    final String part(Outcome.Mended mended) {
        String part = parts.get(mended.source());
        return part != null ? part : render(mended);
    }
}
