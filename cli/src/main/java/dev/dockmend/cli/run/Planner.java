package dev.dockmend.cli.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import dev.dockmend.cli.config.ConfigFinder;
import dev.dockmend.cli.config.ProjectConfig;
import dev.dockmend.cli.config.RecipeSettings;
import dev.dockmend.context.BuildContexts;
import dev.dockmend.recipe.Recipe;
import dev.dockmend.recipe.RecipeCatalog;
import dev.dockmend.recipe.Safety;

/**
 * Decides the {@link RunPlan} of each file: the nearest {@code .dockmend.yaml} (or {@code --config}),
 * then the command-line flags on top ({@code --recipe} replaces the config's list, {@code --skip} and
 * {@code --safe-only} add to it, {@code --option} overrides). Every recipe id and option is checked (the
 * flags here, a configuration's as it is read), so a typo is an error rather than a silently ignored
 * setting; so is a command line whose flags on their own select no recipe. Plans are cached per configuration.
 */
public final class Planner {
    private final RecipeSettings settings;
    private final SelectionOptions flags;
    private final Map<String, Map<String, String>> flagOptions;
    private final ConfigFinder configs;
    private final ProjectConfig fixedConfig;
    // Keyed by identity: ConfigFinder hands out one instance per configuration file, and a record's
    // hash would walk every list and map of the configuration for each file of a batch.
    private final Map<ProjectConfig, RunPlan> plans = Collections.synchronizedMap(new IdentityHashMap<>());
    private final BuildContexts contexts;

    private Planner(RecipeSettings settings, SelectionOptions flags, Map<String, Map<String, String>> flagOptions, ConfigFinder configs,
                    ProjectConfig fixedConfig) {
        this.settings = settings;
        this.flags = flags;
        this.flagOptions = flagOptions;
        this.configs = configs;
        this.fixedConfig = fixedConfig;
        this.contexts = new BuildContexts(java.util.Optional.ofNullable(flags.context),
                java.util.Optional.of(new dev.dockmend.context.ComposeContexts(new dev.dockmend.cli.config.ComposeFiles())));
    }

    /** Where the build contexts of the run's Dockerfiles are, each read once for the whole run. */
    public BuildContexts contexts() {
        return contexts;
    }

    /** The recipes this planner chooses from. */
    public RecipeCatalog catalog() {
        return settings.catalog();
    }

    /**
     * Checks the flags (and {@code --config}) now, so usage errors come before any file is read;
     * {@code namer} says how messages name a configuration file.
     */
    public static Planner of(RecipeCatalog catalog, SelectionOptions flags, Function<Path, String> namer) throws PlanException {
        RecipeSettings settings = new RecipeSettings(catalog);
        for (String id : flags.recipes) {
            check("--recipe", settings.unknownRecipe(id));
        }
        for (String id : flags.skip) {
            check("--skip", settings.unknownRecipe(id));
        }
        Map<String, Map<String, String>> flagOptions = new LinkedHashMap<>();
        for (String setting : flags.options) {
            int dot = setting.indexOf('.');
            int equals = setting.indexOf('=');
            if (dot < 1 || equals < dot + 2) {
                throw new PlanException("--option " + setting + ": expected RECIPE-ID.NAME=VALUE");
            }
            String id = setting.substring(0, dot);
            String name = setting.substring(dot + 1, equals);
            String value = setting.substring(equals + 1);
            check("--option", settings.unknownRecipe(id));
            check("--option", settings.unknownOption(id, name));
            check("--option", settings.wrongValue(id, name, value));
            flagOptions.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(name, value);
        }
        ConfigFinder configs = new ConfigFinder(settings, namer);
        ProjectConfig fixed = null;
        if (flags.noConfig) {
            fixed = ProjectConfig.NONE;
        } else if (flags.config != null) {
            try {
                fixed = configs.read(flags.config);
            } catch (ConfigFinder.ConfigException e) {
                throw new PlanException(e.getMessage());
            }
        }
        Planner planner = new Planner(settings, flags, flagOptions, configs, fixed);
        RunPlan byFlags = planner.plan(ProjectConfig.NONE);
        if (byFlags.recipes().isEmpty()) {
            throw new PlanException("the command line selects no recipe (" + byFlags.selection() + ")");
        }
        return planner;
    }

    private static void check(String flag, String problem) throws PlanException {
        if (problem != null) {
            throw new PlanException(flag + ": " + problem);
        }
    }

    /** The configuration that governs {@code file} ({@code null}: standard input, no file). */
    public ProjectConfig configFor(Path file) throws PlanException {
        if (fixedConfig != null) {
            return fixedConfig;
        }
        if (file == null) {
            return configFor(Path.of("stdin"));
        }
        try {
            return configs.forFile(file);
        } catch (ConfigFinder.ConfigException e) {
            throw new PlanException(e.getMessage());
        }
    }

    public RunPlan planFor(Path file) throws PlanException {
        ProjectConfig config = configFor(file);
        RunPlan plan = plans.get(config);
        if (plan == null) {
            plan = plan(config);
            plans.putIfAbsent(config, plan);
        }
        return plan;
    }

    private RunPlan plan(ProjectConfig config) {
        List<String> only = flags.recipes.isEmpty() ? config.recipes() : flags.recipes;
        Set<String> skip = new TreeSet<>(config.skip());
        skip.addAll(flags.skip);
        boolean safeOnly = flags.safeOnly || config.safeOnly();
        List<Recipe> recipes = new ArrayList<>();
        for (Recipe recipe : catalog().all()) {
            String id = recipe.id().value();
            if ((only.isEmpty() || only.contains(id)) && !skip.contains(id)
                    && (!safeOnly || recipe.safety() == Safety.SAFE)) {
                recipes.add(recipe);
            }
        }
        Map<String, Map<String, String>> options = new HashMap<>();
        for (Map<String, Map<String, String>> layer : List.of(config.options(), flagOptions)) {
            for (Map.Entry<String, Map<String, String>> entry : layer.entrySet()) {
                options.computeIfAbsent(entry.getKey(), k -> new LinkedHashMap<>()).putAll(entry.getValue());
            }
        }
        return new RunPlan(recipes, options, safeOnly, selection(only, skip, safeOnly));
    }

    /** How the recipes were chosen, for a message when none is left: {@code recipes: a; skip: a; safe-only}. */
    private static String selection(List<String> only, Set<String> skip, boolean safeOnly) {
        List<String> parts = new ArrayList<>();
        parts.add("recipes: " + (only.isEmpty() ? "all" : String.join(", ", only)));
        if (!skip.isEmpty()) {
            parts.add("skip: " + String.join(", ", skip));
        }
        if (safeOnly) {
            parts.add("safe-only, which leaves out every review recipe");
        }
        return String.join("; ", parts);
    }

    /** A wrong recipe id, option or configuration file: a usage error. */
    public static final class PlanException extends Exception {
        public PlanException(String message) {
            super(message);
        }
    }
}
