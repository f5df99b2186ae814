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
        // Stages are in file order: a binary search, as callers ask for every RUN of files with many stages.
        int low = 0;
        int high = stages.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Stage stage = stages.get(middle);
            if (index < stage.first()) {
                high = middle - 1;
            } else if (index >= stage.end()) {
                low = middle + 1;
            } else {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }

    /** The earlier stage that {@code stage} builds on ({@code FROM build AS test}), if any. */
    public static Optional<Stage> parent(List<Stage> stages, Stage stage) {
        int parent = parents(stages)[stage.number()];
        return parent < 0 ? Optional.empty() : Optional.of(stages.get(parent));
    }

    /**
     * Per stage number, the number of the earlier stage it builds on, or -1: the last earlier stage named as its
     * image. One pass for all stages, where asking {@link #parent} of each would cost the square of their number.
     */
    public static int[] parents(List<Stage> stages) {
        int[] parents = new int[stages.size()];
        java.util.Map<String, Integer> named = new java.util.HashMap<>();
        for (Stage stage : stages) {
            Integer parent = named.get(dev.dockmend.tree.Keyword.lowerCase(stage.from().image()));
            parents[stage.number()] = parent == null ? -1 : parent;
            stage.name().ifPresent(name -> named.put(name, stage.number()));
        }
        return parents;
    }
}
