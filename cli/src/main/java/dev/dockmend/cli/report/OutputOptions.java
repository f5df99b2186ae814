package dev.dockmend.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine;
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

    /** Adds the flags to {@code spec}. */
    public static void addTo(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("--format").paramLabel("FORMAT").type(Format.class).converters(new Choice<>(Format.class))
                .description("text, diff, json or sarif (default: diff for fix, text for check).").build());
        spec.addOption(OptionSpec.builder("-U", "--unified").paramLabel("N").type(int.class).defaultValue("3").converters(new Count())
                .description("Lines of context in diffs (default: ${DEFAULT-VALUE}).").build());
        spec.addOption(OptionSpec.builder("--color").paramLabel("WHEN").type(Colors.When.class).defaultValue("auto").converters(new Choice<>(Colors.When.class))
                .description("auto, always or never (default: ${DEFAULT-VALUE}: only on a terminal, and not when NO_COLOR is set).").build());
    }

    /** The flags as parsed for {@code spec}, which {@link #addTo} set up. */
    public static OutputOptions of(CommandSpec spec) {
        OutputOptions output = new OutputOptions();
        output.format = spec.findOption("--format").getValue();
        output.context = spec.findOption("--unified").getValue();
        output.color = spec.findOption("--color").getValue();
        return output;
    }

    /** A number of lines: 0 or more. A negative context made diffs with hunks no tool applies. */
    static final class Count implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int count;
            try {
                count = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a number");
            }
            if (count < 0) {
                throw new CommandLine.TypeConversionException("'" + value + "' is negative: give 0 or more lines");
            }
            return count;
        }
    }

    /**
     * One of an enum's values, in any case. Picocli's own message lists the values in upper case, as the
     * enum names them, where the command line and the help spell them in lower case.
     */
    public static final class Choice<E extends Enum<E>> implements CommandLine.ITypeConverter<E> {
        private final Class<E> type;

        public Choice(Class<E> type) {
            this.type = type;
        }

        @Override
        public E convert(String value) {
            List<String> names = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(value)) {
                    return constant;
                }
                names.add(constant.name().toLowerCase(Locale.ROOT));
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not one of " + String.join(", ", names));
        }
    }
}
