package dev.dockmend.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.dockmend.Dockerfiles;
import dev.dockmend.diff.TextDiff;
import dev.dockmend.diff.UnifiedDiff;
import dev.dockmend.fix.ChangeEdits;
import dev.dockmend.recipe.Pipeline;
import dev.dockmend.recipe.Recipe;
import dev.dockmend.recipe.RecipeCatalog;
import dev.dockmend.testing.MixedDockerfile;
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
 * The whole pipeline on one generated file of {@code lines} lines ({@link MixedDockerfile}: every recipe has work
 * all over it): parse, all shipped recipes in order, print, unified diff; and the same with each change's own
 * edits worked out, as {@code --format json}, SARIF and {@code actions} do. The time per operation divided by
 * the number of lines should stay flat from 1,000 to 100,000 lines: {@code bench/scale.sh} prints it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
public class PipelineScaleBenchmark {

    @Param({"1000", "10000", "100000"})
    public int lines;

    private String text;
    private Pipeline pipeline;

    @Setup(Level.Trial)
    public void generate() {
        text = MixedDockerfile.ofLines(lines);
        List<Recipe> recipes = RecipeCatalog.load().all();
        pipeline = new Pipeline(recipes);
        // Checked once, outside the measurement: the run changes the file and its output parses.
        Pipeline.Result result = run();
        System.out.println("\nInput: " + text.length() + " chars, " + text.lines().count() + " lines; "
                + result.changes().size() + " changes by " + recipes.size() + " recipes");
    }

    private Pipeline.Result run() {
        Dockerfile input = Dockerfiles.parse(text).orThrow("generated");
        return pipeline.run(input, "Dockerfile", Map.of());
    }

    /** Parse, every recipe, print, diff. */
    @Benchmark
    public void pipeline(Blackhole bh) {
        Pipeline.Result result = run();
        bh.consume(Dockerfiles.print(result.after()));
        bh.consume(UnifiedDiff.of("Dockerfile", TextDiff.of(result.before(), result.after()), UnifiedDiff.DEFAULT_CONTEXT));
    }

    /** The same, then each change's own edits of the input (the JSON, SARIF and actions outputs). */
    @Benchmark
    public void pipelineWithChangeEdits(Blackhole bh) {
        Pipeline.Result result = run();
        bh.consume(Dockerfiles.print(result.after()));
        bh.consume(UnifiedDiff.of("Dockerfile", TextDiff.of(result.before(), result.after()), UnifiedDiff.DEFAULT_CONTEXT));
        bh.consume(ChangeEdits.of(result));
    }
}
