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

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code actions} and {@code apply} share: one FILE (or {@code -}, an editor's unsaved buffer),
 * the recipe selection (added to each command by {@link SelectionOptions.Adder}), and the quick fixes
 * computed on it; they differ in what they do with them.
 */
abstract class QuickFixCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The Dockerfile, or - for standard input.")
    String file;

    @Option(names = "--stdin-filename", paramLabel = "PATH", description = "The path standard input stands for.")
    Path stdinFilename;

    @CommandLine.ParentCommand
    Dockmend root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A usage problem with the command's own options, or null. */
    String problem() {
        return null;
    }

    /** Acts on the file's fixes; returns the exit code. */
    abstract int act(Source source, FileFixes fixes, PrintWriter out, PrintWriter err) throws IOException;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String problem = problem();
        if (problem != null) {
            err.println("dockmend: error: " + problem);
            return ExitCodes.USAGE;
        }
        Planner planner = SelectionOptions.of(spec).planner(err);
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
