package dev.dockmend.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged program, started as a process as users start it: {@code bin/dockmend} (or another path to
 * it, such as a link), or {@code java} with the packaged jar. Each run captures the exit code, standard
 * output and standard error; standard input is given bytes, or is empty.
 */
record Program(List<String> command) {
    /** bin/dockmend, which Maven names (failsafe's configuration in cli/pom.xml). */
    static Path launcher() {
        return Path.of(property("dockmend.launcher"));
    }

    static Path jar() {
        return Path.of(property("dockmend.jar"));
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set: run the integration tests with mvn verify");
        }
        return value;
    }

    /** The folder or jar a test class was loaded from, to put it on a program's class path. */
    static Path classesOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The launcher at its place, or through {@code path} (a link to it). */
    static Program at(Path path) {
        return new Program(List.of(path.toString()));
    }

    static Program launched() {
        return at(launcher());
    }

    /** {@code java -cp JAR:EXTRA... dev.dockmend.cli.Dockmend}: the packaged jar with more on its class path. */
    static Program withClassPath(Path... extra) {
        StringBuilder classPath = new StringBuilder(jar().toString());
        for (Path path : extra) {
            classPath.append(java.io.File.pathSeparatorChar).append(path);
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new Program(List.of(java.toString(), "-cp", classPath.toString(), "dev.dockmend.cli.Dockmend"));
    }

    /** What one run printed (standard output as bytes, too: {@code fix -} prints a file) and how it ended. */
    record Run(int exitCode, byte[] stdout, String err) {
        String out() {
            return new String(stdout, StandardCharsets.UTF_8);
        }

        /** Neither output shows a stack trace, nor picocli's warnings. */
        Run withoutStackTrace() {
            for (String output : List.of(out(), err)) {
                assertFalse(output.contains("\tat ") || output.contains("Exception in thread") || output.contains("picocli WARN"),
                        "a stack trace or warning:\n" + output);
            }
            return this;
        }

        /** Standard error shows a stack trace (with --verbose, of an internal error). */
        Run withStackTrace() {
            assertTrue(err.contains("\tat dev.dockmend."), "no stack trace:\n" + err);
            return this;
        }
    }

    Run run(Path directory, String... args) throws IOException {
        return run(directory, new byte[0], args);
    }

    Run run(Path directory, byte[] stdin, String... args) throws IOException {
        return run(directory, stdin, null, args);
    }

    /**
     * Runs with standard output going to {@code stdout} (a file, {@code /dev/full}) instead of being kept;
     * the run's {@code stdout} is then empty.
     */
    Run runWithOutputTo(File stdout, Path directory, byte[] stdin, String... args) throws IOException {
        return run(directory, stdin, stdout, args);
    }

    private Run run(Path directory, byte[] stdin, File stdoutTarget, String... args) throws IOException {
        Path io = Files.createTempDirectory("dockmend-program");
        try {
            Path in = Files.write(io.resolve("stdin"), stdin);
            Path out = io.resolve("stdout");
            Path err = io.resolve("stderr");
            Files.write(out, new byte[0]);
            List<String> line = new ArrayList<>(command);
            line.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(line).directory(directory.toFile())
                    .redirectInput(in.toFile()).redirectOutput(stdoutTarget != null ? stdoutTarget : out.toFile()).redirectError(err.toFile());
            builder.environment().remove("DOCKMEND_JAVA_OPTS");
            builder.environment().remove("NO_COLOR");
            Process process = builder.start();
            // Not a speed check: a guard, so a program that hangs fails the test instead of the build.
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("still running after 5 minutes: " + line);
            }
            return new Run(process.exitValue(), Files.readAllBytes(out), new String(Files.readAllBytes(err), StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            for (String name : List.of("stdin", "stdout", "stderr")) {
                Files.deleteIfExists(io.resolve(name));
            }
            Files.delete(io);
        }
    }
}
