package dev.dockmend.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The benchmark input: every Dockerfile held in memory as raw bytes, so that a measurement covers
 * parsing and printing only, never disk I/O. Both the benchmark and {@link Summary} load it the same
 * way, which is how the summary knows how many bytes and files one benchmark operation processed.
 *
 * <p>Where the files come from, first that gives anything wins:
 * <ol>
 *   <li>the corpus folder (default {@value #DEFAULT_CORPUS}, relative to the working directory, so run
 *       from the repository root): its regular files directly inside it, minus its metadata files;</li>
 *   <li>every file named {@code Dockerfile} under {@value #TESTDATA} (recursively);</li>
 *   <li>a few built-in samples, so the benchmark still runs in a bare checkout.</li>
 * </ol>
 */
public final class CorpusInputs {
    public static final String DEFAULT_CORPUS = "../shared/corpus";
    static final String TESTDATA = "../testdata";

    /** Files in the corpus folder that are not Dockerfiles (index, expectations, documentation). */
    private static final Set<String> NOT_DOCKERFILES =
            Set.of("buildkit-expected.jsonl", "MANIFEST.tsv", "FEATURES.tsv", "README.md");

    private static final List<String> SAMPLES = List.of(
            "FROM alpine:3.19\nRUN apk add --no-cache curl\nCMD [\"sh\"]\n",
            "# syntax=docker/dockerfile:1\nARG GO=1.22\nFROM golang:${GO} AS build\nWORKDIR /src\n"
                    + "COPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\n"
                    + "RUN CGO_ENABLED=0 go build -o /out/app ./cmd/app\n\n"
                    + "FROM gcr.io/distroless/static\nCOPY --from=build /out/app /app\nUSER nonroot\n"
                    + "ENTRYPOINT [\"/app\"]\n",
            "FROM debian:bookworm-slim\nENV LANG=C.UTF-8 \\\n    TZ=UTC\n"
                    + "RUN apt-get update \\\n && apt-get install -y --no-install-recommends ca-certificates \\\n"
                    + " && rm -rf /var/lib/apt/lists/*\n"
                    + "RUN <<EOF\nset -e\necho hello > /greeting\nEOF\n"
                    + "HEALTHCHECK --interval=30s CMD curl -f http://localhost/ || exit 1\nEXPOSE 80/tcp\n");

    private final String source;
    private final List<String> names;
    private final byte[][] files;
    private final long totalBytes;

    private CorpusInputs(String source, List<String> names, List<byte[]> files) {
        this.source = source;
        this.names = List.copyOf(names);
        this.files = files.toArray(new byte[0][]);
        long sum = 0;
        for (byte[] file : this.files) {
            sum += file.length;
        }
        this.totalBytes = sum;
    }

    /** Loads the inputs, trying {@code corpusDir}, then the test data, then the built-in samples. */
    public static CorpusInputs load(String corpusDir) {
        Path corpus = Path.of(corpusDir);
        if (Files.isDirectory(corpus)) {
            // Sorted so that every run (and the summary) sees the same files in the same order.
            List<Path> paths = list(corpus, 1, p -> {
                String name = p.getFileName().toString();
                return !NOT_DOCKERFILES.contains(name) && !name.endsWith(".result");
            });
            if (!paths.isEmpty()) {
                return read(corpus.toAbsolutePath().normalize().toString(), paths);
            }
        }
        Path testdata = Path.of(TESTDATA);
        if (Files.isDirectory(testdata)) {
            List<Path> paths = list(testdata, Integer.MAX_VALUE,
                    p -> p.getFileName().toString().equals("Dockerfile"));
            if (!paths.isEmpty()) {
                return read(testdata.toAbsolutePath().normalize() + " (Dockerfile files)", paths);
            }
        }
        List<byte[]> samples = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < SAMPLES.size(); i++) {
            samples.add(SAMPLES.get(i).getBytes(StandardCharsets.UTF_8));
            names.add("sample-" + (i + 1));
        }
        return new CorpusInputs("built-in samples", names, samples);
    }

    private static List<Path> list(Path dir, int depth, java.util.function.Predicate<Path> keep) {
        try (Stream<Path> walk = Files.walk(dir, depth)) {
            return walk.filter(Files::isRegularFile).filter(keep).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CorpusInputs read(String source, List<Path> paths) {
        List<byte[]> files = new ArrayList<>(paths.size());
        List<String> names = new ArrayList<>(paths.size());
        for (Path path : paths) {
            try {
                files.add(Files.readAllBytes(path));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            names.add(path.toString());
        }
        return new CorpusInputs(source, names, files);
    }

    /** Where the files came from, for reports. */
    public String source() {
        return source;
    }

    /** The files' contents; the benchmark reads this array directly (no copy) to keep overhead out. */
    byte[][] files() {
        return files;
    }

    public List<String> names() {
        return names;
    }

    public int fileCount() {
        return files.length;
    }

    /** Bytes processed by one benchmark operation: MB/s = totalBytes x ops/s / 10^6. */
    public long totalBytes() {
        return totalBytes;
    }

    @Override
    public String toString() {
        return fileCount() + " files, " + totalBytes() + " bytes from " + source();
    }
}
