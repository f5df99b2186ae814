package dev.dockmend.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Picocli command models written in code. The commands that start with every batch, CI check or editor
 * quick fix (the root, {@code check}, {@code fix}, {@code actions}, {@code apply}) are declared with
 * picocli's programmatic API rather than its annotations: picocli reads annotations by reflection, and the
 * JVM generates a proxy class for each annotation type it meets, which took about 20 ms of every start
 * (README "Speed"). The commands people run now and then ({@code recipes}, {@code parse},
 * {@code conformance}) keep their annotations.
 */
final class Specs {
    private Specs() {
    }

    /** A command named {@code name} that runs {@code command}, with its help header and description. */
    static CommandSpec command(Object command, String name, String header, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
        spec.usageMessage().header(header).description(description);
        spec.versionProvider(new Dockmend.Version());
        return spec;
    }

    /** The examples (or other closing text) of the command's help. */
    static void footer(CommandSpec spec, String heading, String... lines) {
        spec.usageMessage().footerHeading(heading).footer(lines);
    }

    /** {@code -h, --help} and {@code -V, --version}, as picocli's {@code mixinStandardHelpOptions} adds them. */
    static void standardHelp(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).description("Print version information and exit.").build());
    }

    /** Whether the boolean {@code option} was given. */
    static boolean flag(CommandSpec spec, String option) {
        return Boolean.TRUE.equals(spec.findOption(option).getValue());
    }

    /** The value of {@code option} after parsing: what the command line gave, or the option's default. */
    static <T> T value(CommandSpec spec, String option) {
        return spec.findOption(option).getValue();
    }
}
