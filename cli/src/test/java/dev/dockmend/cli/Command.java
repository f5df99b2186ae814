package dev.dockmend.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A program other than dockmend itself (git, bash, pre-commit) run as a process in a folder, with more
 * environment variables, as a CI runner or a hook manager starts it; what it printed and how it ended.
 */
record Command(Path directory, Map<String, String> environment) {
    record Result(int exitCode, String out, String err) {
        /** Both outputs, for assertion messages. */
        String output() {
            return out + err;
        }
    }

    Command {
        environment = Map.copyOf(environment);
    }

    static Command in(Path directory) {
        return new Command(directory, Map.of());
    }

    Result run(String... command) throws IOException {
        return run(List.of(command));
    }

    Result run(List<String> command) throws IOException {
        Path io = Files.createTempDirectory("dockmend-command");
        File out = io.resolve("stdout").toFile();
        File err = io.resolve("stderr").toFile();
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).redirectOutput(out).redirectError(err);
            builder.environment().remove("DOCKMEND_JAVA_OPTS");
            builder.environment().putAll(environment);
            Process process = builder.start();
            // Not a speed check: a guard, so a program that hangs fails the test instead of the build.
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("still running after 5 minutes: " + command);
            }
            return new Result(process.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                    Files.readString(err.toPath(), StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(out.toPath());
            Files.deleteIfExists(err.toPath());
            Files.delete(io);
        }
    }

    /** Runs a command that must succeed, such as {@code git init}. */
    Result ok(String... command) throws IOException {
        Result result = run(command);
        if (result.exitCode() != 0) {
            throw new AssertionError(String.join(" ", command) + " exited " + result.exitCode() + ":\n" + result.output());
        }
        return result;
    }

    /** Whether {@code program} is on the PATH. */
    static boolean onPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }
}
