package dev.dockmend.recipe;

import java.util.List;

import dev.dockmend.tree.Dockerfile;

/** What a recipe gave: the new tree (the same instance when nothing changed), its changes and findings. */
public record RecipeResult(Dockerfile after, List<Change> changes, List<Finding> findings) {
    public RecipeResult {
        changes = List.copyOf(changes);
        findings = List.copyOf(findings);
    }

    public static RecipeResult unchanged(Dockerfile file) {
        return new RecipeResult(file, List.of(), List.of());
    }
}
