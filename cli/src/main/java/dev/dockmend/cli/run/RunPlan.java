package dev.dockmend.cli.run;

import java.util.List;
import java.util.Map;

import dev.dockmend.recipe.Pipeline;
import dev.dockmend.recipe.Recipe;

/**
 * What runs on a file: the recipes in order and their option values, from the config and the flags.
 * {@code selection} says how they were chosen ({@code recipes: a; skip: b; safe-only}), for a message
 * when none is left.
 */
public record RunPlan(List<Recipe> recipes, Map<String, Map<String, String>> options, boolean safeOnly, String selection, Pipeline pipeline) {
    public RunPlan(List<Recipe> recipes, Map<String, Map<String, String>> options, boolean safeOnly, String selection) {
        this(List.copyOf(recipes), Map.copyOf(options), safeOnly, selection, new Pipeline(recipes, safeOnly));
    }
}
