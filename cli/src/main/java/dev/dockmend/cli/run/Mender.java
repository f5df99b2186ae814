package dev.dockmend.cli.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.dockmend.Dockerfiles;
import dev.dockmend.cli.ExitCodes;
import dev.dockmend.context.BuildContext;
import dev.dockmend.parse.Diagnostic;
import dev.dockmend.parse.ParseResult;
import dev.dockmend.recipe.Pipeline;
import dev.dockmend.tree.Dockerfile;

/**
 * Runs the planned recipes on one file. A file BuildKit would reject (a parse error, or an error of
 * the instruction checks every build runs) is not rewritten: its errors are reported with their
 * positions instead. Stateless apart from the planner's caches, so files run in parallel.
 */
public final class Mender {
    private final Planner planner;

    public Mender(Planner planner) {
        this.planner = planner;
    }

    public Outcome mend(Source source) {
        return mendKeepingInput(source).outcome();
    }

    /**
     * The outcome, and the file's tree as parsed when it parsed and passed BuildKit's checks (quick fixes
     * are worked out on it, even where the run changed nothing).
     */
    public record Mending(Outcome outcome, Optional<Dockerfile> input) {
    }

    public Mending mendKeepingInput(Source source) {
        if (source.isExcluded()) {
            // Not even parsed: an editor formatting an excluded file on save gets it back as it was.
            return new Mending(new Outcome.Mended(source, List.of(), List.of(), false, Optional.empty()), Optional.empty());
        }
        byte[] bytes;
        try {
            bytes = source.read();
        } catch (IOException e) {
            return failed(source, List.of(source.name() + ": error: cannot read: " + e.getMessage()), ExitCodes.INPUT);
        }
        ParseResult parsed = Dockerfiles.parse(bytes);
        List<String> errors = new ArrayList<>();
        for (Diagnostic diagnostic : parsed.diagnostics()) {
            if (diagnostic.isError()) {
                errors.add(diagnostic.format(source.name()));
            }
        }
        if (!errors.isEmpty() || parsed.tree().isEmpty()) {
            return failed(source, errors, ExitCodes.INPUT);
        }
        Dockerfile tree = parsed.tree().get();
        for (Diagnostic diagnostic : Dockerfiles.validate(tree)) {
            if (diagnostic.isError()) {
                errors.add(diagnostic.format(source.name()));
            }
        }
        if (!errors.isEmpty()) {
            return failed(source, errors, ExitCodes.INPUT);
        }
        try {
            RunPlan plan = planner.planFor(source.path());
            // Standard input has no folder: its build context is unknown, unless --stdin-filename names the file.
            Pipeline.Result result = plan.pipeline().run(tree, source.name(), plan.options(),
                    () -> planner.contexts().forDockerfile(source.path()));
            return new Mending(Outcome.Mended.of(source, result), Optional.of(tree));
        } catch (Planner.PlanException e) {
            return failed(source, List.of(e.getMessage()), ExitCodes.USAGE);
        } catch (BuildContext.UnreadableContextException e) {
            return failed(source, List.of(source.name() + ": error: build context: " + e.getMessage()), ExitCodes.INPUT);
        } catch (Pipeline.RecipeBugException e) {
            return failed(source, List.of(source.name() + ": internal error: " + e.getMessage()
                    + " (nothing was written; please report it)"), ExitCodes.INTERNAL);
        }
    }

    private static Mending failed(Source source, List<String> errors, int exitCode) {
        return new Mending(new Outcome.Failed(source, errors, exitCode), Optional.empty());
    }
}
