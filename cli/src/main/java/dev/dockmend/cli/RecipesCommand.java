package dev.dockmend.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.dockmend.cli.report.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.dockmend.cli.run.EarlyCatalog;
import dev.dockmend.recipe.Recipe;
import dev.dockmend.recipe.RecipeCatalog;
import dev.dockmend.recipe.RecipeOption;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dockmend recipes}: what can run, in the order it runs. */
@Command(
        name = "recipes",
        addMethodSubcommands = false, // no @Command methods: spares picocli a scan of every method (start-up)
        mixinStandardHelpOptions = true,
        header = "List the recipes, in the order they run, with their safety, options and the lint rules they fix.",
        footerHeading = "%nExamples:%n",
        footer = {"  dockmend recipes", "  dockmend recipes --json"})
final class RecipesCommand implements Callable<Integer> {
    @Option(names = "--json", description = "As a JSON array.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        RecipeCatalog catalog = EarlyCatalog.get();
        if (json) {
                ArrayNode array = Json.array();
            for (Recipe recipe : catalog.all()) {
                ObjectNode node = array.addObject();
                node.put("id", recipe.id().value());
                node.put("summary", recipe.summary());
                node.put("safety", recipe.safety().label());
                node.put("order", recipe.order());
                node.put("rationale", recipe.rationale());
                ArrayNode fixes = node.putArray("fixes");
                recipe.fixes().forEach(fixes::add);
                ArrayNode options = node.putArray("options");
                for (RecipeOption option : recipe.options()) {
                    ObjectNode o = options.addObject();
                    o.put("name", option.name());
                    o.put("type", option.type().name().toLowerCase(java.util.Locale.ROOT));
                    o.put("default", option.defaultValue());
                    o.put("description", option.description());
                }
            }
            out.println(Json.pretty(array));
            return ExitCodes.OK;
        }
        for (Recipe recipe : catalog.all()) {
            out.printf("%-22s %-7s %s%n", recipe.id(), recipe.safety().label(), recipe.summary());
            if (!recipe.fixes().isEmpty()) {
                out.println("    fixes:  " + String.join(", ", recipe.fixes()));
            }
            for (RecipeOption option : recipe.options()) {
                out.println("    option: " + recipe.id() + "." + option.name() + "=" + option.defaultValue() + "  ("
                        + option.type().name().toLowerCase(java.util.Locale.ROOT) + ") " + option.description());
            }
        }
        return ExitCodes.OK;
    }
}
