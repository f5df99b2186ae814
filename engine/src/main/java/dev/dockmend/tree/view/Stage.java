package dev.dockmend.tree.view;

import java.util.List;
import java.util.Optional;

import dev.dockmend.tree.From;
import dev.dockmend.tree.Instruction;

/**
 * One build stage: its FROM and the instructions up to the next FROM, with their indexes in the
 * file. Computed from the flat instruction list, never stored.
 *
 * @param first index of the FROM in the file's instructions
 * @param end   index just past the stage's last instruction
 */
public record Stage(int number, From from, int first, int end, List<Instruction> instructions) {

    /** The name after {@code AS}, lower-cased as BuildKit does. */
    public Optional<String> name() {
        Optional<String> name = from.stageName();
        return name.isPresent() ? Optional.of(dev.dockmend.tree.Keyword.lowerCase(name.get())) : name;
    }

    /** Index in the file of the stage's {@code i}-th instruction (0 is the FROM). */
    public int fileIndex(int i) {
        return first + i;
    }
}
