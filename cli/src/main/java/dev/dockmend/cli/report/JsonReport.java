package dev.dockmend.cli.report;

import java.io.PrintWriter;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.dockmend.cli.run.Outcome;
import dev.dockmend.fix.TextEdits;
import dev.dockmend.recipe.Change;
import dev.dockmend.recipe.Finding;

/**
 * One JSON document for tools and bots: per file its status ({@code changed}, {@code unchanged},
 * {@code error}), its changes (recipe, safety, reason, lines before and after, and the LSP-style edits
 * of the input that make it), findings, errors and the unified diff; then a summary.
 */
final class JsonReport implements Report {
    private final int context;

    JsonReport(int context) {
        this.context = context;
    }

    @Override
    public void write(List<Outcome> outcomes, PrintWriter out, PrintWriter err) {
        ObjectNode root = Json.object();
        ArrayNode files = root.putArray("files");
        for (Outcome outcome : outcomes) {
            ObjectNode file = files.addObject();
            file.put("path", outcome.source().name());
            if (outcome instanceof Outcome.Failed failed) {
                file.put("status", "error");
                ArrayNode errors = file.putArray("errors");
                failed.errors().forEach(errors::add);
                failed.errors().forEach(err::println);
                continue;
            }
            Outcome.Mended mended = (Outcome.Mended) outcome;
            file.put("status", mended.changed() ? "changed" : "unchanged");
            ArrayNode changes = file.putArray("changes");
            TextEdits edits = mended.edits();
            for (Change change : mended.changesInLineOrder()) {
                ObjectNode node = changes.addObject();
                node.put("recipe", change.recipe().value());
                node.put("safety", change.safety().label());
                node.put("reason", change.reason());
                node.set("before", EditJson.lines(change.before()));
                node.set("after", EditJson.lines(change.after()));
                node.set("edits", EditJson.edits(edits.within(change.before())));
            }
            ArrayNode findings = file.putArray("findings");
            for (Finding finding : mended.findings()) {
                findings.add(EditJson.finding(finding));
            }
            file.put("diff", mended.diff(context));
        }
        Summary summary = Summary.of(outcomes);
        ObjectNode counts = root.putObject("summary");
        counts.put("files", summary.files());
        counts.put("changedFiles", summary.changedFiles());
        counts.put("changes", summary.changes());
        counts.put("findings", summary.findings());
        counts.put("failedFiles", summary.failedFiles());
        out.println(Json.pretty(root));
    }
}
