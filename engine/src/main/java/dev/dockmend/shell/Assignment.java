package dev.dockmend.shell;

import java.util.List;
import java.util.Objects;

/**
 * A variable assignment before a command, or alone: {@code DEBIAN_FRONTEND=noninteractive},
 * {@code PATH+=:/opt/bin}, bash's {@code a=(1 2)}.
 *
 * @param name   the variable, with its subscript if any ({@code a[1]})
 * @param append {@code +=}
 * @param values the value (one word, perhaps empty), or the elements of an array
 * @param array  whether the value is an array {@code (...)}
 */
public record Assignment(String name, boolean append, List<Word> values, boolean array, Span span) {
    public Assignment {
        Objects.requireNonNull(name, "name is null");
        values = List.copyOf(values);
        Objects.requireNonNull(span, "span is null");
    }

    /** The value of a scalar assignment (the first element of an array). */
    public Word value() {
        return values.isEmpty() ? new Word("", List.of(), new Span(span.end(), span.end())) : values.get(0);
    }
}
