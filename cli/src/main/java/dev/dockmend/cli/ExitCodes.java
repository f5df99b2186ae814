package dev.dockmend.cli;

/** The exit codes of every command, listed in {@code --help}. */
public final class ExitCodes {
    /** Clean, or done. */
    public static final int OK = 0;
    /** {@code check}: there are changes to make or warnings (or what {@code --fail-on} names); {@code conformance}: below target. */
    public static final int FINDINGS = 1;
    /** The command line is wrong. */
    public static final int USAGE = 2;
    /** An input could not be read or parsed, or a file or the output could not be written. */
    public static final int INPUT = 3;
    /** A bug in dockmend. */
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }

    /** The code that says more: internal, then usage, then input, then findings, then OK. */
    public static int worse(int a, int b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(int code) {
        return switch (code) {
            case INTERNAL -> 4;
            case USAGE -> 3;
            case INPUT -> 2;
            case FINDINGS -> 1;
            default -> 0;
        };
    }

}
