package dev.dockmend.shell;

import java.util.ArrayList;
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
public final class Script {
    private final String text;
    private final CommandList body;
    private final List<Span> comments;
    // Walked once, when parsed: the recipes ask for these many times per script (each merge rule, each
    // package manager), and the parser itself needs the simple commands.
    private final List<Command> commands;
    private final List<CommandList> commandLists;
    private final List<SimpleCommand> simpleCommands;

    public Script(String text, CommandList body, List<Span> comments) {
        this.text = Objects.requireNonNull(text, "text is null");
        this.body = Objects.requireNonNull(body, "body is null");
        this.comments = List.copyOf(comments);
        CommandWalker.Walked walked = CommandWalker.walk(body);
        this.commands = walked.commands();
        this.commandLists = walked.lists();
        List<SimpleCommand> simple = new ArrayList<>();
        for (Command command : commands) {
            if (command instanceof SimpleCommand simpleCommand) {
                simple.add(simpleCommand);
            }
        }
        this.simpleCommands = List.copyOf(simple);
    }

    /** The script as written. */
    public String text() {
        return text;
    }

    /** The top-level command list. */
    public CommandList body() {
        return body;
    }

    /** Every comment, in order. */
    public List<Span> comments() {
        return comments;
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
        return commands;
    }

    /**
     * Every command list in the script, outer before inner: the script's own body, then the bodies of
     * groups, subshells, branches, loops, case items and functions and the lists inside substitutions.
     * Their items' separators say, for instance, whether anything at all is sent to the background.
     */
    public List<CommandList> commandLists() {
        return commandLists;
    }

    /** Every simple command in the script, as {@link #commands()} orders them. */
    public List<SimpleCommand> simpleCommands() {
        return simpleCommands;
    }

    /** Scripts are equal when their text, structure and comments are (what is walked follows from those). */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Script script && text.equals(script.text) && body.equals(script.body)
                && comments.equals(script.comments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, body, comments);
    }

    @Override
    public String toString() {
        return "Script[text=" + text + ", body=" + body + ", comments=" + comments + "]";
    }
}
