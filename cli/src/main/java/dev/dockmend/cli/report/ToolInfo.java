package dev.dockmend.cli.report;

import java.util.List;

import dev.dockmend.recipe.Recipe;

/** What a machine-readable report says about the tool: its version and the recipes that ran. */
public record ToolInfo(String version, List<Recipe> recipes) {
    public ToolInfo {
        recipes = List.copyOf(recipes);
    }
}
