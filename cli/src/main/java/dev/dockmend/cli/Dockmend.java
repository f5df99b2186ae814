package dev.dockmend.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dev.dockmend.cli.run.EarlyCatalog;
import dev.dockmend.cli.run.IoErrors;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * The {@code dockmend} command: subcommands, help, version, and exit codes mapped in one place. Its model
 * is written in code, as are those of the commands that start often (see {@link Specs}).
 */
public final class Dockmend implements Runnable {
    /**
     * The subcommands, by name, in the order help lists them, each made for the root command. They are
     * added by {@link #commandLine}, so that a command line naming one builds only that one: building a
     * command's model is a large part of start-up (docs/performance.md). DockmendTest checks that these names
     * are the ones the commands declare.
     */
    static final Map<String, Function<Dockmend, CommandLine>> SUBCOMMANDS = subcommands();

    /**
     * Picocli's system property naming the built-in type converters not to register. No option of dockmend
     * takes a date, time or SQL type, and registering those converters loads and initialises about twenty
     * java.time and java.sql classes by reflection (about 13 ms of start-up, measured). Picocli matches the
     * value against each of those converters' class names, compiling it every time, so it is kept to a
     * character class (java.sql and java.time are the only java.s and java.t packages among them; the
     * java.nio.file.Path converter stays). A value the user set is kept.
     */
    static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

