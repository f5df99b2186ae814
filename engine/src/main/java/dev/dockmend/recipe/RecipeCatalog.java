package dev.dockmend.recipe;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The recipes on the class path, found with {@link ServiceLoader}, in the order a run applies them. */
public final class RecipeCatalog {
    private final List<Recipe> recipes;

    private RecipeCatalog(List<Recipe> recipes) {
        List<Recipe> sorted = new ArrayList<>(recipes);
        // A plain lambda, not Comparator.comparingInt(...).thenComparing(...): those build serializable lambdas,
        // which the class-data sharing archive cannot hold, so each run would generate their classes anew.
        sorted.sort((a, b) -> a.order() != b.order() ? Integer.compare(a.order(), b.order()) : a.id().compareTo(b.id()));
        this.recipes = List.copyOf(sorted);
    }

    public static RecipeCatalog load() {
        List<Recipe> found = new ArrayList<>();
        ServiceLoader.load(Recipe.class).forEach(found::add);
        return new RecipeCatalog(found);
    }

    public static RecipeCatalog of(List<Recipe> recipes) {
        return new RecipeCatalog(recipes);
    }

    /** All recipes, in application order. */
    public List<Recipe> all() {
        return recipes;
    }

    public Optional<Recipe> find(String id) {
        return recipes.stream().filter(r -> r.id().value().equals(id)).findFirst();
    }
}
