package dev.dockmend.bench;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import dev.dockmend.Dockerfiles;
import dev.dockmend.parse.ParseResult;
import dev.dockmend.tree.Dockerfile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of parsing, and of parsing then printing back to bytes, over a whole corpus.
 *
 * <p>One operation = the whole set of files once, so ops/s converts directly into MB/s
 * ({@link CorpusInputs#totalBytes()} x ops/s) and files/s ({@link CorpusInputs#fileCount()} x ops/s);
 * {@code bench/run.sh} prints those. The corpus path is relative to the working directory: run from the
 * repository root, where {@value CorpusInputs#DEFAULT_CORPUS} is the shared corpus. Another folder:
 * {@code -p corpus=DIR}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class ParsePrintBenchmark {

    @Param(CorpusInputs.DEFAULT_CORPUS)
    public String corpus;

    private byte[][] files;

    @Setup(Level.Trial)
    public void load() {
        CorpusInputs inputs = CorpusInputs.load(corpus);
        files = inputs.files();
        // Check once, outside the measurement, that the round trip really reproduces the input: a fast
        // benchmark of a printer that drops bytes would be meaningless. Reported, not fatal, so a
        // regression in one file still lets the numbers be measured.
        int noTree = 0;
        int differ = 0;
        for (int i = 0; i < files.length; i++) {
            ParseResult result = Dockerfiles.parse(files[i]);
            if (result.tree().isEmpty()) {
                noTree++;
            } else if (!Arrays.equals(files[i], Dockerfiles.toBytes(result.tree().get()))) {
                differ++;
                System.err.println("round trip differs: " + inputs.names().get(i));
            }
        }
        System.out.println("\nInputs: " + inputs + "; without a tree: " + noTree
                + "; round trip differs: " + differ);
    }

    /** Parses every file once. */
    @Benchmark
    public void parse(Blackhole bh) {
        for (byte[] file : files) {
            bh.consume(Dockerfiles.parse(file));
        }
    }

    /** Parses every file once and prints each tree back to its bytes. */
    @Benchmark
    public void parseAndPrint(Blackhole bh) {
        for (byte[] file : files) {
            ParseResult result = Dockerfiles.parse(file);
            // A file without a tree has nothing to print; consuming the result keeps its parse from
            // being optimised away, the same work the parse benchmark counts.
            if (result.tree().isPresent()) {
                Dockerfile tree = result.tree().get();
                bh.consume(Dockerfiles.toBytes(tree));
            } else {
                bh.consume(result);
            }
        }
    }
}
