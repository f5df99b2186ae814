package dev.dockmend.cli.run;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

/** The recipe-selection flags shared by {@code fix}, {@code check}, {@code actions} and {@code apply}. */
public final class SelectionOptions {
    @Option(names = "--recipe", paramLabel = "ID", description = "Run only this recipe (repeatable). Default: all, or the config's `recipes`.")
    List<String> recipes = new ArrayList<>();

    @Option(names = "--skip", paramLabel = "ID", description = "Do not run this recipe (repeatable).")
    List<String> skip = new ArrayList<>();

    @Option(names = "--safe-only", description = "Run only recipes whose changes are `safe` (the image is the same or smaller).")
    boolean safeOnly;

    @Option(names = "--option", paramLabel = "ID.NAME=VALUE", description = "Set a recipe option, e.g. clean-package-cache.no-install-recommends=true (repeatable).")
    List<String> options = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE", description = "Use this configuration file instead of the nearest .dockmend.yaml.")
    java.nio.file.Path config;

    @Option(names = "--no-config", description = "Ignore .dockmend.yaml files.")
    boolean noConfig;

    /** The planner for these flags, or null after telling {@code err} what is wrong (a usage error). */
    public Planner planner(java.io.PrintWriter err) {
        try {
            return Planner.of(dev.dockmend.recipe.RecipeCatalog.load(), this);
        } catch (Planner.PlanException e) {
            err.println("dockmend: error: " + e.getMessage());
            return null;
        }
    }
}
