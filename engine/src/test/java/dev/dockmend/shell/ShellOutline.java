package dev.dockmend.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A one-line rendering of a parsed script's structure, so a test states the whole shape at once:
 * simple commands in {@code [...]} with fixed words by value ({@code 'a b'} when they hold a blank) and
 * computed words as {@code {raw text}}; assignments as {@code NAME=value}; redirections as
 * {@code >target}; separators as written, a newline as {@code ⏎}.
 */
final class ShellOutline {
    private ShellOutline() {
    }

    static String of(Script script) {
        return list(script.body());
    }

    static String list(CommandList list) {
        List<String> items = new ArrayList<>();
        for (ListItem item : list.items()) {
            String separator = item.separator() == ListItem.Separator.NEWLINE ? " ⏎" : item.separator().symbol();
            items.add(andOr(item.andOr()) + separator);
        }
        return String.join(" ", items);
    }

    static String andOr(AndOrList andOr) {
        StringBuilder out = new StringBuilder(pipeline(andOr.pipelines().get(0)));
        for (int i = 0; i < andOr.operators().size(); i++) {
            out.append(' ').append(andOr.operators().get(i).symbol()).append(' ').append(pipeline(andOr.pipelines().get(i + 1)));
        }
        return out.toString();
    }

    static String pipeline(Pipeline pipeline) {
        StringBuilder out = new StringBuilder(pipeline.negated() ? "! " : "");
        out.append(command(pipeline.commands().get(0)));
        for (int i = 0; i < pipeline.pipes().size(); i++) {
            out.append(' ').append(pipeline.pipes().get(i).symbol()).append(' ').append(command(pipeline.commands().get(i + 1)));
        }
        return out.toString();
    }

    static String command(Command command) {
        String core;
        if (command instanceof SimpleCommand simple) {
            List<String> parts = new ArrayList<>();
            simple.assignments().forEach(a -> parts.add(a.name() + (a.append() ? "+=" : "=")
                    + (a.array() ? "(" + words(a.values()) + ")" : word(a.value()))));
            simple.words().forEach(w -> parts.add(word(w)));
            simple.redirections().forEach(r -> parts.add(redirection(r)));
            return "[" + String.join(" ", parts) + "]";
        } else if (command instanceof Command.Subshell subshell) {
            core = "( " + list(subshell.body()) + " )";
        } else if (command instanceof Command.BraceGroup group) {
            core = "{ " + list(group.body()) + " }";
        } else if (command instanceof Command.IfCommand ifCommand) {
            StringBuilder out = new StringBuilder();
            String keyword = "if";
            for (Command.Branch branch : ifCommand.branches()) {
                out.append(keyword).append(' ').append(list(branch.condition())).append(" then ").append(list(branch.body())).append(' ');
                keyword = "elif";
            }
            ifCommand.elseBody().ifPresent(body -> out.append("else ").append(list(body)).append(' '));
            core = out.append("fi").toString();
        } else if (command instanceof Command.WhileCommand loop) {
            core = (loop.until() ? "until " : "while ") + list(loop.condition()) + " do " + list(loop.body()) + " done";
        } else if (command instanceof Command.ForCommand loop) {
            core = "for " + loop.variable() + loop.items().map(items -> " in " + words(items)).orElse("") + " do "
                    + list(loop.body()) + " done";
        } else if (command instanceof Command.ArithmeticForCommand loop) {
            core = "for ((" + loop.header().expression() + ")) do " + list(loop.body()) + " done";
        } else if (command instanceof Command.CaseCommand caseCommand) {
            StringBuilder out = new StringBuilder("case " + word(caseCommand.subject()) + " in");
            for (Command.CaseItem item : caseCommand.items()) {
                out.append(' ').append(item.patterns().stream().map(ShellOutline::word).collect(Collectors.joining("|")))
                        .append(") ").append(list(item.body()));
                if (!item.terminator().symbol().isEmpty()) {
                    out.append(' ').append(item.terminator().symbol());
                }
            }
            core = out.append(" esac").toString();
        } else if (command instanceof Command.FunctionDefinition function) {
            return function.name() + "() " + command(function.body());
        } else if (command instanceof Command.ArithmeticCommand arithmetic) {
            core = "((" + arithmetic.expression().expression() + "))";
        } else if (command instanceof Command.TestCommand test) {
            core = "[[ " + words(test.words()) + " ]]";
        } else {
            throw new AssertionError(command);
        }
        List<String> redirections = command.redirections().stream().map(ShellOutline::redirection).toList();
        return redirections.isEmpty() ? core : core + " " + String.join(" ", redirections);
    }

    static String words(List<Word> words) {
        return words.stream().map(ShellOutline::word).collect(Collectors.joining(" "));
    }

    static String word(Word word) {
        return word.literal().map(value -> value.isEmpty() || value.contains(" ") ? "'" + value + "'" : value)
                .orElse("{" + word.text() + "}");
    }

    static String redirection(Redirection redirection) {
        String fd = redirection.fd().isPresent() ? String.valueOf(redirection.fd().getAsInt()) : "";
        return fd + redirection.operator().symbol() + word(redirection.target());
    }
}
