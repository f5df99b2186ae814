package dev.dockmend.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every command and every command list under a command list, descending into compound
 * commands and into the words that hold commands ({@code $(...)}, backquotes, process substitutions,
 * expansions inside quotes, parameter operands, arithmetic and heredoc bodies). Recursion is bounded
 * by the parser's nesting limit.
 */
final class CommandWalker {
    private final List<Command> found = new ArrayList<>();
    private final List<CommandList> lists = new ArrayList<>();

    private CommandWalker() {
    }

    /** What one walk found: every command and every command list, outer before inner. */
    record Walked(List<Command> commands, List<CommandList> lists) {
    }

    static Walked walk(CommandList list) {
        CommandWalker walker = new CommandWalker();
        walker.list(list);
        return new Walked(List.copyOf(walker.found), List.copyOf(walker.lists));
    }

    private void list(CommandList list) {
        lists.add(list);
        for (ListItem item : list.items()) {
            for (Pipeline pipeline : item.andOr().pipelines()) {
                for (Command command : pipeline.commands()) {
                    command(command);
                }
            }
        }
    }

    private void command(Command command) {
        found.add(command);
        if (command instanceof SimpleCommand simple) {
            for (Assignment assignment : simple.assignments()) {
                words(assignment.values());
            }
            words(simple.words());
        } else if (command instanceof Command.Subshell subshell) {
            list(subshell.body());
        } else if (command instanceof Command.BraceGroup group) {
            list(group.body());
        } else if (command instanceof Command.IfCommand ifCommand) {
            for (Command.Branch branch : ifCommand.branches()) {
                list(branch.condition());
                list(branch.body());
            }
            ifCommand.elseBody().ifPresent(this::list);
        } else if (command instanceof Command.WhileCommand loop) {
            list(loop.condition());
            list(loop.body());
        } else if (command instanceof Command.ForCommand loop) {
            loop.items().ifPresent(this::words);
            list(loop.body());
        } else if (command instanceof Command.ArithmeticForCommand loop) {
            parts(loop.header().parts());
            list(loop.body());
        } else if (command instanceof Command.CaseCommand caseCommand) {
            word(caseCommand.subject());
            for (Command.CaseItem item : caseCommand.items()) {
                words(item.patterns());
                list(item.body());
            }
        } else if (command instanceof Command.FunctionDefinition function) {
            command(function.body());
        } else if (command instanceof Command.ArithmeticCommand arithmetic) {
            parts(arithmetic.expression().parts());
        } else if (command instanceof Command.TestCommand test) {
            words(test.words());
        }
        for (Redirection redirection : command.redirections()) {
            word(redirection.target());
            redirection.hereDocument().ifPresent(body -> parts(body.parts()));
        }
    }

    private void words(List<Word> words) {
        for (Word word : words) {
            word(word);
        }
    }

    private void word(Word word) {
        parts(word.parts());
    }

    private void parts(List<WordPart> parts) {
        for (WordPart part : parts) {
            if (part instanceof WordPart.CommandSubstitution substitution) {
                list(substitution.body());
            } else if (part instanceof WordPart.ProcessSubstitution substitution) {
                list(substitution.body());
            } else if (part instanceof WordPart.DoubleQuoted quoted) {
                parts(quoted.parts());
            } else if (part instanceof WordPart.Parameter parameter) {
                parts(parameter.operand());
            } else if (part instanceof WordPart.Arithmetic arithmetic) {
                parts(arithmetic.parts());
            }
        }
    }
}
