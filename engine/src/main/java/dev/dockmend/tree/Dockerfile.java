package dev.dockmend.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A whole Dockerfile: its encoding, the parser directives at the top, the instructions (each with
 * the blank and comment lines before it) and the trivia after the last instruction. Printing it
 * ({@link #text()}) gives back the source exactly.
 */
public final class Dockerfile {
    private final SourceEncoding encoding;
    private final List<Directive> directives;
    private final List<Instruction> instructions;
    private final Trivia trailing;
    /**
     * {@link #located()}, made on first use: validation and most recipes ask for it on the same tree. An
     * immutable list, so a thread that sees it sees it whole, and two threads at worst both compute it.
     */
    private List<Located> located;

    public Dockerfile(SourceEncoding encoding, List<Directive> directives, List<Instruction> instructions, Trivia trailing) {
        this.encoding = Objects.requireNonNull(encoding, "encoding is null");
        this.directives = List.copyOf(directives);
        this.instructions = List.copyOf(instructions);
        this.trailing = Objects.requireNonNull(trailing, "trailing is null");
    }

    /** How the file's bytes became text. */
    public SourceEncoding encoding() {
        return encoding;
    }

    /** The parser directives at the top ({@code # syntax=}, {@code # escape=}, {@code # check=}). */
    public List<Directive> directives() {
        return directives;
    }

    /** The instructions, each with the blank and comment lines before it. */
    public List<Instruction> instructions() {
        return instructions;
    }

    /** The blank and comment lines after the last instruction. */
    public Trivia trailing() {
        return trailing;
    }

    /**
     * Whole trees are compared after every run that changed a file (the output must parse back to itself), so
     * this is written out: instructions are compared by kind, syntax and value ({@link Instructions#same}), not
     * through the records' generated equals, which go through method handles that a short run interprets or
     * compiles slowly.
     */
    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if (!(other instanceof Dockerfile file) || file.instructions.size() != instructions.size() || !encoding.equals(file.encoding)
                || !directives.equals(file.directives) || !trailing.equals(file.trailing)) {
            return false;
        }
        for (int i = 0; i < instructions.size(); i++) {
            if (!Instructions.same(instructions.get(i), file.instructions.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = Objects.hash(encoding, directives, trailing);
        for (Instruction instruction : instructions) {
            hash = 31 * hash + instruction.syntax().hashCode();
        }
        return hash;
    }

    @Override
    public String toString() {
        return "Dockerfile[encoding=" + encoding + ", directives=" + directives + ", instructions=" + instructions
                + ", trailing=" + trailing + "]";
    }

    /** The escape character: {@code `} when a {@code # escape=`} directive says so, else {@code \}. */
    public char escapeCharacter() {
        for (Directive directive : directives) {
            if (directive.key().equals("escape") && directive.value().equals("`")) {
                return '`';
            }
        }
        return '\\';
    }

    public Dockerfile withInstructions(List<Instruction> newInstructions) {
        return sameInstructions(newInstructions, instructions) ? this : new Dockerfile(encoding, directives, newInstructions, trailing);
    }

    /** Whether both lists hold the same instructions, most often the very same nodes (a recipe that changed nothing). */
    private static boolean sameInstructions(List<Instruction> a, List<Instruction> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Instructions.same(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The source text, starting with U+FEFF when the file starts with a byte order mark. */
    public String text() {
        return text(null);
    }

    /**
     * The source text, as {@link #text()}, noting where its parts start: {@code starts[i]} gets the offset of
     * instruction {@code i} (its leading trivia included), {@code starts[instructions().size()]} that of the
     * trailing trivia and the last entry the text's length. Diffs of two trees line their texts up by these.
     *
     * @param starts an array of {@code instructions().size() + 2} entries, or null
     */
    public String text(int[] starts) {
        StringBuilder out = new StringBuilder();
        if (encoding.byteOrderMark()) {
            out.append('\uFEFF');
        }
        for (Directive directive : directives) {
            out.append(directive.content()).append(directive.lineEnding());
        }
        for (int i = 0; i < instructions.size(); i++) {
            if (starts != null) {
                starts[i] = out.length();
            }
            instructions.get(i).syntax().appendTo(out);
        }
        if (starts != null) {
            starts[instructions.size()] = out.length();
        }
        trailing.appendTo(out);
        if (starts != null) {
            starts[instructions.size() + 1] = out.length();
        }
        return out.toString();
    }

    /** An instruction with the lines it spans (1-based, inclusive, counted as BuildKit counts them). */
    public record Located(Instruction instruction, int startLine, int endLine) {
    }

    /** The instructions with their line spans, computed from the text so an edited tree is never stale. */
    public List<Located> located() {
        List<Located> known = located;
        if (known == null) {
            known = List.copyOf(locate());
            located = known;
        }
        return known;
    }

    private List<Located> locate() {
        List<Located> result = new ArrayList<>(instructions.size());
        int line = 1;
        for (Directive directive : directives) {
            line += InstructionSyntax.newlines(directive.lineEnding());
        }
        for (Instruction instruction : instructions) {
            for (TriviaLine trivia : instruction.leading().lines()) {
                line += InstructionSyntax.newlines(trivia.lineEnding());
            }
            int span = instruction.syntax().lineCount();
            // The last line of the file has no line ending but is still a line.
            int end = line + Math.max(span - (endsWithNewline(instruction) ? 1 : 0), 0);
            result.add(new Located(instruction, line, end));
            line += span;
        }
        return result;
    }

    private static boolean endsWithNewline(Instruction instruction) {
        InstructionSyntax syntax = instruction.syntax();
        String last;
        if (!syntax.heredocBodies().isEmpty()) {
            last = syntax.heredocBodies().get(syntax.heredocBodies().size() - 1).terminator();
        } else {
            last = syntax.lines().get(syntax.lines().size() - 1).lineEnding();
        }
        return last.endsWith("\n");
    }
}
