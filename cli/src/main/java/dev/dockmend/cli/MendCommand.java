package dev.dockmend.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import dev.dockmend.cli.config.ProjectConfig;
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
    SelectionOptions selection;
    OutputOptions output;

    MendCommand(Dockmend root, String name, String header, String... description) {
        this.root = root;
        this.spec = Specs.command(this, name, header, description);
        spec.addPositional(PositionalParamSpec.builder().paramLabel("PATH").arity("0..*").type(List.class).auxiliaryTypes(String.class)
                .parameterConsumer(new PathArguments())
                .description("Dockerfiles or directories (default: the current directory); - reads standard input.").build());
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
        Planner planner = selection.planner(err);
        if (planner == null) {
            return ExitCodes.USAGE;
        }
        List<Source> sources = sources(planner, err);
        if (sources == null) {
            return ExitCodes.USAGE;
        }
        if (sources.isEmpty()) {
            err.println(DockerfileFinder.noneFound(paths.isEmpty() ? List.of(".") : paths));
        }
        if (root.verbose()) {
            for (Source source : sources) {
                err.println(source.name() + ": recipes " + recipeIds(planner, source));
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
        List<String> given = paths.isEmpty() ? List.of(".") : paths;
        Path base = root.directory();
        if (given.contains("-")) {
            if (given.size() > 1) {
                err.println("dockmend: error: - (standard input) cannot be combined with other paths");
                return null;
            }
            return List.of(Source.stdin(base, stdinFilename == null ? null : root.resolve(stdinFilename.toString()),
                    root.stdin().readAllBytes()));
        }
        // One look at each path, on every core when there are many: a batch names thousands of files.
        List<Looked> looked;
        try {
            looked = (given.size() > PARALLEL_LOOKS ? given.parallelStream() : given.stream()).map(path -> Looked.at(base, path)).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<Path> files = new ArrayList<>();
        // A file named twice, or named and found in a folder also named, is one file: mended and reported once.
        Set<Path> seen = new HashSet<>();
        for (Looked path : looked) {
            if (path.kind() == Looked.Kind.MISSING) {
                err.println(path.given() + ": error: " + path.problem());
                return null;
            }
            if (path.kind() == Looked.Kind.FILE) {
                addOnce(files, seen, path.file());
            } else {
                for (Path found : DockerfileFinder.expand(List.of(path.file()), candidate -> excluded(planner, candidate))) {
                    addOnce(files, seen, found);
                }
            }
        }
        Source.Namer namer = Source.namer(base);
        List<Source> sources = new ArrayList<>(files.size());
        for (Path file : files) {
            sources.add(namer.file(file));
        }
        return sources;
    }

    /** Below this many paths, looking at them one after another is quicker than sharing the work out. */
    private static final int PARALLEL_LOOKS = 64;

    /** A path as given, resolved, and what it is; for a missing one, why (as the system says it). */
    private record Looked(String given, Path file, Kind kind, String problem) {
        enum Kind {
            /** A regular file, or a link to one. */
            FILE,
            /** Nothing by that name, or it cannot be looked at (a file in the middle of the path, no permission). */
            MISSING,
            /** Anything else: a directory, a link to one, a dangling link, a device; DockerfileFinder sorts it out. */
            OTHER
        }

        static Looked at(Path base, String given) {
            Path file = base.resolve(given);
            // The common case, a file, with java.io's one stat: a batch names thousands, before the batch can
            // start, and the NIO attribute read is several times the code to run (README "Speed").
            if (file.toFile().isFile()) {
                return new Looked(given, file, Kind.FILE, null);
            }
            try {
                Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                return new Looked(given, file, Kind.OTHER, null);
            } catch (NoSuchFileException e) {
                return new Looked(given, file, Kind.MISSING, "no such file or directory");
            } catch (FileSystemException e) {
                // e.g. Dockerfile/x: "Not a directory"; was an internal error
                String reason = e.getReason() == null ? "cannot be read" : e.getReason().toLowerCase(java.util.Locale.ROOT);
                return new Looked(given, file, Kind.MISSING, reason);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void addOnce(List<Path> files, Set<Path> seen, Path file) {
        if (seen.add(file.normalize())) {
            files.add(file);
        }
    }

    private static boolean excluded(Planner planner, Path file) {
        try {
            ProjectConfig config = planner.configFor(file);
            return config.excludes(file);
        } catch (Planner.PlanException e) {
            // The file is kept: mending it reports the configuration error with its position.
            return false;
        }
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
                root.directory());
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
