package dev.dockmend.tree;

import java.util.Objects;

/**
 * A heredoc as BuildKit reads it: {@code <<EOF} gives name {@code EOF}, {@code expand} false when any
 * part of the marker was quoted, {@code chomp} for {@code <<-}, and the file descriptor before
 * {@code <<} (0 when absent).
 */
public record Heredoc(String name, String content, boolean expand, boolean chomp, int fileDescriptor) {
    public Heredoc {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(content, "content is null");
    }

    // Written out for speed rather than generated: see Dockerfile#equals.
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Heredoc heredoc && name.equals(heredoc.name) && content.equals(heredoc.content)
                && expand == heredoc.expand && chomp == heredoc.chomp && fileDescriptor == heredoc.fileDescriptor;
    }
}
