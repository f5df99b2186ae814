package dev.dockmend.cli.report;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The output flags of {@code fix} and {@code check}, declared in code (see dev.dockmend.cli.Specs):
 * {@link #addTo} puts them on a command, {@link #of} reads what the command line gave.
 */
public final class OutputOptions {
    /** Null when not given: each command has its own default. */
    public Format format;
    public int context;
    public Colors.When color;
    public boolean verbose;

    /** Adds the flags to {@code spec}. */
    public static void addTo(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("--format").paramLabel("FORMAT").type(Format.class)
                .description("text, diff, json or sarif (default: diff for fix, text for check).").build());
        spec.addOption(OptionSpec.builder("--context").paramLabel("N").type(int.class).defaultValue("3")
                .description("Lines of context in diffs (default: ${DEFAULT-VALUE}).").build());
        spec.addOption(OptionSpec.builder("--color").paramLabel("WHEN").type(Colors.When.class).defaultValue("auto")
                .description("auto, always or never (default: ${DEFAULT-VALUE}: only on a terminal, and not when NO_COLOR is set).").build());
        spec.addOption(OptionSpec.builder("-v", "--verbose").type(boolean.class)
                .description("Say which recipes run on each file, and show stack traces of internal errors.").build());
    }

    /** The flags as parsed for {@code spec}, which {@link #addTo} set up. */
    public static OutputOptions of(CommandSpec spec) {
        OutputOptions output = new OutputOptions();
        output.format = spec.findOption("--format").getValue();
        output.context = spec.findOption("--context").getValue();
        output.color = spec.findOption("--color").getValue();
        output.verbose = Boolean.TRUE.equals(spec.findOption("--verbose").getValue());
        return output;
    }
}
