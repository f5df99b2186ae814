package dev.dockmend.tree.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.dockmend.tree.Copy;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.Keyword;
import dev.dockmend.tree.Run;

/**
 * Which stages' layers ship in the built image, and how the others are used. The image is the final stage
 * (dockmend cannot know {@code --target}, so the final stage is the last one, as {@code docker build} builds
 * without it) with the layers of every stage it is built on ({@code FROM build AS final}, and the stages
 * {@code build} is built on in turn). Any other stage is a build stage: only files taken from it by
 * {@code COPY --from} or read through {@code RUN --mount=from=} (or nothing, when it is unused) reach the
 * image, never its layers. What reaches the image decides whether a change to a stage's layers (fewer
 * layers, a cleaned cache) can make the image smaller.
 *
 * <p>Stage references are resolved as BuildKit resolves them: {@code FROM} names an earlier stage, case
 * aside ({@link Stages#parents}); {@code COPY --from} names a stage, or gives its number ({@code --from=0});
 * a mount's {@code from} names a stage (a number there is an image). A {@code FROM} whose image holds a
 * variable ({@code FROM ${BASE}}) may name any earlier stage, whatever the build arguments: when one of the
 * shipped stages has one, every earlier stage counts as shipped.
 */
public final class ShippedStages {
    /** What a stage is to the image. */
    public enum Role {
        /** The last stage: the image, unless the build names another {@code --target}. */
        FINAL,
        /** The final stage is built on it, directly or through other stages. */
        BASE,
        /** A stage's {@code FROM} holds a variable that may name this one: it is taken as shipped. */
        POSSIBLE_BASE,
        /** Its layers do not ship: it is only taken from, or unused. */
        BUILD
    }

    /**
     * An instruction that takes files from a stage.
     *
     * @param index   the instruction's index in the file
     * @param sources the paths it takes, as written ({@code /} for a mount without {@code source})
     */
    public record Taken(int index, List<String> sources) {
    }

    private final List<Stage> stages;
    private final Role[] roles;
    private final List<List<Taken>> taken;

    private ShippedStages(List<Stage> stages, Role[] roles, List<List<Taken>> taken) {
        this.stages = stages;
        this.roles = roles;
        this.taken = taken;
    }

    public static ShippedStages of(List<Stage> stages) {
        Role[] roles = new Role[stages.size()];
        java.util.Arrays.fill(roles, Role.BUILD);
        if (!stages.isEmpty()) {
            int[] parents = Stages.parents(stages);
            int last = stages.size() - 1;
            roles[last] = Role.FINAL;
            for (int stage = last; stage >= 0; stage = parents[stage]) {
                if (stage != last) {
                    roles[stage] = Role.BASE;
                }
                if (stages.get(stage).from().image().contains("$")) {
                    for (int earlier = 0; earlier < stage; earlier++) {
                        roles[earlier] = roles[earlier] == Role.BUILD ? Role.POSSIBLE_BASE : roles[earlier];
                    }
                }
            }
        }
        return new ShippedStages(stages, roles, takenFrom(stages));
    }

    /** Per stage number, the instructions that take files from it. */
    private static List<List<Taken>> takenFrom(List<Stage> stages) {
        Map<String, Integer> named = new HashMap<>();
        List<List<Taken>> taken = new ArrayList<>(stages.size());
        for (Stage stage : stages) {
            stage.name().ifPresent(name -> named.putIfAbsent(name, stage.number()));
            taken.add(new ArrayList<>());
        }
        for (Stage stage : stages) {
            for (int i = 1; i < stage.instructions().size(); i++) {
                Instruction instruction = stage.instructions().get(i);
                int index = stage.fileIndex(i);
                if (instruction instanceof Copy copy && copy.from().isPresent()) {
                    stageNamed(copy.from().get(), named, stages.size(), true)
                            .ifPresent(from -> taken.get(from).add(new Taken(index, copy.sources())));
                } else if (instruction instanceof Run run) {
                    for (String mount : run.mounts()) {
                        Optional<MountFrom> from = MountFrom.of(mount);
                        Optional<Integer> source = from.flatMap(mounted -> stageNamed(mounted.stage(), named, stages.size(), false));
                        source.ifPresent(number -> taken.get(number).add(new Taken(index, List.of(from.get().source()))));
                    }
                }
            }
        }
        return taken;
    }

    /** The stage a {@code --from} value names: a stage name, case aside, or (for COPY) a stage number. */
    private static Optional<Integer> stageNamed(String value, Map<String, Integer> named, int count, boolean byNumber) {
        Integer stage = named.get(Keyword.lowerCase(value));
        if (stage == null && byNumber && !value.isEmpty() && value.chars().allMatch(Character::isDigit) && value.length() < 10) {
            int number = Integer.parseInt(value);
            stage = number < count ? number : null;
        }
        return Optional.ofNullable(stage);
    }

    /** The {@code from} and {@code source} of a mount, when it has a {@code from} (tmpfs mounts never read one). */
    private record MountFrom(String stage, String source) {
        static Optional<MountFrom> of(String mount) {
            String from = null;
            String source = "/";
            String type = "bind";
            for (String field : mount.split(",")) {
                int eq = field.indexOf('=');
                String key = Keyword.lowerCase(eq < 0 ? field : field.substring(0, eq));
                String value = eq < 0 ? "" : field.substring(eq + 1);
                switch (key) {
                    case "from" -> from = value;
                    case "source", "src" -> source = value;
                    case "type" -> type = value;
                    default -> {
                    }
                }
            }
            return from == null || from.isEmpty() || type.equals("tmpfs") ? Optional.empty() : Optional.of(new MountFrom(from, source));
        }
    }

    public Role role(int stage) {
        return roles[stage];
    }

    /** Whether the stage's layers are (or may be) layers of the image. */
    public boolean ships(int stage) {
        return roles[stage] != Role.BUILD;
    }

    /** The instructions that take files from the stage, in file order. */
    public List<Taken> takenFrom(int stage) {
        return List.copyOf(taken.get(stage));
    }

    /**
     * How a build stage is used, for a finding: "other stages only take files from it, at line 12", or "no other
     * stage uses it". {@code lineOf} gives an instruction's line.
     */
    public String howUsed(int stage, java.util.function.IntUnaryOperator lineOf) {
        List<Taken> uses = taken.get(stage);
        if (uses.isEmpty()) {
            return "no other stage uses it";
        }
        List<String> lines = new ArrayList<>();
        for (Taken use : uses) {
            lines.add(String.valueOf(lineOf.applyAsInt(use.index())));
        }
        return "other stages only take files from it, at line" + (lines.size() == 1 ? " " : "s ") + String.join(", ", lines);
    }

    /** The stages, as given. */
    public List<Stage> stages() {
        return stages;
    }
}