    static {
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, "java\\.[st].*");
        }
    }

    // Lambdas of java.util.function only: one implementing a picocli interface kept picocli out of the
    // class-data sharing archive (docs/performance.md).
    private static Map<String, Function<Dockmend, CommandLine>> subcommands() {
        Map<String, Function<Dockmend, CommandLine>> commands = new LinkedHashMap<>();
        commands.put("fix", root -> Specs.commandLine(new FixCommand(root).spec));
        commands.put("check", root -> Specs.commandLine(new CheckCommand(root).spec));
        commands.put("actions", root -> Specs.commandLine(new ActionsCommand(root).spec));
        commands.put("apply", root -> Specs.commandLine(new ApplyCommand(root).spec));
        commands.put("recipes", root -> Specs.commandLine(RecipesCommand.class));
        commands.put("parse", root -> Specs.commandLine(ParseCommand.class));
        commands.put("conformance", root -> Specs.commandLine(ConformanceCommand.class));
        commands.put("migrate", root -> Specs.commandLine(new MigrateCommand(root).spec));
        return Collections.unmodifiableMap(commands);
    }

    private final CommandSpec spec = spec(this);

    private InputStream stdin = InputStream.nullInputStream();
    private OutputStream stdout = OutputStream.nullOutputStream();
    private boolean terminal;

    /** The subcommands that read the recipe catalog, which main starts loading before picocli reads the line. */
    private static final Set<String> USE_RECIPES = Set.of("fix", "check", "actions", "apply", "recipes", "migrate");

    public static void main(String[] args) {
        String named = subcommandNamed(args);
        if (named != null && USE_RECIPES.contains(named)) { // Set.of's contains throws on null
            EarlyCatalog.start();
        }
        // Both buffered, flushed when the command ends (run does): a batch reports an error line per broken
        // file, and flushing standard error after each was a write to the terminal or pipe per line. Text is
        // UTF-8 whatever the locale (JSON and SARIF must be); bytes (a patch, a whole file) go to the same
        // stream as they are. Not System.out: it swallows a failed write, and the command would exit 0.
        StandardOutput stdout = StandardOutput.of(new FileOutputStream(FileDescriptor.out));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), false);
        int code;
        try {
            code = run(System.in, stdout, out, err, System.console() != null, args);
        } finally {
            err.flush();
            out.flush();
        }
        System.exit(code);
    }

    /**
     * Runs the command line with the given writers, no standard input, and the bytes a command writes as they
     * are (a patch, {@code fix -}'s file) dropped; returns the exit code.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(InputStream.nullInputStream(), OutputStream.nullOutputStream(), out, err, false, args);
    }

    /**
     * Runs the command line; returns the exit code. {@code stdout} takes raw bytes (a file's own
     * encoding: {@code fix -}'s file, a diff's patch), {@code out} text; when both stand for one stream,
     * {@code out} should write to a {@link StandardOutput} of it, passed as {@code stdout}, so that the two
     * keep their order. {@code terminal} says whether colour may be used ({@code --color auto}). Output that
     * cannot be written fails the command (exit 3). Tests call this.
     */
    public static int run(InputStream stdin, OutputStream stdout, PrintWriter out, PrintWriter err, boolean terminal, String... args) {
        Dockmend root = new Dockmend();
        StandardOutput raw = StandardOutput.of(stdout);
        root.stdin = stdin;
        root.stdout = raw;
        root.terminal = terminal;
        CommandLine commandLine = commandLine(root, args);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(new UsageErrors());
        InternalErrors internalErrors = new InternalErrors(root);
        commandLine.setExecutionExceptionHandler(internalErrors);
        int code;
        try {
            code = commandLine.execute(args);
        } catch (Error error) {
            // Picocli hands only exceptions to the handler; an error (out of memory, a stack overflow in a
            // recipe) would otherwise reach the JVM, which prints its stack trace whatever --verbose says.
            code = internalErrors.report(error, err);
        }
        err.flush(); // errors first, as when standard error was flushed line by line
        return outputWritten(code, out, raw, err);
    }

    /**
     * {@code code}, or exit code 3 with the reason on {@code err} when the output could not be written (a
     * full disk, a closed pipe): a report or a file that did not reach its reader is a failed command.
     */
    private static int outputWritten(int code, PrintWriter out, StandardOutput raw, PrintWriter err) {
        boolean textFailed = out.checkError(); // flushes out into raw first
        raw.flush();
        if (!textFailed && raw.failure() == null) {
            return code;
        }
        err.println("dockmend: error: cannot write standard output"
                + (raw.failure() != null ? ": " + IoErrors.reason(raw.failure()) : "") + "; the output is incomplete");
        err.flush();
        return ExitCodes.worse(code, ExitCodes.INPUT);
    }

    /**
     * The command line with the subcommand {@code args} name, or with all of them (and {@code help}) when
     * they name none: help, a mistyped name (picocli suggests the nearest) or no arguments.
     */
    static CommandLine commandLine(Dockmend root, String... args) {
        CommandLine commandLine = Specs.commandLine(root.spec);
        String named = subcommandNamed(args);
        if (named != null) {
            commandLine.addSubcommand(named, SUBCOMMANDS.get(named).apply(root));
            return commandLine;
        }
        for (Map.Entry<String, Function<Dockmend, CommandLine>> subcommand : SUBCOMMANDS.entrySet()) {
            commandLine.addSubcommand(subcommand.getKey(), subcommand.getValue().apply(root));
        }
        commandLine.addSubcommand("help", CommandLine.HelpCommand.class);
        return commandLine;
    }

    /**
     * The root command's model: its help, the exit codes, and {@code -C} and {@code --verbose}, which every
     * subcommand takes too, before or after its name.
     */
    private static CommandSpec spec(Dockmend root) {
        CommandSpec spec = Specs.command(root, "dockmend", "Lossless Dockerfile parser and refactoring engine.",
                "Parses Dockerfiles exactly as BuildKit reads them, keeping every byte.");
        Map<String, String> exitCodes = new LinkedHashMap<>();
        exitCodes.put("0", "clean, or done");
        exitCodes.put("1", "changes or warnings to report (check; see its --fail-on), conformance below target");
        exitCodes.put("2", "usage or configuration error");
        exitCodes.put("3", "input error: a file or the output could not be read, parsed or written");
        exitCodes.put("70", "internal error (a bug in dockmend: please report it)");
        spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes);
        spec.addOption(OptionSpec.builder("-C", "--directory").paramLabel("DIR").type(Path.class).scopeType(ScopeType.INHERIT)
                .converters(new ExistingDirectory())
                .description("Run as if started in DIR: paths are relative to it, and so are the names in output (like git -C).")
                .build());
        spec.addOption(OptionSpec.builder("-v", "--verbose").type(boolean.class).scopeType(ScopeType.INHERIT)
                .description("Say which recipes run on each file and which build context it has, and why (fix, check); show stack "
                        + "traces of internal errors.")
                .build());
        Specs.standardHelp(spec);
        return spec;
    }

    /** The known subcommand that {@code args} run, after the root's own options; null when none. */
    static String subcommandNamed(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-C") || arg.equals("--directory")) {
                i++;
            } else if (arg.startsWith("--directory=") || (arg.startsWith("-C") && arg.length() > 2)
                    || arg.equals("-v") || arg.equals("--verbose")) {
                continue;
            } else {
                return SUBCOMMANDS.containsKey(arg) ? arg : null;
            }
        }
        return null;
    }

    /** The working directory: {@code -C DIR}, or where dockmend was started. */
    Path directory() {
        Path directory = Specs.value(spec, "--directory");
        return directory == null ? Path.of("") : directory;
    }

    /** Whether {@code -v}/{@code --verbose} was given, before the subcommand or after it. */
    boolean verbose() {
        return Specs.flag(spec, "--verbose");
    }

    /** A path argument, relative to {@link #directory()}. */
    Path resolve(String path) {
        return directory().resolve(path);
    }

    InputStream stdin() {
        return stdin;
    }

    OutputStream stdout() {
        return stdout;
    }

    boolean terminal() {
        return terminal;
    }

    static String version() {
        String version = Dockmend.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * {@code -C}'s converter: a folder that is not there is a usage error when the command line is read,
     * rather than a failure later, at the first path resolved against it.
     */
    static final class ExistingDirectory implements CommandLine.ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path directory = Path.of(value);
            if (!Files.isDirectory(directory)) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a directory");
            }
            return directory;
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"dockmend " + version()};
        }
    }
}
