package dev.dockmend.cli.migrate;

import java.util.List;

import dev.dockmend.recipe.Change;
import dev.dockmend.recipe.Finding;

/**
 * One Dockerfile of a repository: its path from the repository's top ({@code services/api/Dockerfile}), the
 * changes made and findings left, its errors (a file that does not parse), and its filesystem layers (RUN,
 * COPY and ADD instructions) before and after, for the pull request's expected effect.
 */
public record FileResult(String path, List<Change> changes, List<Finding> findings, List<String> errors, int layersBefore, int layersAfter) {
    public FileResult {
        changes = List.copyOf(changes);
        findings = List.copyOf(findings);
        errors = List.copyOf(errors);
    }

    public boolean changed() {
        return !changes.isEmpty();
    }
}
