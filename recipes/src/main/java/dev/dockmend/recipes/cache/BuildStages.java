package dev.dockmend.recipes.cache;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    /** Per stage number, what {@link #takenFrom}, {@link #firstUser} and {@link #homeUnknown} found. */
    private final Map<Integer, List<String>> taken = new HashMap<>();
    private final Map<Integer, Integer> firstUsers = new HashMap<>();
    private final Map<Integer, Boolean> userInAncestors = new HashMap<>();

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

    /** The sources other stages take from {@code stage} and from the stages built on it; worked out once per stage. */
    private List<String> takenFrom(Stage stage) {
        return taken.computeIfAbsent(stage.number(), number -> {
            List<String> sources = new ArrayList<>();
            List<Stage> pending = new ArrayList<>(List.of(stage));
            while (!pending.isEmpty()) {
                Stage next = pending.remove(pending.size() - 1);
                for (ShippedStages.Taken use : shipped.takenFrom(next.number())) {
                    sources.addAll(use.sources());
                }
                pending.addAll(file.children(next));
            }
            return sources;
        });
    }

    /**
     * Whether the home folder of the RUN at {@code index} may be other than root's: a USER other than root, or an
     * ENV HOME, in its stage before it or in the stages it builds on.
     */
    private boolean homeUnknown(Stage stage, int index) {
        return file.setsVariable(index, "HOME") || firstUser(stage) < index
                || userInAncestors.computeIfAbsent(stage.number(),
                        number -> file.ancestors(stage).stream().anyMatch(ancestor -> firstUser(ancestor) < Integer.MAX_VALUE));
    }

    /** The index of the stage's first USER other than root, or {@link Integer#MAX_VALUE}; worked out once per stage. */
    private int firstUser(Stage stage) {
        return firstUsers.computeIfAbsent(stage.number(), number -> {
            for (int i = 1; i < stage.instructions().size(); i++) {
                if (stage.instructions().get(i) instanceof User user && !user.user().equals("root") && !user.user().equals("0")) {
                    return stage.fileIndex(i);
                }
            }
            return Integer.MAX_VALUE;
        });
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
