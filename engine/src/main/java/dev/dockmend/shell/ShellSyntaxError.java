package dev.dockmend.shell;

/**
 * Thrown inside the parser when the script is beyond the analysis; {@link ShellParser} turns it into
 * {@link ShellAnalysis.Unknown}, so it never leaves the package. No stack trace: it is control flow.
 */
final class ShellSyntaxError extends RuntimeException {
    private final String problem;
    private final int offset;

    ShellSyntaxError(String problem, int offset) {
        super(problem, null, false, false);
        this.problem = problem;
        this.offset = offset;
    }

    String problem() {
        return problem;
    }

    int offset() {
        return offset;
    }
}
