package dev.dockmend.cli;

import java.io.PrintWriter;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a command line picocli could not read as a usage error ({@link ExitCodes#USAGE}), the way
 * command-line tools do: what is wrong on one line, naming the command, the nearest name when picocli
 * has one, and where the help is; not the whole help, which buried the one line that mattered.
 *
 * <pre>
 * dockmend check: unknown option '--foo'
 * Run 'dockmend check --help' for usage.
 * </pre>
 *
 * A class rather than a lambda, for the class-data sharing archive (see {@link InternalErrors}).
 */
final class UsageErrors implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException problem, String[] args) {
        CommandLine line = problem.getCommandLine();
        PrintWriter err = line.getErr();
        String command = line.getCommandSpec().qualifiedName();
        err.println(command + ": " + message(problem));
        List<String> suggestions = problem instanceof UnmatchedArgumentException unmatched ? unmatched.getSuggestions() : List.of();
        if (!suggestions.isEmpty()) {
            err.println("Did you mean: " + suggestions.get(0) + "?"); // the nearest; picocli adds `help` to every list
        }
        err.println("Run '" + command + " --help' for usage.");
        return ExitCodes.USAGE;
    }

    /** What is wrong, in lower case after the command's name as other tools print it. */
    static String message(ParameterException problem) {
        if (problem instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String argument = unmatched.getUnmatched().get(0);
            if (PathArguments.looksLikeAnOption(argument)) {
                return "unknown option '" + argument + "'";
            }
            return problem.getCommandLine().getSubcommands().isEmpty()
                    ? "unexpected argument '" + argument + "'"
                    : "unknown command '" + argument + "'";
        }
        String message = problem.getMessage();
        return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
}
