package dev.dockmend.recipe;

import java.util.List;

import dev.dockmend.tree.Dockerfile;

/**
 * A refactoring of Dockerfiles. Implementations are found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.dockmend.recipe.Recipe}), so a jar of extra recipes on the class path
 * just works. A recipe must be deterministic and idempotent: applied to its own output it changes
 * nothing. When it cannot prove a change keeps the build's meaning it makes no change and reports a
 * {@link Finding} instead.
 */
public interface Recipe {
    RecipeId id();

    /** An imperative phrase without a period, e.g. "Write CMD and ENTRYPOINT in exec form". */
    String summary();

    /** Why, in sentences, ending with a link to the Docker documentation or the lint rule. */
    String rationale();

    /** The link that ends {@link #rationale()}, if any: the documentation page or lint rule. */
    default java.util.Optional<String> documentation() {
        String rationale = rationale();
        int at = rationale.lastIndexOf("https://");
        if (at < 0) {
            return java.util.Optional.empty();
        }
        int end = at;
        while (end < rationale.length() && !Character.isWhitespace(rationale.charAt(end))) {
            end++;
        }
        return java.util.Optional.of(rationale.substring(at, end));
    }

    /** The safety of the changes it makes (a change may state its own, never safer than this). */
    Safety safety();

    /** Lint rules this recipe fixes, e.g. {@code DL4000}, {@code MaintainerDeprecated}; {@code # hadolint ignore=} honours them. */
    default List<String> fixes() {
        return List.of();
    }

    default List<RecipeOption> options() {
        return List.of();
    }

    /**
     * Where it runs among the recipes: lower first. Structure-changing recipes (stages, order of
     * COPY) run before layer merging, cleanup and small rewrites; ties are broken by id.
     */
    default int order() {
        return 500;
    }

    RecipeResult apply(Dockerfile file, RecipeContext context);
}
