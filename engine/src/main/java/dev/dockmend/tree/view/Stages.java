package dev.dockmend.tree.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.From;
import dev.dockmend.tree.Instruction;

/** The stages of a file, in order; instructions before the first FROM (global ARGs) belong to none. */
public final class Stages {
    private Stages() {
    }

    public static List<Stage> of(Dockerfile file) {
        List<Stage> stages = new ArrayList<>();
        List<Instruction> instructions = file.instructions();
        int start = -1;
        for (int i = 0; i <= instructions.size(); i++) {
            boolean boundary = i == instructions.size() || instructions.get(i) instanceof From;
            if (boundary && start >= 0) {
                stages.add(new Stage(stages.size(), (From) instructions.get(start), start, i, instructions.subList(start, i)));
            }
            if (boundary) {
                start = i;
            }
        }
        return stages;
    }

    /** The stage an instruction index belongs to. */
    public static Optional<Stage> containing(List<Stage> stages, int index) {
        for (Stage stage : stages) {
            if (index >= stage.first() && index < stage.end()) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }

    /** The earlier stage that {@code stage} builds on ({@code FROM build AS test}), if any. */
    public static Optional<Stage> parent(List<Stage> stages, Stage stage) {
        String image = dev.dockmend.tree.Keyword.lowerCase(stage.from().image());
        Stage parent = null;
        for (Stage earlier : stages) {
            if (earlier.number() < stage.number() && earlier.name().isPresent() && earlier.name().get().equals(image)) {
                parent = earlier;
            }
        }
        return Optional.ofNullable(parent);
    }
}
