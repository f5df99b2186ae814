package dev.dockmend.recipes.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.dockmend.edit.Edits;
import dev.dockmend.edit.InstructionEdits;
import dev.dockmend.recipe.Change;
import dev.dockmend.recipe.Finding;
import dev.dockmend.recipe.Recipe;
import dev.dockmend.recipe.RecipeContext;
import dev.dockmend.recipe.RecipeId;
import dev.dockmend.recipe.RecipeResult;
import dev.dockmend.recipe.Safety;
import dev.dockmend.recipe.Severity;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.Label;
import dev.dockmend.tree.Maintainer;
import dev.dockmend.tree.PhysicalLine;
import dev.dockmend.tree.view.Stage;
import dev.dockmend.tree.view.Stages;

/**
 * Replaces the deprecated {@code MAINTAINER Jane <jane@example.com>} with
 * {@code LABEL org.opencontainers.image.authors="Jane <jane@example.com>"}. The value is quoted and
 * escaped for LABEL, which expands variables where MAINTAINER did not. Declines where the stage
 * already has that label, or where comment lines inside the instruction would be lost.
 */
public final class MaintainerToLabel implements Recipe {
    private static final RecipeId ID = RecipeId.of("maintainer-to-label");
    static final String AUTHORS = "org.opencontainers.image.authors";

    @Override
    public RecipeId id() {
        return ID;
    }

    @Override
    public String summary() {
        return "Replace the deprecated MAINTAINER with the OCI authors label";
    }

    @Override
    public String rationale() {
        return "MAINTAINER is deprecated; the org.opencontainers.image.authors label carries the same information in "
                + "the standard place that registries and scanners read. The image's legacy Author field is no longer "
                + "set, hence review. https://docs.docker.com/reference/build-checks/maintainer-deprecated/";
    }

    @Override
    public Safety safety() {
        return Safety.REVIEW;
    }

    @Override
    public List<String> fixes() {
        return List.of("MaintainerDeprecated", "DL4000");
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public RecipeResult apply(Dockerfile file, RecipeContext context) {
        List<Finding> findings = new ArrayList<>();
        InstructionEdits edits = new InstructionEdits(file);
        // Findings name lines of the file this recipe was given, as changes do; positions are computed once.
        List<Dockerfile.Located> located = file.located();
        for (Stage stage : Stages.of(file)) {
            Boolean hasAuthors = null; // worked out at the stage's first MAINTAINER: most stages have none
            for (int i = 0; i < stage.instructions().size(); i++) {
                Instruction instruction = stage.instructions().get(i);
                int index = stage.fileIndex(i);
                if (!(instruction instanceof Maintainer maintainer) || maintainer.name().isEmpty() || !context.mayChange(index)) {
                    continue;
                }
                int line = located.get(index).startLine();
                if (hasAuthors == null) {
                    hasAuthors = hasAuthorsLabel(stage);
                }
                // Both findings are warnings: the deprecated MAINTAINER stays (BuildKit's MaintainerDeprecated), and
                // a person can replace it by hand.
                if (hasAuthors) {
                    findings.add(new Finding(ID, line, 1, Severity.WARNING, "MAINTAINER is deprecated, but this stage already has an "
                            + AUTHORS + " label", "remove the MAINTAINER line, keeping the label"));
                    continue;
                }
                if (instruction.syntax().hasCommentLines()) {
                    findings.add(new Finding(ID, line, 1, Severity.WARNING, "MAINTAINER is deprecated, but comment lines inside it would be lost",
                            "replace it by hand with LABEL " + AUTHORS + "=\"...\""));
                    continue;
                }
                String text = context.style().keyword("LABEL") + " " + AUTHORS + "=" + quoted(maintainer.name(), file.escapeCharacter())
                        + context.style().lineEnding();
                // Every MAINTAINER of the stage becomes a label only while the stage has none: together, or not at all.
                Optional<String> tie = Optional.of("stage " + stage.number());
                edits.replace(index, Edits.instruction(file, text), (before, after) -> new Change(ID, before, after,
                        "MAINTAINER is deprecated; the authors label replaces it", Safety.REVIEW, tie));
            }
        }
        return edits.result(findings);
    }

    /** A double-quoted LABEL value that means exactly {@code value}: escape, quote and {@code $} escaped. */
    static String quoted(String value, char escape) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == escape || c == '"' || c == '$') {
                out.append(escape);
            }
            out.append(c);
        }
        return out.append('"').toString();
    }

    private static String unquote(String key) {
        return key.length() >= 2 && (key.startsWith("\"") && key.endsWith("\"") || key.startsWith("'") && key.endsWith("'"))
                ? key.substring(1, key.length() - 1) : key;
    }

    private static boolean hasAuthorsLabel(Stage stage) {
        for (Instruction instruction : stage.instructions()) {
            if (instruction instanceof Label label) {
                for (var pair : label.pairs()) {
                    if (unquote(pair.key()).equals(AUTHORS)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
