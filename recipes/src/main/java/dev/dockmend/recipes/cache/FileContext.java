package dev.dockmend.recipes.cache;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.dockmend.shell.ShellInEffect;
import dev.dockmend.tree.Arg;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Env;
import dev.dockmend.tree.From;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.KeyValue;
import dev.dockmend.tree.Onbuild;
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

    /**
     * The image the stage of the instruction at {@code index} is built on, through the stages it builds on:
     * the FROM of the first of them, with the ARGs declared before the first FROM put in ({@code FROM
     * python:$VERSION}); empty when a variable has no default, or the stage is not in the file.
     */
    Optional<String> baseImage(int index) {
        Optional<Stage> stage = stage(index);
        if (stage.isEmpty()) {
            return Optional.empty();
        }
        List<Stage> ancestors = ancestors(stage.get());
        Stage root = ancestors.isEmpty() ? stage.get() : ancestors.get(ancestors.size() - 1);
        return substituteGlobalArgs(root.from().image());
    }

    /** {@code text} with {@code $NAME} and <code>${NAME}</code> of global ARGs replaced by their defaults. */
    private Optional<String> substituteGlobalArgs(String text) {
        if (text.indexOf('$') < 0) {
            return Optional.of(text);
        }
        Map<String, String> defaults = new HashMap<>();
        for (Instruction instruction : file.instructions()) {
            if (instruction instanceof From) {
                break;
            }
            if (instruction instanceof Arg arg) {
                for (Arg.Declaration declaration : arg.declarations()) {
                    declaration.defaultValue().ifPresent(value -> defaults.put(declaration.name(), value));
                }
            }
        }
        Matcher matcher = GLOBAL_ARG.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            String value = defaults.get(name);
            if (value == null || value.indexOf('$') >= 0) {
                return Optional.empty();
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(result);
        return result.indexOf("$") >= 0 ? Optional.empty() : Optional.of(result.toString());
    }

    private static final Pattern GLOBAL_ARG =
            Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}|\\$([A-Za-z_][A-Za-z0-9_]*)");

    /** The indexes of the stage's ONBUILD instructions, whose triggers run in every image built on it. */
    List<Integer> onbuilds(Stage stage) {
        List<Integer> found = new ArrayList<>();
        for (int i = stage.first(); i < stage.end(); i++) {
            if (file.instructions().get(i) instanceof Onbuild) {
                found.add(i);
            }
        }
        return found;
    }

    private static void addKeys(Env env, java.util.Set<String> names) {
        for (KeyValue pair : env.pairs()) {
            names.add(pair.key());
        }
    }
}
