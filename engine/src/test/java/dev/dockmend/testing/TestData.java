package dev.dockmend.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Where the project's {@code testdata/} and the optional {@code ../shared} corpus are. */
public final class TestData {
    private TestData() {
    }

    /** The repository's {@code testdata/} folder (set by Maven; found by walking up otherwise). */
    public static Path root() {
        String configured = System.getProperty("dockmend.testdata");
        if (configured != null) {
            return Paths.get(configured);
        }
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("testdata"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no testdata/ folder above " + Paths.get("").toAbsolutePath());
        }
        return dir.resolve("testdata");
    }

    /** The case folders directly under {@code testdata/<group>}, sorted. */
    public static List<Path> cases(String group) throws IOException {
        try (Stream<Path> stream = Files.list(root().resolve(group))) {
            return stream.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** Files in the corpus folder that are not Dockerfiles (index, expectations, documentation). */
    private static final Set<String> CORPUS_METADATA = Set.of("buildkit-expected.jsonl", "MANIFEST.tsv", "FEATURES.tsv", "README.md");

    /**
     * The corpus's Dockerfiles, sorted: every file of the folder and its subfolders ({@code negative/}) but its
     * metadata and BuildKit's AST dumps ({@code *.result}); the files the conformance run counts.
     */
    public static List<Path> corpusDockerfiles(Path corpus) throws IOException {
        try (Stream<Path> paths = Files.walk(corpus)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> !CORPUS_METADATA.contains(path.getFileName().toString()) && !path.toString().endsWith(".result"))
                    .sorted()
                    .toList();
        }
    }

    /** The file's tree, when it parses and passes the checks every build runs (the CLI rewrites only those). */
    public static Optional<dev.dockmend.tree.Dockerfile> buildable(byte[] bytes) {
        dev.dockmend.parse.ParseResult parsed = dev.dockmend.Dockerfiles.parse(bytes);
        if (!parsed.ok() || parsed.tree().isEmpty()) {
            return Optional.empty();
        }
        for (dev.dockmend.parse.Diagnostic diagnostic : dev.dockmend.Dockerfiles.validate(parsed.tree().get())) {
            if (diagnostic.isError()) {
                return Optional.empty();
            }
        }
        return parsed.tree();
    }

    /** {@code ../shared/corpus}, when it is there. */
    public static Optional<Path> corpus() {
        return shared("corpus");
    }

    /** {@code ../shared/contexts} (real build contexts, with an INDEX.tsv), when it is there. */
    public static Optional<Path> contexts() {
        return shared("contexts");
    }

    private static Optional<Path> shared(String folder) {
        String shared = System.getProperty("dockmend.shared");
        Path path = shared != null ? Paths.get(shared, folder) : root().getParent().resolve("../shared/" + folder);
        return Files.isDirectory(path) ? Optional.of(path.normalize()) : Optional.empty();
    }
}
