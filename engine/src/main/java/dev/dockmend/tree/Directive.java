package dev.dockmend.tree;

import java.util.Objects;

/**
 * A parser directive at the top of the file, e.g. {@code "# escape=`\n"}: {@code key} in lower case,
 * {@code value} trimmed, {@code content} the line exactly as written (without its line ending).
 */
public record Directive(String content, String lineEnding, String key, String value) {
    public Directive {
        Objects.requireNonNull(content, "content is null");
        Objects.requireNonNull(lineEnding, "lineEnding is null");
        Objects.requireNonNull(key, "key is null");
        Objects.requireNonNull(value, "value is null");
    }

    // Written out for speed rather than generated: see Dockerfile#equals.
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Directive directive && content.equals(directive.content)
                && lineEnding.equals(directive.lineEnding) && key.equals(directive.key) && value.equals(directive.value);
    }
}
