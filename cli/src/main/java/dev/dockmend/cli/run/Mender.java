package dev.dockmend.cli.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import dev.dockmend.Dockerfiles;
import dev.dockmend.cli.ExitCodes;
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
        byte[] bytes;
        try {
            bytes = source.read();
        } catch (IOException e) {
            return new Outcome.Failed(source, List.of(source.name() + ": error: cannot read: " + e.getMessage()), ExitCodes.INPUT);
        }
        ParseResult parsed = Dockerfiles.parse(bytes);
        List<String> errors = new ArrayList<>();
        for (Diagnostic diagnostic : parsed.diagnostics()) {
            if (diagnostic.isError()) {
                errors.add(diagnostic.format(source.name()));
            }
        }
        if (!errors.isEmpty() || parsed.tree().isEmpty()) {
            return new Outcome.Failed(source, errors, ExitCodes.INPUT);
        }
        Dockerfile tree = parsed.tree().get();
        for (Diagnostic diagnostic : Dockerfiles.validate(tree)) {
            if (diagnostic.isError()) {
                errors.add(diagnostic.format(source.name()));
            }
        }
        if (!errors.isEmpty()) {
            return new Outcome.Failed(source, errors, ExitCodes.INPUT);
        }
        try {
            RunPlan plan = planner.planFor(source.path());
            Pipeline.Result result = plan.pipeline().run(tree, source.name(), plan.options());
            return new Outcome.Mended(source, result);
        } catch (Planner.PlanException e) {
            return new Outcome.Failed(source, List.of(e.getMessage()), ExitCodes.USAGE);
        } catch (Pipeline.RecipeBugException e) {
            return new Outcome.Failed(source, List.of(source.name() + ": internal error: " + e.getMessage()
                    + " (nothing was written; please report it)"), ExitCodes.INTERNAL);
        }
    }
}
