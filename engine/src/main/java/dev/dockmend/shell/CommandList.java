package dev.dockmend.shell;

import java.util.List;
import java.util.Objects;

/**
 * Commands run one after another: a whole script, or the body of a group, subshell, branch or loop.
 * Each item is an and-or list with the separator that ends it.
 */
public record CommandList(List<ListItem> items, Span span) {
    public CommandList {
        items = List.copyOf(items);
        Objects.requireNonNull(span, "span is null");
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
