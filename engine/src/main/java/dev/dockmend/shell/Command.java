package dev.dockmend.shell;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One command of a pipeline: a {@link SimpleCommand} or a compound command. A compound command's span
 * covers its closing word and the redirections after it ({@code { a; b; } > log}).
 */
public sealed interface Command permits SimpleCommand, Command.Subshell, Command.BraceGroup, Command.IfCommand,
        Command.WhileCommand, Command.ForCommand, Command.ArithmeticForCommand, Command.CaseCommand,
        Command.FunctionDefinition, Command.ArithmeticCommand, Command.TestCommand {

    Span span();

    /** The redirections that apply to the whole command. */
    List<Redirection> redirections();

    /** {@code ( cd /src && make )}: runs in a subshell, so nothing inside changes the outer shell. */
    record Subshell(CommandList body, List<Redirection> redirections, Span span) implements Command {
        public Subshell {
            Objects.requireNonNull(body, "body is null");
            redirections = List.copyOf(redirections);
        }
    }

    /** <code>{ a; b; }</code>: runs in the current shell. */
    record BraceGroup(CommandList body, List<Redirection> redirections, Span span) implements Command {
        public BraceGroup {
            Objects.requireNonNull(body, "body is null");
            redirections = List.copyOf(redirections);
        }
    }

    /** {@code if a; then b; elif c; then d; else e; fi}: the {@code if} and {@code elif} branches, then the else. */
    record IfCommand(List<Branch> branches, Optional<CommandList> elseBody, List<Redirection> redirections, Span span)
            implements Command {
        public IfCommand {
            branches = List.copyOf(branches);
            Objects.requireNonNull(elseBody, "elseBody is null");
            redirections = List.copyOf(redirections);
        }
    }

    /** One {@code if} or {@code elif}: its condition and the commands run when it succeeds. */
    record Branch(CommandList condition, CommandList body) {
        public Branch {
            Objects.requireNonNull(condition, "condition is null");
            Objects.requireNonNull(body, "body is null");
        }
    }

    /** {@code while a; do b; done}, or with {@code until}, which loops while the condition fails. */
    record WhileCommand(boolean until, CommandList condition, CommandList body, List<Redirection> redirections, Span span)
            implements Command {
        public WhileCommand {
            Objects.requireNonNull(condition, "condition is null");
            Objects.requireNonNull(body, "body is null");
            redirections = List.copyOf(redirections);
        }
    }

    /**
     * {@code for pkg in a b; do ...; done}; {@code items} is empty for {@code for pkg; do}, which loops
     * over the positional parameters.
     */
    record ForCommand(String variable, Optional<List<Word>> items, CommandList body, List<Redirection> redirections, Span span)
            implements Command {
        public ForCommand {
            Objects.requireNonNull(variable, "variable is null");
            items = items.map(List::copyOf);
            Objects.requireNonNull(body, "body is null");
            redirections = List.copyOf(redirections);
        }
    }

    /** bash's {@code for ((i = 0; i < 3; i++)); do ...; done}. */
    record ArithmeticForCommand(WordPart.Arithmetic header, CommandList body, List<Redirection> redirections, Span span)
            implements Command {
        public ArithmeticForCommand {
            Objects.requireNonNull(header, "header is null");
            Objects.requireNonNull(body, "body is null");
            redirections = List.copyOf(redirections);
        }
    }

    /** {@code case "$arch" in x86_64) a;; *) b;; esac}. */
    record CaseCommand(Word subject, List<CaseItem> items, List<Redirection> redirections, Span span) implements Command {
        public CaseCommand {
            Objects.requireNonNull(subject, "subject is null");
            items = List.copyOf(items);
            redirections = List.copyOf(redirections);
        }
    }

    /** {@code amd64|x86_64) arch=x64 ;;}: the patterns, the commands and how the item ends. */
    record CaseItem(List<Word> patterns, CommandList body, CaseTerminator terminator, Span span) {
        public CaseItem {
            patterns = List.copyOf(patterns);
            Objects.requireNonNull(body, "body is null");
            Objects.requireNonNull(terminator, "terminator is null");
        }
    }

    enum CaseTerminator {
        /** {@code ;;}: done with the case. */
        BREAK(";;"),
        /** {@code ;&} (bash): run the next item's commands too. */
        FALL_THROUGH(";&"),
        /** {@code ;;&} (bash): go on testing the next patterns. */
        CONTINUE(";;&"),
        /** The last item may end with {@code esac} alone. */
        NONE("");

        private final String symbol;

        CaseTerminator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    /**
     * {@code greet() { echo hi; }} or {@code function greet { ...; }}: defines a function in the
     * current shell; {@code body} is the compound command with its redirections.
     */
    record FunctionDefinition(String name, Command body, Span span) implements Command {
        public FunctionDefinition {
            Objects.requireNonNull(name, "name is null");
            Objects.requireNonNull(body, "body is null");
        }

        @Override
        public List<Redirection> redirections() {
            return List.of();
        }
    }

    /** bash's {@code (( n > 1 ))}: succeeds when the expression is not zero. */
    record ArithmeticCommand(WordPart.Arithmetic expression, List<Redirection> redirections, Span span) implements Command {
        public ArithmeticCommand {
            Objects.requireNonNull(expression, "expression is null");
            redirections = List.copyOf(redirections);
        }
    }

    /** bash's {@code [[ -f "$f" && $x == y* ]]}: the words between the brackets. */
    record TestCommand(List<Word> words, List<Redirection> redirections, Span span) implements Command {
        public TestCommand {
            words = List.copyOf(words);
            redirections = List.copyOf(redirections);
        }
    }
}
