package dev.dockmend.cli.run;

import java.util.List;
import java.util.Map;

import dev.dockmend.recipe.Pipeline;
import dev.dockmend.recipe.Recipe;

/** What runs on a file: the recipes in order and their option values, from the config and the flags. */
public record RunPlan(List<Recipe> recipes, Map<String, Map<String, String>> options, boolean safeOnly, Pipeline pipeline) {
    public RunPlan(List<Recipe> recipes, Map<String, Map<String, String>> options, boolean safeOnly) {
        this(List.copyOf(recipes), Map.copyOf(options), safeOnly, new Pipeline(recipes, safeOnly));
    }
}
