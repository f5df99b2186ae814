package dev.dockmend.cli;

/** The exit codes of every command, listed in {@code --help}. */
public final class ExitCodes {
    /** Clean, or done. */
    public static final int OK = 0;
    /** {@code check}: there are changes to make or findings; {@code conformance}: below target. */
    public static final int FINDINGS = 1;
    /** The command line is wrong. */
    public static final int USAGE = 2;
    /** An input could not be read or parsed. */
    public static final int INPUT = 3;
    /** A bug in dockmend. */
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }

}
