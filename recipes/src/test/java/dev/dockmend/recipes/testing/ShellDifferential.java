package dev.dockmend.recipes.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs shell scripts for real with {@code /bin/sh}, the way a build runs RUN instructions, to compare
 * separate RUNs with their merged form. Each named command is a stub first on {@code PATH} that
 * records its name, arguments and working directory (relative to the run's own temporary root) and
 * exits with a chosen code. {@link #separately} runs each script in its own {@code sh -c} and stops
 * at the first that fails, as {@code docker build} does; {@link #together} runs one script. Both
 * return the trace and whether the build succeeded. Only hand-written test scripts are run, never
 * corpus scripts.
 */
public final class ShellDifferential {
    private final List<String> commands;
    private final Map<String, String> behaviours;

    /** @param commands the command names to stub (e.g. {@code a, b, c, apt-get}) */
    public ShellDifferential(List<String> commands) {
        this(commands, Map.of());
    }

    private ShellDifferential(List<String> commands, Map<String, String> behaviours) {
        this.commands = List.copyOf(commands);
        this.behaviours = Map.copyOf(behaviours);
    }

    /**
     * The same stubs, where {@code command} also runs {@code code} after recording its call, before it exits
     * with its chosen code (the code may exit itself): state that lasts from one script to the next, such as
     * package lists, lives in {@code $DOCKMEND_STATE}, a folder of the run that no script's {@code cd} moves.
     */
    public ShellDifferential withBehaviour(String command, String code) {
        Map<String, String> more = new LinkedHashMap<>(behaviours);
        more.put(command, code);
        return new ShellDifferential(commands, more);
    }

    /** What a build did: every stub call in order, then whether it succeeded. */
    public record Run(List<String> trace, boolean succeeded) {
        public Run {
            trace = List.copyOf(trace);
        }

        @Override
        public String toString() {
            return (succeeded ? "succeeded" : "failed") + " " + trace;
        }
    }

    public Run separately(List<String> scripts, Map<String, Integer> exitCodes) throws IOException, InterruptedException {
        Path root = Files.createTempDirectory("dockmend-sh");
        try {
            Environment environment = prepare(root, exitCodes);
            boolean succeeded = true;
            for (String script : scripts) {
                if (sh(environment, script) != 0) {
                    succeeded = false;
                    break;
                }
            }
            return new Run(environment.trace(), succeeded);
        } finally {
            delete(root);
        }
    }

    public Run together(String script, Map<String, Integer> exitCodes) throws IOException, InterruptedException {
        return separately(List.of(script), exitCodes);
    }

    /** Every assignment of exit codes 0 and 1 to the stubbed commands. */
    public List<Map<String, Integer>> everyExitCodeCombination() {
        List<Map<String, Integer>> all = new ArrayList<>();
        for (int bits = 0; bits < (1 << commands.size()); bits++) {
            Map<String, Integer> codes = new LinkedHashMap<>();
            for (int i = 0; i < commands.size(); i++) {
                codes.put(commands.get(i), (bits >> i) & 1);
            }
            all.add(codes);
        }
        return all;
    }

    private record Environment(Path root, Path work, Path stubs, Path traceFile) {
        List<String> trace() throws IOException {
            if (!Files.exists(traceFile)) {
                return List.of();
            }
            return Files.readAllLines(traceFile, StandardCharsets.UTF_8).stream()
                    .map(line -> line.replace(work.toString(), "WORK")).toList();
        }
    }

    private Environment prepare(Path root, Map<String, Integer> exitCodes) throws IOException {
        Path stubs = Files.createDirectories(root.resolve("stubs"));
        Path work = Files.createDirectories(root.resolve("work"));
        Files.createDirectories(work.resolve("sub"));
        Path trace = root.resolve("trace.txt");
        Files.createDirectories(root.resolve("state"));
        for (String command : commands) {
            Path stub = stubs.resolve(command);
            Files.writeString(stub, "#!/bin/sh\n"
                    + "printf '%s\\n' \"" + command + " $* @ $(pwd)\" >> \"$DOCKMEND_TRACE\"\n"
                    + behaviours.getOrDefault(command, "") + "\n"
                    + "exit " + exitCodes.getOrDefault(command, 0) + "\n");
            Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return new Environment(root, work, stubs, trace);
    }

    private static int sh(Environment environment, String script) throws IOException, InterruptedException {
        // The shell is started through a link of the sandbox's own ($DOCKMEND_SH), so that a script may
        // replace "/bin/sh" for the RUNs after it as `ln -sf /bin/bash /bin/sh` does in an image; and an
        // empty folder comes first on the PATH ($DOCKMEND_FRONT), where a script may install a newer program.
        Path shell = environment.root().resolve("sh");
        if (!Files.exists(shell, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.createSymbolicLink(shell, Path.of("/bin/sh"));
        }
        Path front = Files.createDirectories(environment.root().resolve("front"));
        ProcessBuilder builder = new ProcessBuilder(shell.toString(), "-c", script).directory(environment.work().toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("PATH", front + ":" + environment.stubs() + ":/usr/bin:/bin");
        env.put("DOCKMEND_FRONT", front.toString());
        env.put("DOCKMEND_SH", shell.toString());
        env.put("HOME", environment.work().toString());
        env.put("DOCKMEND_TRACE", environment.traceFile().toString());
        env.put("DOCKMEND_STATE", environment.root().resolve("state").toString());
        Process process = builder.start();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("script did not finish in 20 s: " + script);
        }
        return process.exitValue();
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
