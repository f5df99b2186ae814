package dev.dockmend.recipes.cache;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import dev.dockmend.recipes.images.StageBase;
import dev.dockmend.recipes.images.StageImages;
import dev.dockmend.shell.ShellInEffect;
import dev.dockmend.tree.Arg;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Env;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.Onbuild;
import dev.dockmend.tree.Run;
import dev.dockmend.tree.view.Stage;
import dev.dockmend.tree.view.Stages;

/**
 * What the recipe needs to know about a file around a RUN: the shell in effect, the stage and the stages it
 * builds on ({@code FROM build AS test}) or that build on it, the variables the RUN sees and what the
 * instructions it builds on mention. Made only for files with a RUN that mentions a package manager.
 *
 * <p>Each question about what comes before a RUN is answered from a sorted list of the instructions that
 * match, made once per file and question, so asking it for every RUN of a long file costs a binary search per
 * RUN, not a walk over everything before it.
 */
final class FileContext {
    private final Dockerfile file;
    private final List<Stage> stages;
    private final List<ShellInEffect> shells;
    private final List<Dockerfile.Located> located;
    /** Per stage, what its FROM names ({@link StageImages#bases}: FROM's ARGs expanded, stages by number). */
    private final List<StageBase> bases;
    /** Per stage number, the number of the stage it builds on, or -1 when it builds on an image. */
    private final int[] parents;
    /** Per stage number, the later stages built on it. */
    private final List<List<Stage>> children;
    /** Per instruction, the number of its stage, or -1 before the first FROM. */
    private final int[] stageOf;
    private final Map<String, Hits> envSetters = new HashMap<>();
    private final Map<String, Hits> argSetters = new HashMap<>();
    private final Map<String, Hits> mentions = new HashMap<>();
    private final Map<String, Hits> runPhrases = new HashMap<>();

    FileContext(Dockerfile file) {
        this.file = file;
        this.stages = Stages.of(file);
        this.shells = ShellInEffect.of(file);
        this.located = file.located();
        this.bases = StageImages.bases(file);
        // the stage chain as the build reads it: FROM ${BASE} with BASE=builder builds on the stage builder
        this.parents = bases.stream().mapToInt(base -> base instanceof StageBase.Stage earlier ? earlier.number() : -1).toArray();
        this.children = new ArrayList<>(stages.size());
        this.stageOf = new int[file.instructions().size()];
        Arrays.fill(stageOf, -1);
        for (Stage stage : stages) {
            children.add(new ArrayList<>());
            if (parents[stage.number()] >= 0) {
                children.get(parents[stage.number()]).add(stage);
            }
            Arrays.fill(stageOf, stage.first(), stage.end(), stage.number());
        }
    }

    Dockerfile file() {
        return file;
    }

    List<Stage> stages() {
        return stages;
    }

    ShellInEffect shell(int index) {
        return shells.get(index);
    }

    int line(int index) {
        return located.get(index).startLine();
    }

    Optional<Stage> stage(int index) {
        return stageOf[index] < 0 ? Optional.empty() : Optional.of(stages.get(stageOf[index]));
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
        return children.get(stage.number());
    }

    /**
     * Whether variable {@code name} is set for the RUN at {@code index}: by an ENV before it in its stage or in
     * the stages it builds on (ENV is inherited), or by an ARG before it in its stage (ARG is not).
     */
    boolean setsVariable(int index, String name) {
        if (stageOf[index] < 0) {
            return false;
        }
        Stage stage = stages.get(stageOf[index]);
        Hits env = envSetters.computeIfAbsent(name, n -> hits(i -> i instanceof Env e && e.pairs().stream().anyMatch(p -> p.key().equals(n))));
        Hits arg = argSetters.computeIfAbsent(name, n -> hits(i -> i instanceof Arg a
                && a.declarations().stream().anyMatch(d -> d.name().equals(n))));
        return env.anyIn(stage.first(), index) || arg.anyIn(stage.first(), index) || env.inAncestors(stage.number());
    }

    /**
     * Whether a RUN whose effect the RUN at {@code index} sees (one before it in its stage, or one of the stages
     * it builds on) has {@code phrase} as whole words ({@link ToolVersions#mentionsPhrase}).
     */
    boolean runBeforeMentionsPhrase(int index, String phrase) {
        if (stageOf[index] < 0) {
            return false;
        }
        Stage stage = stages.get(stageOf[index]);
        Hits hits = runPhrases.computeIfAbsent(phrase,
                p -> hits(i -> i instanceof Run run && ToolVersions.mentionsPhrase(run.value().original(), p)));
        return hits.anyIn(stage.first(), index) || hits.inAncestors(stage.number());
    }

    /**
     * Whether an instruction whose effect the RUN at {@code index} sees mentions {@code text}: one before it in
     * its stage, or one of the stages it builds on.
     */
    boolean mentionedBefore(int index, String text) {
        if (stageOf[index] < 0) {
            return false;
        }
        Stage stage = stages.get(stageOf[index]);
        Hits hits = mentions.computeIfAbsent(text, t -> hits(i -> i.value().original().contains(t)));
        return hits.anyIn(stage.first(), index) || hits.inAncestors(stage.number());
    }

    /**
     * What the stage of the instruction at {@code index} is built on, through the stages it builds on
     * ({@link StageImages#root}): an image (the global ARGs' defaults put in), scratch, or why it is not known
     * before the build; empty before the first FROM.
     */
    Optional<StageBase> baseImage(int index) {
        return stage(index).map(stage -> StageImages.root(bases, stage.number()));
    }

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


    private Hits hits(Predicate<Instruction> matches) {
        List<Instruction> instructions = file.instructions();
        int[] at = new int[8];
        int count = 0;
        for (int i = 0; i < instructions.size(); i++) {
            if (matches.test(instructions.get(i))) {
                if (count == at.length) {
                    at = Arrays.copyOf(at, count * 2);
                }
                at[count++] = i;
            }
        }
        return new Hits(Arrays.copyOf(at, count));
    }

    /** The instructions of the file that match a question, in order, and per stage whether a stage it builds on has one. */
    private final class Hits {
        private final int[] at;
        private boolean[] inAncestors;

        Hits(int[] at) {
            this.at = at;
        }

        /** Whether one of them is at an index from {@code from} (inclusive) to {@code to} (exclusive). */
        boolean anyIn(int from, int to) {
            int found = Arrays.binarySearch(at, from);
            int next = found >= 0 ? found : -found - 1;
            return next < at.length && at[next] < to;
        }

        boolean inAncestors(int stage) {
            if (inAncestors == null) {
                // A parent is an earlier stage: one pass in order fills each stage from its parent's answer.
                inAncestors = new boolean[stages.size()];
                for (Stage s : stages) {
                    int parent = parents[s.number()];
                    inAncestors[s.number()] = parent >= 0
                            && (inAncestors[parent] || anyIn(stages.get(parent).first(), stages.get(parent).end()));
                }
            }
            return inAncestors[stage];
        }
    }
}
