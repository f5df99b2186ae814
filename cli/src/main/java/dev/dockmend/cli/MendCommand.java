package dev.dockmend.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import dev.dockmend.cli.report.Colors;
import dev.dockmend.cli.report.Format;
import dev.dockmend.cli.report.OutputOptions;
import dev.dockmend.cli.report.Report;
import dev.dockmend.cli.report.ToolInfo;
import dev.dockmend.cli.run.Batch;
import dev.dockmend.cli.run.Mender;
import dev.dockmend.cli.run.Outcome;
import dev.dockmend.cli.run.Planner;
import dev.dockmend.cli.run.SelectionOptions;
import dev.dockmend.cli.run.Source;
import dev.dockmend.recipe.RecipeCatalog;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * What {@code fix} and {@code check} share: the files (paths, directories, or {@code -} for standard
 * input), the recipe selection, the output options; they differ in what they do with the outcomes.
 * Declared in code, not with annotations: these commands start with every batch (see {@link Specs}).
 */
abstract class MendCommand implements Callable<Integer> {
    final Dockmend root;
    final CommandSpec spec;

    // What the command line gave, read from the spec when the command runs.
    List<String> paths;
    Path stdinFilename;
    boolean forceExclude;
    SelectionOptions selection;
    OutputOptions output;

    MendCommand(Dockmend root, String name, String header, String... description) {
        this.root = root;
        this.spec = Specs.command(this, name, header, description);
        spec.addPositional(PositionalParamSpec.builder().paramLabel("PATH").arity("0..*").type(List.class).auxiliaryTypes(String.class)
                .parameterConsumer(new PathArguments())
                .description("Dockerfiles or directories (default: the current directory); - reads standard input.").build());
        spec.addOption(OptionSpec.builder("--force-exclude").type(boolean.class)
                .description("Leave out files named on the command line that a configuration's exclude patterns (or a folder "
                        + "above them) exclude, as a folder search does: for pre-commit and editors, which name files.").build());
        spec.addOption(OptionSpec.builder("--stdin-filename").paramLabel("PATH").type(Path.class)
                .description("The path standard input stands for: names it in messages and finds its .dockmend.yaml.").build());
        SelectionOptions.addTo(spec);
        OutputOptions.addTo(spec);
        Specs.standardHelp(spec);
    }

    /** Reads the parsed command line into the fields. */
    void bind() {
        List<String> given = spec.positionalParameters().get(0).getValue();
        paths = given == null ? List.of() : given;
        stdinFilename = Specs.value(spec, "--stdin-filename");
        forceExclude = Boolean.TRUE.equals(spec.findOption("--force-exclude").getValue());
        selection = SelectionOptions.of(spec);
        output = OutputOptions.of(spec);
    }

    /** The format when {@code --format} is not given. */
    abstract Format defaultFormat();

    /** The wording of the report: what the command does with the changes. */
    abstract Report.Mode mode();

    /** Acts on the outcomes (writes files, prints {@code report}) and returns the exit code. */
    abstract int handle(List<Outcome> outcomes, Report report, PrintWriter out, PrintWriter err) throws IOException;

    @Override
    public Integer call() throws IOException {
        bind();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Planner planner = selection.planner(root.directory(), err);
        if (planner == null) {
            return ExitCodes.USAGE;
        }
        List<Source> sources = sources(planner, err);
        if (sources == null) {
            return ExitCodes.USAGE;
        }
        if (root.verbose()) {
            for (Source source : sources) {
                err.println(source.name() + ": recipes " + recipeIds(planner, source));
                buildContext(planner, source).forEach(line -> err.println(source.name() + ": " + line));
            }
        }
        Report report = report(mode(), planner.catalog());
        boolean keepRewrites = report.needsRewrites() || needsRewrites(sources);
        List<Outcome> outcomes = Batch.run(sources, new Mender(planner), outcome -> finish(outcome, report, keepRewrites));
        return handle(outcomes, report, out, err);
    }

    /**
     * What happens to one file's outcome on the thread that mended it: the report renders its part, then
     * the trees are let go unless something after the batch still needs them.
     */
    private static Outcome finish(Outcome outcome, Report report, boolean keepRewrites) {
        report.prepare(outcome);
        return keepRewrites || !(outcome instanceof Outcome.Mended mended) ? outcome : mended.withoutRewrite();
    }

    /** Whether {@link #handle} needs the changed files' trees, whatever the report. */
    boolean needsRewrites(List<Source> sources) {
        return false;
    }

    private List<Source> sources(Planner planner, PrintWriter err) throws IOException {
        SourceSearch search = new SourceSearch(root.directory(), planner, forceExclude, root.verbose(), err);
        if (paths.contains("-")) {
            if (paths.size() > 1) {
                err.println("dockmend: error: - (standard input) cannot be combined with other paths");
                return null;
            }
            return search.standardInput(Source.stdin(root.directory(), stdinFilename == null ? null : root.resolve(stdinFilename.toString()),
                    root.stdin().readAllBytes()));
        }
        return search.files(paths);
    }

    /**
     * Which build context recipes get for {@code source} and why, then the notes of the search (a compose
     * file that could not be read, services that disagree), for {@code --verbose}.
     */
    private List<String> buildContext(Planner planner, Source source) {
        java.util.Optional<dev.dockmend.context.BuildContexts.Located> located = planner.contexts().locate(source.path());
        if (located.isEmpty()) {
            return List.of(source.path() == null ? "no build context (standard input)" : "no build context (its folder cannot be read)");
        }
        dev.dockmend.context.ContextOrigin origin = located.get().origin();
        dev.dockmend.context.BuildContext context = located.get().context();
        List<String> lines = new java.util.ArrayList<>();
        lines.add("build context " + shown(context.root()) + " (" + origin.describe(this::shown) + ")"
                + context.ignoreFile().map(file -> ", ignore file " + shown(file)).orElse(""));
        origin.notes().forEach(note -> lines.add("note: " + note.describe(this::shown)));
        return lines;
    }

    /** A path as messages name it (relative to the working directory when below it), {@code .} for that directory. */
    private String shown(Path path) {
        Path base = root.directory().toAbsolutePath().normalize();
        return path.toAbsolutePath().normalize().equals(base) ? "." : Source.namer(base).name(path);
    }

    private static String recipeIds(Planner planner, Source source) {
        try {
            return String.join(", ", planner.planFor(source.path()).recipes().stream().map(r -> r.id().value()).toList());
        } catch (Planner.PlanException e) {
            return "(configuration error: " + e.getMessage() + ")";
        }
    }

    /** The report in the chosen format, with {@code mode}'s wording; SARIF lists {@code catalog}'s recipes as rules. */
    Report report(Report.Mode mode, RecipeCatalog catalog) {
        Format format = output.format == null ? defaultFormat() : output.format;
        Colors colors = Colors.of(output.color, System.getenv(), root.terminal());
        return Report.of(format, mode, colors, output.context, new ToolInfo(Dockmend.version(), catalog.all()),
                root.directory(), root.stdout());
    }

    /** The exit code for failed files, if any: an internal error outranks a usage error, which outranks an input error. */
    static int failureCode(List<Outcome> outcomes) {
        int code = ExitCodes.OK;
        for (Outcome outcome : outcomes) {
            if (outcome instanceof Outcome.Failed failed) {
                code = ExitCodes.worse(code, failed.exitCode());
            }
        }
        return code;
    }
}
