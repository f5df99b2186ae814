package dev.dockmend.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.dockmend.cli.run.FileFixes;
import dev.dockmend.cli.run.Planner;
import dev.dockmend.cli.run.SelectionOptions;
import dev.dockmend.cli.run.Source;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * What {@code actions} and {@code apply} share: one FILE (or {@code -}, an editor's unsaved buffer),
 * the recipe selection, and the quick fixes computed on it; they differ in what they do with them.
 * Declared in code, not with annotations: editors run these on every quick fix (see {@link Specs}).
 */
abstract class QuickFixCommand implements Callable<Integer> {
    final Dockmend root;
    final CommandSpec spec;

    // What the command line gave, read from the spec when the command runs.
    String file;
    Path stdinFilename;

    QuickFixCommand(Dockmend root, String name, String header, String... description) {
        this.root = root;
        this.spec = Specs.command(this, name, header, description);
        spec.addPositional(PositionalParamSpec.builder().paramLabel("FILE").arity("1").required(true).type(String.class)
                .description("The Dockerfile, or - for standard input.").build());
        spec.addOption(OptionSpec.builder("--stdin-filename").paramLabel("PATH").type(Path.class)
                .description("The path standard input stands for.").build());
        SelectionOptions.addTo(spec);
        Specs.standardHelp(spec);
    }

    /** Reads the parsed command line into the fields. */
    void bind() {
        file = spec.positionalParameters().get(0).getValue();
        stdinFilename = Specs.value(spec, "--stdin-filename");
    }

    /** A usage problem with the command's own options, or null. */
    String problem() {
        return null;
    }

    /** Acts on the file's fixes; returns the exit code. */
    abstract int act(Source source, FileFixes fixes, PrintWriter out, PrintWriter err) throws IOException;

    @Override
    public Integer call() throws IOException {
        bind();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String problem = problem();
        if (problem != null) {
            err.println("dockmend: error: " + problem);
            return ExitCodes.USAGE;
        }
        Planner planner = SelectionOptions.of(spec).planner(root.directory(), err);
        if (planner == null) {
            return ExitCodes.USAGE;
        }
        Source source = source();
        if (source == null) {
            err.println(file + ": error: no such file");
            return ExitCodes.INPUT;
        }
        return act(source, FileFixes.of(source, planner), out, err);
    }

    /** The file, or null when there is no such file. */
    private Source source() throws IOException {
        if (file.equals("-")) {
            return Source.stdin(root.directory(), stdinFilename == null ? null : root.resolve(stdinFilename.toString()),
                    root.stdin().readAllBytes());
        }
        Path path = root.resolve(file);
        return Files.isRegularFile(path) ? Source.file(root.directory(), path) : null;
    }
}
