package dev.dockmend.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dockmend} command: subcommands, help, version, and exit codes mapped in one place. */
@Command(
        name = "dockmend",
        mixinStandardHelpOptions = true,
        versionProvider = Dockmend.Version.class,
        header = "Lossless Dockerfile parser and refactoring engine.",
        description = "Parses Dockerfiles exactly as BuildKit reads them, keeping every byte.",
        subcommands = {ParseCommand.class, ConformanceCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:clean, or done",
            "1:changes or findings to report (check), conformance below target",
            "2:usage error",
            "3:input error: a file could not be read or parsed",
            "70:internal error (a bug in dockmend: please report it)"
        })
public final class Dockmend implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, false);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = run(out, err, args);
        out.flush();
        System.exit(code);
    }

    /** Runs the command line with the given writers; returns the exit code. Tests call this. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Dockmend());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            line.getErr().println("dockmend: internal error: " + exception);
            return ExitCodes.INTERNAL;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Dockmend.class.getPackage().getImplementationVersion();
            return new String[] {"dockmend " + (version == null ? "development build" : version)};
        }
    }
}
