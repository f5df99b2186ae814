package dev.dockmend.cli.config;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.dockmend.recipe.Recipe;
import dev.dockmend.recipe.RecipeCatalog;
import dev.dockmend.recipe.RecipeOption;
import dev.dockmend.validate.Suggestion;

/**
 * Checks recipe ids and option settings against the catalog, for the command line's flags and a
 * configuration's keys alike, so a typo is an error that names what exists rather than a setting that is
 * silently ignored. Each check returns null when all is well, else the message (without a position).
 */
public final class RecipeSettings {
    private final RecipeCatalog catalog;

    public RecipeSettings(RecipeCatalog catalog) {
        this.catalog = catalog;
    }

    public RecipeCatalog catalog() {
        return catalog;
    }

    /** Why {@code id} names no recipe, or null. */
    public String unknownRecipe(String id) {
        if (catalog.find(id).isPresent()) {
            return null;
        }
        List<String> known = catalog.all().stream().map(recipe -> recipe.id().value()).toList();
        return "unknown recipe `" + id + "`" + didYouMean(id, known) + " (known: " + String.join(", ", known) + ")";
    }

    /** Why recipe {@code id} (a known one) has no option {@code name}, or null. */
    public String unknownOption(String id, String name) {
        Recipe recipe = catalog.find(id).orElseThrow();
        if (option(recipe, name).isPresent()) {
            return null;
        }
        List<String> names = recipe.options().stream().map(RecipeOption::name).toList();
        return "recipe " + id + " has no option `" + name + "`" + didYouMean(name, names)
                + (names.isEmpty() ? " (it has none)" : " (it has: " + String.join(", ", names) + ")");
    }

    /** Why {@code value} does not suit option {@code name} (a known one) of recipe {@code id}, or null. */
    public String wrongValue(String id, String name, String value) {
        RecipeOption option = option(catalog.find(id).orElseThrow(), name).orElseThrow();
        return option.accepts(value) ? null : "option " + id + "." + name + " takes a " + option.type().name().toLowerCase(Locale.ROOT)
                + " value, not `" + value + "`";
    }

    private static Optional<RecipeOption> option(Recipe recipe, String name) {
        return recipe.options().stream().filter(option -> option.name().equals(name)).findFirst();
    }

    static String didYouMean(String written, List<String> known) {
        return Suggestion.closest(written, known).map(word -> "; did you mean `" + word + "`?").orElse("");
    }
}
