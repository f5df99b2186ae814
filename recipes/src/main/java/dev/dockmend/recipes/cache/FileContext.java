package dev.dockmend.recipes.cache;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.dockmend.shell.ShellInEffect;
import dev.dockmend.tree.Arg;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Env;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.KeyValue;
import dev.dockmend.tree.view.Stage;
import dev.dockmend.tree.view.Stages;

/**
 * What the recipe needs to know about a file around a RUN: the shell in effect, the stage and the stages it
 * builds on ({@code FROM build AS test}) or that build on it, and the variables the RUN sees. Made only for
 * files with a RUN that mentions a package manager.
 */
final class FileContext {
    private final Dockerfile file;
    private final List<Stage> stages;
    private final List<ShellInEffect> shells;
    private final List<Dockerfile.Located> located;
    /** Per stage number, the number of the stage it builds on, or -1 when it builds on an image. */
    private final int[] parents;

    FileContext(Dockerfile file) {
        this.file = file;
        this.stages = Stages.of(file);
        this.shells = ShellInEffect.of(file);
        this.located = file.located();
        this.parents = new int[stages.size()];
        for (Stage stage : stages) {
            Optional<Stage> parent = Stages.parent(stages, stage);
            parents[stage.number()] = parent.isPresent() ? parent.get().number() : -1;
        }
    }

    Dockerfile file() {
        return file;
    }

    ShellInEffect shell(int index) {
        return shells.get(index);
    }

    int line(int index) {
        return located.get(index).startLine();
    }

    Optional<Stage> stage(int index) {
        return Stages.containing(stages, index);
    }

    /** The stages {@code stage} builds on, nearest first; a parent is always an earlier stage, so this ends. */
    List<Stage> ancestors(Stage stage) {
        List<Stage> ancestors = new ArrayList<>();
        for (int parent = parents[stage.number()]; parent >= 0; parent = parents[parent]) {
            ancestors.add(stages.get(parent));
        }
        return ancestors;
    }

    /** The later stages that build on {@code stage} ({@code FROM stage}). */
    List<Stage> children(Stage stage) {
        List<Stage> children = new ArrayList<>();
        for (Stage candidate : stages) {
            if (parents[candidate.number()] == stage.number()) {
                children.add(candidate);
            }
        }
        return children;
    }

    /**
     * The names of the variables set for the RUN at {@code index}: ENV before it in its stage and ENV in the
     * stages it builds on (ENV is inherited), and ARG before it in its stage (ARG is not).
     */
    Set<String> variables(int index) {
        Set<String> names = new HashSet<>();
        Optional<Stage> stage = stage(index);
        if (stage.isEmpty()) {
            return names;
        }
        for (Stage ancestor : ancestors(stage.get())) {
            for (Instruction instruction : ancestor.instructions()) {
                if (instruction instanceof Env env) {
                    addKeys(env, names);
                }
            }
        }
        for (int i = stage.get().first(); i < index; i++) {
            Instruction instruction = file.instructions().get(i);
            if (instruction instanceof Env env) {
                addKeys(env, names);
            } else if (instruction instanceof Arg arg) {
                for (Arg.Declaration declaration : arg.declarations()) {
                    names.add(declaration.name());
                }
            }
        }
        return names;
    }

    /**
     * The instructions whose effect the RUN at {@code index} sees: those before it in its stage, and those of
     * the stages it builds on.
     */
    List<Instruction> before(int index) {
        List<Instruction> instructions = new ArrayList<>();
        Optional<Stage> stage = stage(index);
        if (stage.isEmpty()) {
            return instructions;
        }
        for (Stage ancestor : ancestors(stage.get())) {
            instructions.addAll(ancestor.instructions());
        }
        instructions.addAll(file.instructions().subList(stage.get().first(), index));
        return instructions;
    }

    private static void addKeys(Env env, java.util.Set<String> names) {
        for (KeyValue pair : env.pairs()) {
            names.add(pair.key());
        }
    }
}
