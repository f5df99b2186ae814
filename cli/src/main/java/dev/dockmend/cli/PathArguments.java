package dev.dockmend.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Stack;

import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Takes a run of path arguments in one step. Left to itself, picocli asks of every positional argument
 * whether it resembles an option, by trying to parse it as a number and catching two exceptions: with
 * a batch of thousands of files passed by {@code xargs} that was a measurable part of a run's start.
 * Picocli has already decided the first argument is a path when it calls this; the ones after it are
 * taken up to the first that starts with {@code -} (bar {@code -}, standard input), which is left to
 * picocli as before: an option, {@code --}, or an unknown option it reports.
 */
public final class PathArguments implements IParameterConsumer {
    @Override
    public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
        List<String> paths = argSpec.getValue();
        if (paths == null) {
            paths = new ArrayList<>();
            argSpec.setValue(paths);
        }
        paths.add(args.pop());
        while (!args.isEmpty() && !looksLikeAnOption(args.peek())) {
            paths.add(args.pop());
        }
    }

    static boolean looksLikeAnOption(String arg) {
        return arg.length() > 1 && arg.charAt(0) == '-';
    }
}
