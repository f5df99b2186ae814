package dev.dockmend.cli.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * README as tests: every {@code $ ...} command README.md shows in a {@code text} block is run by bash with
 * the packaged launcher ({@code bin/dockmend}, also on the {@code PATH} as {@code dockmend}), and what it
 * prints (standard error and output together, as a terminal shows them) must be what README shows. Each
 * block runs in a scratch copy of {@code testdata/} beside links to {@code bin/} and {@code cli/}, so an
 * example may write files without touching the repository. README can no longer drift from the program.
 */
class ReadmeExamplesIT {
    private static final Path ROOT = repositoryRoot();

    @TempDir
    Path scratch;

    @Test
    void readmeShowsExamples() throws IOException {
        ReadmeExamples examples = ReadmeExamples.parse(readme());
        int commands = examples.sessions().stream().mapToInt(s -> s.examples().size()).sum();
        assertTrue(commands >= 10, "README should show its commands at work; found " + commands);
    }

    @Test
    void anyLinesMatchesRunsOfLines() {
        assertTrue(ReadmeExamples.matches(List.of("a", "...", "d"), List.of("a", "b", "c", "d")));
        assertTrue(ReadmeExamples.matches(List.of("a", "...", "d"), List.of("a", "d")));
        assertFalse(ReadmeExamples.matches(List.of("a", "...", "d"), List.of("a", "b")));
        assertFalse(ReadmeExamples.matches(List.of("a", "b"), List.of("a", "b", "c")));
    }

    @TestFactory
    Stream<DynamicNode> everyReadmeExampleRunsAsShown() throws IOException {
        assertTrue(Files.isRegularFile(ROOT.resolve("cli/target/dockmend.jar")), "run after `mvn package`: the jar is missing");
        return ReadmeExamples.parse(readme()).sessions().stream().map(this::session);
    }

    private DynamicContainer session(ReadmeExamples.Session session) {
        Session shell = new Session(scratch.resolve("block-" + session.line()));
        return DynamicContainer.dynamicContainer("README.md:" + session.line(), session.examples().stream()
                .map(example -> DynamicTest.dynamicTest("README.md:" + example.line() + " $ " + example.command(),
                        () -> shell.check(example))));
    }

    /** One block's shell: its folder, where the last command left it, and that command's exit status. */
    private static final class Session {
        private final Path home;
        private Path cwd;
        private int lastExit;

        Session(Path home) {
            this.home = home;
        }

        void check(ReadmeExamples.Example example) throws IOException, InterruptedException {
            if (cwd == null) {
                prepare();
            }
            Path state = Files.createTempFile(home, "state", ".txt");
            // the script runs where the last command left off, with $? as the last command left it
            String script = "cd \"$1\" || exit 99\n(exit \"$2\")\n" + example.command()
                    + "\n__status=$?\npwd > \"$3\"\nexit $__status\n";
            ProcessBuilder builder = new ProcessBuilder("bash", "-c", script, "readme",
                    cwd.toString(), Integer.toString(lastExit), state.toString())
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().put("PATH", home.resolve("bin") + ":" + System.getenv("PATH"));
            builder.environment().remove("NO_COLOR");
            Process process = builder.start();
            byte[] printed = process.getInputStream().readAllBytes();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("README.md:" + example.line() + ": `" + example.command() + "` did not finish");
            }
            lastExit = process.exitValue();
            String where = Files.readString(state).strip();
            if (!where.isEmpty()) {
                cwd = Path.of(where);
            }
            List<String> actual = new ArrayList<>(Arrays.asList(new String(printed, StandardCharsets.UTF_8).split("\n", -1)));
            if (!actual.isEmpty() && actual.get(actual.size() - 1).isEmpty()) {
                actual.remove(actual.size() - 1);
            }
            if (!ReadmeExamples.matches(example.expected(), actual)) {
                throw new AssertionError("README.md:" + example.line() + ": `" + example.command()
                        + "` prints something else than README shows.\n--- README shows\n" + String.join("\n", example.expected())
                        + "\n--- it printed (exit " + lastExit + ")\n" + String.join("\n", actual));
            }
        }

        /** A scratch copy of testdata beside links to the real launcher and jar. */
        private void prepare() throws IOException {
            Files.createDirectories(home);
            Files.createSymbolicLink(home.resolve("bin"), ROOT.resolve("bin"));
            Files.createSymbolicLink(home.resolve("cli"), ROOT.resolve("cli"));
            copyTree(ROOT.resolve("testdata"), home.resolve("testdata"));
            cwd = home;
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static String readme() throws IOException {
        return Files.readString(ROOT.resolve("README.md"));
    }

    private static Path repositoryRoot() {
        String testdata = System.getProperty("dockmend.testdata");
        Path root = testdata != null ? Path.of(testdata).getParent() : Path.of("").toAbsolutePath().getParent();
        return root.toAbsolutePath().normalize();
    }
}
