package dev.dockmend.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One instruction: its text ({@link #syntax()}) and its value as BuildKit reads it ({@link #value()}).
 * One record per keyword, so recipes can {@code switch} over instructions with patterns; keywords
 * BuildKit does not know are kept as {@link UnknownInstruction}.
 */
public sealed interface Instruction permits Add, Arg, Cmd, Copy, Entrypoint, Env, Expose, From, Healthcheck,
        Label, Maintainer, Onbuild, Run, Shell, StopSignal, User, Volume, Workdir, UnknownInstruction {

    InstructionSyntax syntax();

    InstructionValue value();

    /** The keyword, or empty for an instruction BuildKit does not know. */
    Optional<Keyword> keyword();

    /** The keyword as written ({@code RuN} stays {@code RuN}). */
    default String keywordText() {
        return value().keyword();
    }

    default List<String> flags() {
        return value().flags();
    }

    default List<String> args() {
        return value().args();
    }

    /** Whether the arguments were given in exec (JSON array) form. */
    default boolean isExecForm() {
        return value().json();
    }

    /** The value of the flag {@code --name=value}; a flag given without {@code =} has the value "". */
    default Optional<String> flag(String name) {
        List<String> values = flagValues(name);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Every value of a repeatable flag such as {@code --mount}, in order. */
    default List<String> flagValues(String name) {
        List<String> values = new ArrayList<>();
        String prefix = "--" + name;
        for (String flag : flags()) {
            if (flag.equals(prefix)) {
                values.add("");
            } else if (flag.startsWith(prefix) && flag.charAt(prefix.length()) == '=') {
                values.add(flag.substring(prefix.length() + 1));
            }
        }
        return values;
    }

    /** The heredocs, in the order of their markers. */
    default List<Heredoc> heredocs() {
        return value().heredocs();
    }

    /** The blank and comment lines before the instruction. */
    default Trivia leading() {
        return syntax().leading();
    }

    /**
     * The comments BuildKit attaches to this instruction (R3.11): the comment lines before it, each
     * after its first character and trimmed; a bare {@code #} clears those collected so far.
     */
    default List<String> comments() {
        List<String> comments = new ArrayList<>();
        for (TriviaLine line : leading().lines()) {
            if (line instanceof CommentLine comment) {
                String text = comment.buildKitText();
                if (text.isEmpty()) {
                    comments.clear();
                } else {
                    comments.add(text);
                }
            }
        }
        return comments;
    }

    /** A copy with other text; the value is kept, so the caller keeps the two consistent. */
    default Instruction withSyntax(InstructionSyntax syntax) {
        // Identity first: the common call passes the node's own syntax back, and deep equality is costly.
        return syntax == syntax() || syntax.equals(syntax()) ? this : Instructions.create(syntax, value());
    }

    default Instruction withLeading(Trivia leading) {
        return withSyntax(syntax().withLeading(leading));
    }
}
