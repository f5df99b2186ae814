package dev.dockmend.cli.report;

import picocli.CommandLine.Option;

/** The output flags of {@code fix} and {@code check}. */
public final class OutputOptions {
    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text, diff, json or sarif (default: diff for fix, text for check).")
    public Format format;

    @Option(names = "--context", paramLabel = "N", defaultValue = "3", description = "Lines of context in diffs (default: ${DEFAULT-VALUE}).")
    public int context;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "auto, always or never (default: ${DEFAULT-VALUE}: only on a terminal, and not when NO_COLOR is set).")
    public Colors.When color;

    @Option(names = {"-v", "--verbose"}, description = "Say which recipes run on each file, and show stack traces of internal errors.")
    public boolean verbose;
}
