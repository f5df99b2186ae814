package dev.dockmend.recipe;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import dev.dockmend.context.BuildContext;
import dev.dockmend.style.FileStyle;

/**
 * What a recipe may know besides the tree: the file's path (for messages), its style, the option
 * values for this recipe (defaults filled in), the suppression comments and, when there is one, the
 * build context.
 */
public final class RecipeContext {
    private final String path;
    private final java.util.function.Supplier<FileStyle> styleSource;
    private FileStyle style;
    private final Map<String, String> options;
    private final Suppressions suppressions;
    private final Recipe recipe;
    private final boolean safeOnly;
    private final Supplier<Optional<BuildContext>> buildContextSource;
    private Optional<BuildContext> buildContext;

    public RecipeContext(String path, FileStyle style, Map<String, String> options, Suppressions suppressions, Recipe recipe) {
        this(path, () -> style, options, suppressions, recipe, false);
    }

    /**
     * With the style sniffed only when a recipe asks for it: most recipes change nothing in most files,
     * and a batch run should not pay for reading every file's style.
     */
    public RecipeContext(String path, java.util.function.Supplier<FileStyle> style, Map<String, String> options,
                         Suppressions suppressions, Recipe recipe, boolean safeOnly) {
        this(path, style, options, suppressions, recipe, safeOnly, Optional::empty);
    }

    /**
     * With the build context found only when a recipe asks for it ({@code buildContext} may be asked once
     * per run of the pipeline on the file; it says where the context is, and reads nothing).
     */
    public RecipeContext(String path, java.util.function.Supplier<FileStyle> style, Map<String, String> options,
                         Suppressions suppressions, Recipe recipe, boolean safeOnly, Supplier<Optional<BuildContext>> buildContext) {
        this.buildContextSource = buildContext;
        this.safeOnly = safeOnly;
        this.path = path;
        this.styleSource = style;
        this.options = Map.copyOf(options);
        this.suppressions = suppressions;
        this.recipe = recipe;
    }

    public String path() {
        return path;
    }

    /**
     * The build context of the file: the files a COPY can read and the ignore rules. Empty for standard
     * input and for a file whose folder cannot be read; a recipe then uses only what the Dockerfile proves.
     */
    public Optional<BuildContext> buildContext() {
        if (buildContext == null) {
            buildContext = buildContextSource.get();
        }
        return buildContext;
    }

    public FileStyle style() {
        if (style == null) {
            style = styleSource.get();
        }
        return style;
    }

    /** The value of option {@code name}: as set by the user, else its default. */
    public String option(String name) {
        String value = options.get(name);
        if (value != null) {
            return value;
        }
        for (RecipeOption option : recipe.options()) {
            if (option.name().equals(name)) {
                return option.defaultValue();
            }
        }
        throw new IllegalArgumentException(recipe.id() + " has no option " + name);
    }

    /**
     * Whether the user accepts {@code review} changes (no {@code --safe-only}). A recipe declared {@code
     * safe} that can make a review change (an option) asks here first; the pipeline refuses a review
     * change made under {@code --safe-only}.
     */
    public boolean allowsReview() {
        return !safeOnly;
    }

    public boolean booleanOption(String name) {
        return Boolean.parseBoolean(option(name));
    }

    /** Whether the recipe may change instruction {@code index} (no suppression comment forbids it). */
    public boolean mayChange(int index) {
        return !suppressions.suppresses(recipe, index);
    }

    /**
     * Whether the recipe may change instruction {@code index} to fix lint rule {@code rule}: it may change
     * the instruction, and no {@code # hadolint ignore=} comment names that rule. For a part of a recipe that
     * fixes a rule not in its {@link Recipe#fixes()} (one turned on by an option).
     */
    public boolean mayFix(int index, String rule) {
        return mayChange(index) && !suppressions.suppressesRule(rule, index);
    }
}
