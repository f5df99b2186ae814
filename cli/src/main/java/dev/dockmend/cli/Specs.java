package dev.dockmend.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Picocli command models written in code. The commands that start with every batch, CI check or editor
 * quick fix (the root, {@code check}, {@code fix}, {@code actions}, {@code apply}) are declared with
 * picocli's programmatic API rather than its annotations: picocli reads annotations by reflection, and the
 * JVM generates a proxy class for each annotation type it meets, which took about 20 ms of every start
 * (docs/performance.md). The commands people run now and then ({@code recipes}, {@code parse},
 * {@code conformance}) keep their annotations.
 */
final class Specs {
    private Specs() {
    }

    /**
     * How picocli makes the objects it needs: its own default factory, set up on first use. Picocli's
     * default factory looks for Groovy's closure class when it is first loaded (a failed class lookup through
     * the whole class path, about 2 ms of every start), and a command built in code never needs it; the
     * annotated commands and {@code help} still get it, through this.
     */
    static final CommandLine.IFactory FACTORY = new LazyDefaultFactory();

    private static final class LazyDefaultFactory implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            return CommandLine.defaultFactory().create(type);
        }
    }

    /** A command line for a model built in code. */
    static CommandLine commandLine(CommandSpec spec) {
        return new CommandLine(spec, FACTORY);
    }

    /** A command line for an annotated command class. */
    static CommandLine commandLine(Class<?> command) {
        return new CommandLine(command, FACTORY);
    }

    /** A command named {@code name} that runs {@code command}, with its help header and description. */
    static CommandSpec command(Object command, String name, String header, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command, FACTORY).name(name);
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
