package dev.dockmend.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;

/**
 * Reports an exception a command did not expect as an internal error, with exit code
 * {@link ExitCodes#INTERNAL}: one line, or the stack trace with {@code --verbose} (given before the
 * subcommand or after it: the parsed option says, not a look at the raw arguments).
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
