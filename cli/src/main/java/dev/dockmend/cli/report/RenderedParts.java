package dev.dockmend.cli.report;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import dev.dockmend.cli.run.Outcome;
import dev.dockmend.cli.run.Source;

/**
 * Each mended file's part of a report, rendered on the thread that mended the file ({@link Report#prepare})
 * and printed in input order by {@link Report#write}. A part not prepared is rendered when asked for.
 */
final class RenderedParts {
    private final Function<Outcome.Mended, String> render;
    private final Map<Source, String> parts = new ConcurrentHashMap<>();

    RenderedParts(Function<Outcome.Mended, String> render) {
        this.render = render;
    }

    void prepare(Outcome outcome) {
        if (outcome instanceof Outcome.Mended mended) {
            parts.put(mended.source(), render.apply(mended));
        }
    }

    String of(Outcome.Mended mended) {
        String part = parts.get(mended.source());
        return part != null ? part : render.apply(mended);
    }
}
