package dev.dockmend.recipes.cache;

import java.util.ArrayList;
import java.util.List;

import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.User;
import dev.dockmend.tree.view.ShippedStages;
import dev.dockmend.tree.view.Stage;

/**
 * Where the recipe leaves package caches alone: in a build stage ({@link ShippedStages}), whose layers are not in
 * the image, a cache left behind makes the image no bigger. Unless the cache can reach the image in the files
 * other stages take from the stage, or from a stage built on it: a source that is the cache or a folder above it
 * ({@code COPY --from=build / /}, {@code COPY --from=build /root /root}, a mount of the stage's root), a source
 * with a variable or a glob, or, where the stage's home folder is not known ({@code USER app}, {@code ENV HOME}),
 * any source for a cache in the home folder.
 */
final class BuildStages {
    private final FileContext file;
    private final ShippedStages shipped;
    private final boolean everyStage;

    /** @param everyStage the recipe acts in build stages too (option {@code build-stages}) */
    BuildStages(FileContext file, boolean everyStage) {
        this.file = file;
        this.shipped = ShippedStages.of(file.stages());
        this.everyStage = everyStage;
    }

    /** Whether the recipe leaves the RUN alone: its stage is a build stage, and no cache of its managers reaches the image. */
    boolean leavesAlone(RunFacts facts, PackageManagers managers) {
        Stage stage = file.stage(facts.index()).orElse(null);
        if (everyStage || stage == null || shipped.ships(stage.number())) {
            return false;
        }
        List<String> sources = takenFrom(stage);
        boolean homeUnknown = homeUnknown(stage, facts.index());
        Iterable<PackageManager> used = facts.commands().isEmpty() ? managers.all() : facts.commands().keySet();
        for (PackageManager manager : used) {
            for (String cache : manager.signs().cache()) {
                for (String source : sources) {
                    if (reaches(source, cache, homeUnknown)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The info finding's reason for the stage of the RUN at {@code index}. */
    String reason(int index) {
        Stage stage = file.stage(index).orElseThrow();
        String name = stage.name().map(n -> "stage `" + n + "`").orElse("stage " + stage.number());
        return "the package caches of " + name + " are left alone: it is a build stage (the last stage is not built on it; "
                + shipped.howUsed(stage.number(), file::line) + "), whose layers are not in the image, and the files "
                + "taken from it hold no package cache, so cleaning them would not make the image smaller";
    }

    static final String SUGGESTION = "nothing to do; to make its rebuilds faster, keep the caches in cache mounts "
            + "(RUN --mount=type=cache,target=...) instead";

    /** The sources other stages take from {@code stage} and from the stages built on it. */
    private List<String> takenFrom(Stage stage) {
        List<String> sources = new ArrayList<>();
        List<Stage> pending = new ArrayList<>(List.of(stage));
        while (!pending.isEmpty()) {
            Stage next = pending.remove(pending.size() - 1);
            for (ShippedStages.Taken taken : shipped.takenFrom(next.number())) {
                sources.addAll(taken.sources());
            }
            pending.addAll(file.children(next));
        }
        return sources;
    }

    /**
     * Whether the home folder of the RUN at {@code index} may be other than root's: a USER other than root, or an
     * ENV HOME, in its stage before it or in the stages it builds on.
     */
    private boolean homeUnknown(Stage stage, int index) {
        if (file.setsVariable(index, "HOME")) {
            return true;
        }
        List<Stage> stages = new ArrayList<>(file.ancestors(stage));
        stages.add(stage);
        for (Stage each : stages) {
            for (int i = 1; i < each.instructions().size() && each.fileIndex(i) < index; i++) {
                Instruction instruction = each.instructions().get(i);
                if (instruction instanceof User user && !user.user().equals("root") && !user.user().equals("0")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether taking {@code source} (as written, relative to the stage's root) may take {@code cache} (as the table writes it). */
    private static boolean reaches(String source, String cache, boolean homeUnknown) {
        if (source.contains("$") || source.contains("?") || source.contains("[")
                || source.indexOf('*') >= 0 && source.indexOf('*') < source.length() - 1) {
            return true;
        }
        if (cache.startsWith("~") && homeUnknown) {
            return true;
        }
        String absolute = source.startsWith("/") ? source : "/" + source;
        String path = CachePaths.normalise(absolute.equals("/.") || absolute.equals("/./") ? "/" : absolute);
        return CachePaths.holds(path, cache) || cache.startsWith("~") && path.equals("/home");
    }
}
