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
abstract class PerFileReport<P> implements Report {
    private final Map<Source, P> parts = new ConcurrentHashMap<>();

    /** The file's part of the report: text lines, or a patch's bytes. */
    abstract P render(Outcome.Mended mended);

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
    final P part(Outcome.Mended mended) {
        P part = parts.get(mended.source());
        return part != null ? part : render(mended);
    }
}
