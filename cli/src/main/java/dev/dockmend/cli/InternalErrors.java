package dev.dockmend.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;

/**
 * Reports an exception a command did not expect as an internal error, with exit code
 * {@link ExitCodes#INTERNAL}: one line, or the stack trace with {@code --verbose}.
 *
 * <p>A class rather than a lambda on purpose: picocli's classes are compiled for Java 5, and the class-data
 * sharing archive leaves out such a class when dumping it has to link it, as resolving a lambda of one of its
 * interfaces does; {@code picocli.CommandLine} itself was then read and verified from the jar at every start.
 */
final class InternalErrors implements IExecutionExceptionHandler {
    private final boolean verbose;

    InternalErrors(boolean verbose) {
        this.verbose = verbose;
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine line, CommandLine.ParseResult parseResult) {
        line.getErr().println("dockmend: internal error: " + exception
                + (verbose ? "" : " (run with --verbose for the stack trace; please report it)"));
        if (verbose) {
            exception.printStackTrace(line.getErr());
        }
        return ExitCodes.INTERNAL;
    }
}
