package dev.dockmend.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

import dev.dockmend.cli.run.IoErrors;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;

/**
 * Reports an exception a command did not expect as an internal error, with exit code
 * {@link ExitCodes#INTERNAL}: one line, or the stack trace with {@code --verbose} (given before the
 * subcommand or after it: the parsed option says, not a look at the raw arguments); an I/O error as an
 * input error (exit 3) naming the file and the reason.
 *
 * <p>A class rather than a lambda on purpose: picocli's classes are compiled for Java 5, and the class-data
 * sharing archive leaves out such a class when dumping it has to link it, as resolving a lambda of one of its
 * interfaces does; {@code picocli.CommandLine} itself was then read and verified from the jar at every start.
 */
final class InternalErrors implements IExecutionExceptionHandler {
    private final Dockmend root;

    InternalErrors(Dockmend root) {
        this.root = root;
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine line, CommandLine.ParseResult parseResult) {
        // A file or folder that cannot be read or written is the input's problem, not dockmend's: exit 3 with
        // what failed, where the command had nothing better to say (it reports a file's own error itself).
        IOException io = exception instanceof IOException e ? e
                : exception instanceof UncheckedIOException e ? e.getCause() : null;
        if (io != null) {
            line.getErr().println("dockmend: error: " + IoErrors.describe(io));
            if (root.verbose()) {
                exception.printStackTrace(line.getErr());
            }
            return ExitCodes.INPUT;
        }
        return report(exception, line.getErr());
    }

    /** Reports {@code problem} on {@code err}; returns {@link ExitCodes#INTERNAL}. */
    int report(Throwable problem, PrintWriter err) {
        boolean verbose = root.verbose();
        err.println("dockmend: internal error: " + problem
                + (verbose ? "" : " (run with --verbose for the stack trace; please report it)"));
        if (verbose) {
            problem.printStackTrace(err);
        }
        return ExitCodes.INTERNAL;
    }
}
