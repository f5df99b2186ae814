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

import dev.dockmend.cli.config.ConfigFinder;
import dev.dockmend.cli.config.ProjectConfig;
import dev.dockmend.recipe.Recipe;
import dev.dockmend.recipe.RecipeCatalog;
import dev.dockmend.recipe.RecipeOption;
import dev.dockmend.recipe.Safety;

/**
 * Decides the {@link RunPlan} of each file: the nearest {@code .dockmend.yaml} (or {@code --config}),
 * then the command-line flags on top ({@code --recipe} replaces the config's list, {@code --skip} and
 * {@code --safe-only} add to it, {@code --option} overrides). Every recipe id and option is checked, so
 * a typo is an error rather than a silently ignored setting. Plans are cached per configuration.
 */
public final class Planner {
    private final RecipeCatalog catalog;
    private final SelectionOptions flags;
    private final ConfigFinder configs = new ConfigFinder();
    private final ProjectConfig fixedConfig;
    // Keyed by identity: ConfigFinder hands out one instance per configuration file, and a record's
    // hash would walk every list and map of the configuration for each file of a batch.
    private final Map<ProjectConfig, RunPlan> plans = Collections.synchronizedMap(new IdentityHashMap<>());

    private Planner(RecipeCatalog catalog, SelectionOptions flags, ProjectConfig fixedConfig) {
        this.catalog = catalog;
        this.flags = flags;
        this.fixedConfig = fixedConfig;
    }

    /** The recipes this planner chooses from. */
    public RecipeCatalog catalog() {
        return catalog;
    }

    /** Checks the flags (and {@code --config}) now, so usage errors come before any file is read. */
    public static Planner of(RecipeCatalog catalog, SelectionOptions flags) throws PlanException {
        ProjectConfig fixed = null;
        if (flags.noConfig) {
            fixed = ProjectConfig.NONE;
        } else if (flags.config != null) {
            try {
                fixed = new ConfigFinder().read(flags.config);
            } catch (ConfigFinder.ConfigException e) {
                throw new PlanException(e.getMessage());
            }
        }
        Planner planner = new Planner(catalog, flags, fixed);
        planner.plan(ProjectConfig.NONE, "command line");
        return planner;
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
            plan = plan(config, config.directory() == null ? "command line" : config.directory().resolve(ProjectConfig.FILE_NAME).toString());
            plans.putIfAbsent(config, plan);
        }
        return plan;
    }

    private RunPlan plan(ProjectConfig config, String where) throws PlanException {
        List<String> only = flags.recipes.isEmpty() ? config.recipes() : flags.recipes;
        Set<String> skip = new TreeSet<>(config.skip());
        skip.addAll(flags.skip);
        for (String id : only) {
            known(id, where);
        }
        for (String id : skip) {
            known(id, where);
        }
        boolean safeOnly = flags.safeOnly || config.safeOnly();
        List<Recipe> recipes = new ArrayList<>();
        for (Recipe recipe : catalog.all()) {
            String id = recipe.id().value();
            if ((only.isEmpty() || only.contains(id)) && !skip.contains(id)
                    && (!safeOnly || recipe.safety() == Safety.SAFE)) {
                recipes.add(recipe);
            }
        }
        Map<String, Map<String, String>> options = new HashMap<>();
        for (Map.Entry<String, Map<String, String>> entry : config.options().entrySet()) {
            for (Map.Entry<String, String> option : entry.getValue().entrySet()) {
                put(options, entry.getKey(), option.getKey(), String.valueOf(option.getValue()), where);
            }
        }
        for (String setting : flags.options) {
            int dot = setting.indexOf('.');
            int equals = setting.indexOf('=');
            if (dot < 1 || equals < dot + 2) {
                throw new PlanException("--option " + setting + ": expected RECIPE-ID.NAME=VALUE");
            }
            put(options, setting.substring(0, dot), setting.substring(dot + 1, equals), setting.substring(equals + 1), "--option");
        }
        return new RunPlan(recipes, options, safeOnly);
    }

    private Recipe known(String id, String where) throws PlanException {
        return catalog.find(id).orElseThrow(() -> new PlanException(where + ": unknown recipe `" + id + "` (known: "
                + String.join(", ", catalog.all().stream().map(r -> r.id().value()).toList()) + ")"));
    }

    private void put(Map<String, Map<String, String>> options, String id, String name, String value, String where)
            throws PlanException {
        Recipe recipe = known(id, where);
        RecipeOption option = recipe.options().stream().filter(o -> o.name().equals(name)).findFirst()
                .orElseThrow(() -> new PlanException(where + ": recipe " + id + " has no option `" + name + "`"
                        + (recipe.options().isEmpty() ? " (it has none)" : " (it has: "
                        + String.join(", ", recipe.options().stream().map(RecipeOption::name).toList()) + ")")));
        if (!option.accepts(value)) {
            throw new PlanException(where + ": option " + id + "." + name + " takes a " + option.type().name().toLowerCase(java.util.Locale.ROOT)
                    + " value, not `" + value + "`");
        }
        options.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(name, value);
    }

    /** A wrong recipe id, option or configuration file: a usage error. */
    public static final class PlanException extends Exception {
        public PlanException(String message) {
            super(message);
        }
    }
}
