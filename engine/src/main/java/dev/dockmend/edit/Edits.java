package dev.dockmend.edit;

import java.util.ArrayList;
import java.util.List;

import dev.dockmend.Dockerfiles;
import dev.dockmend.parse.ParseResult;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.HeredocBody;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.InstructionSyntax;
import dev.dockmend.tree.PhysicalLine;
import dev.dockmend.tree.Trivia;

/**
 * Tree edits recipes share. New instructions are made from text, parsed under the file's escape
 * character, so a new node is exactly what the parser would make of it; the old node's leading
 * trivia (its comments) moves to the new one, and the last line keeps its line ending, so a file
 * without a final newline stays without one.
 */
public final class Edits {
    private Edits() {
    }

    /**
     * Parses {@code text} (one instruction, its lines ending in the file's line ending) as an
     * instruction of {@code file}.
     *
     * @throws IllegalStateException when the text is not exactly one valid instruction: a recipe bug
     */
    public static Instruction instruction(Dockerfile file, String text) {
        String prefix = file.escapeCharacter() == '`' ? "# escape=`\n" : "";
        ParseResult result = Dockerfiles.parse(prefix + text);
        if (!result.ok() || result.tree().orElseThrow().instructions().size() != 1) {
            throw new IllegalStateException("recipe produced text that is not one valid instruction: " + text);
        }
        return result.tree().orElseThrow().instructions().get(0).withLeading(Trivia.EMPTY);
    }

    /** {@code file} with instruction {@code index} replaced by {@code replacement}, keeping the old one's trivia. */
    public static Dockerfile replace(Dockerfile file, int index, Instruction replacement) {
        return replace(file, index, index, replacement);
    }

    /**
     * {@code file} with instructions {@code from} to {@code to} (inclusive) replaced by one,
     * {@code replacement}: it gets the first one's leading trivia and the last one's final line ending,
     * so a merge at the end of a file without a final newline keeps it without one. The leading
     * trivia of the others goes with them; a caller that keeps their comments puts them in
     * {@code replacement}'s text.
     */
    public static Dockerfile replace(Dockerfile file, int from, int to, Instruction replacement) {
        Instruction placed = placed(replacement, file.instructions().get(from), file.instructions().get(to));
        List<Instruction> instructions = new ArrayList<>(file.instructions());
        instructions.subList(from + 1, to + 1).clear();
        instructions.set(from, placed);
        return file.withInstructions(instructions);
    }

    /** {@code replacement} as it replaces {@code first} to {@code last}: with the first's leading trivia and the last's final line ending. */
    public static Instruction placed(Instruction replacement, Instruction first, Instruction last) {
        return withLastLineEnding(replacement.withLeading(first.leading()), lastLineEnding(last));
    }

    /** The line ending of the instruction's last line ("" at the end of a file without a final newline). */
    public static String lastLineEnding(Instruction instruction) {
        InstructionSyntax syntax = instruction.syntax();
        if (!syntax.heredocBodies().isEmpty()) {
            String terminator = syntax.heredocBodies().get(syntax.heredocBodies().size() - 1).terminator();
            return terminator.substring(dev.dockmend.grammar.LineEnds.contentEnd(terminator));
        }
        return syntax.lines().get(syntax.lines().size() - 1).lineEnding();
    }

    /** {@code instruction} with its last line ending in {@code ending}: for an instruction with heredocs, its last terminator line. */
    public static Instruction withLastLineEnding(Instruction instruction, String ending) {
        InstructionSyntax syntax = instruction.syntax();
        if (!syntax.heredocBodies().isEmpty()) {
            List<HeredocBody> bodies = new ArrayList<>(syntax.heredocBodies());
            HeredocBody last = bodies.get(bodies.size() - 1);
            String terminator = last.terminator();
            bodies.set(bodies.size() - 1, new HeredocBody(last.lines(),
                    terminator.substring(0, dev.dockmend.grammar.LineEnds.contentEnd(terminator)) + ending));
            return instruction.withSyntax(new InstructionSyntax(syntax.leading(), syntax.lines(), bodies));
        }
        List<PhysicalLine> lines = new ArrayList<>(syntax.lines());
        PhysicalLine last = lines.get(lines.size() - 1);
        lines.set(lines.size() - 1, new PhysicalLine(last.kind(), last.content(), ending));
        return instruction.withSyntax(new InstructionSyntax(syntax.leading(), lines, syntax.heredocBodies()));
    }
}
