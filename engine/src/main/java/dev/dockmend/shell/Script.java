package dev.dockmend.shell;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A shell script whose structure is fully known: the top-level items (and-or lists with their
 * separators), every node with its offsets in {@link #text()}, and the comments.
 *
 * <pre>{@code
 * apt-get update && apt-get install -y curl; rm -rf /var/lib/apt/lists/*  # tidy
 * }</pre>
 * has two items (the and-or list ending with {@code ;}, then the {@code rm}) and a trailing comment.
 */
public record Script(String text, CommandList body, List<Span> comments) {
    public Script {
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(body, "body is null");
        comments = List.copyOf(comments);
    }

    /** The top-level items, in order. */
    public List<ListItem> items() {
        return body.items();
    }

    /** The source text of a node of this script. */
    public String text(Span span) {
        return span.of(text);
    }

    /**
     * The comment that runs to the end of the script, if any: text appended to the script on the same line
     * (as {@code && next}) would be part of that comment.
     */
    public Optional<Span> trailingComment() {
        if (comments.isEmpty()) {
            return Optional.empty();
        }
        Span last = comments.get(comments.size() - 1);
        return last.end() == text.length() ? Optional.of(last) : Optional.empty();
    }

    /** Whether the last item is sent to the background with {@code &}. */
    public boolean endsInBackground() {
        List<ListItem> items = items();
        return !items.isEmpty() && items.get(items.size() - 1).separator() == ListItem.Separator.AMPERSAND;
    }

    /**
     * Every command in the script, compound ones included, outer before inner and otherwise in source
     * order: also those inside compound commands, function bodies, subshells, {@code $(...)}, backquotes,
     * process substitutions and heredoc bodies.
     */
    public List<Command> commands() {
        return CommandWalker.commands(body);
    }

    /**
     * Every command list in the script, outer before inner: the script's own body, then the bodies of
     * groups, subshells, branches, loops, case items and functions and the lists inside substitutions.
     * Their items' separators say, for instance, whether anything at all is sent to the background.
     */
    public List<CommandList> commandLists() {
        return CommandWalker.lists(body);
    }

    /** Every simple command in the script, as {@link #commands()} orders them. */
    public List<SimpleCommand> simpleCommands() {
        return commands().stream().filter(SimpleCommand.class::isInstance).map(SimpleCommand.class::cast).toList();
    }
}
