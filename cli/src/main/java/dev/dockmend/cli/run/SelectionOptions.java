package dev.dockmend.cli.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The recipe-selection flags shared by {@code fix}, {@code check}, {@code actions} and {@code apply},
 * declared in code (see dev.dockmend.cli.Specs): {@link #addTo} puts them on a command, {@link #of} reads
 * what the command line gave.
 */
public final class SelectionOptions {
    List<String> recipes = new ArrayList<>();
    List<String> skip = new ArrayList<>();
    boolean safeOnly;
    List<String> options = new ArrayList<>();
    Path config;
    boolean noConfig;
    /** The build context named with {@code --context} (or {@code --build-context}), or null: found for each Dockerfile. */
    Path context;

    /** Adds the flags to {@code spec}. */
    public static void addTo(CommandSpec spec) {
        spec.addOption(repeatable("--recipe", "ID", "Run only this recipe (repeatable). Default: all, or the config's `recipes`."));
        spec.addOption(repeatable("--skip", "ID", "Do not run this recipe (repeatable)."));
        spec.addOption(OptionSpec.builder("--safe-only").type(boolean.class)
                .description("Run only recipes whose changes are `safe` (the image is the same or smaller).").build());
        spec.addOption(repeatable("--option", "ID.NAME=VALUE",
                "Set a recipe option, e.g. clean-package-cache.no-install-recommends=true (repeatable)."));
        spec.addOption(OptionSpec.builder("--config").paramLabel("FILE").type(Path.class)
                .description("Use this configuration file instead of the nearest .dockmend.yaml.").build());
        spec.addOption(OptionSpec.builder("--no-config").type(boolean.class).description("Ignore .dockmend.yaml files.").build());
        spec.addOption(OptionSpec.builder("--context", "--build-context").paramLabel("DIR").type(Path.class)
                .description("The build context of every Dockerfile of the run. Default: the context a compose file at or above "
                        + "the Dockerfile (up to the repository's root) gives it, else the Dockerfile's folder.").build());
    }

    private static OptionSpec repeatable(String name, String label, String description) {
        return OptionSpec.builder(name).paramLabel(label).type(List.class).auxiliaryTypes(String.class).description(description).build();
    }

    /** The flags as parsed for {@code spec}, which {@link #addTo} set up. */
    public static SelectionOptions of(CommandSpec spec) {
        SelectionOptions selection = new SelectionOptions();
        selection.recipes = orEmpty(spec.findOption("--recipe").getValue());
        selection.skip = orEmpty(spec.findOption("--skip").getValue());
        selection.safeOnly = Boolean.TRUE.equals(spec.findOption("--safe-only").getValue());
        selection.options = orEmpty(spec.findOption("--option").getValue());
        selection.config = spec.findOption("--config").getValue();
        selection.noConfig = Boolean.TRUE.equals(spec.findOption("--no-config").getValue());
        selection.context = spec.findOption("--context").getValue();
        return selection;
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    /**
     * The planner for these flags, or null after telling {@code err} what is wrong (a usage error);
     * configuration files are named relative to {@code base}, as the Dockerfiles are.
     */
    public Planner planner(Path base, java.io.PrintWriter err) {
        if (context != null) {
            context = base.resolve(context);
            if (!java.nio.file.Files.isDirectory(context)) {
                // --context N was the diff's context lines before it named the build context (now -U N).
                String hint = context.getFileName() != null && context.getFileName().toString().matches("[0-9]+")
                        ? " (the lines of context in diffs are -U N, --unified N)" : "";
                err.println("dockmend: error: --context " + context + ": not a folder" + hint);
                return null;
            }
        }
        try {
            return Planner.of(EarlyCatalog.get(), this, Source.namer(base)::name);
        } catch (Planner.PlanException e) {
            err.println("dockmend: error: " + e.getMessage());
            return null;
        }
    }
}
