package dev.dockmend.cli.report;

import java.io.PrintWriter;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.dockmend.cli.run.Outcome;
import dev.dockmend.fix.ChangeEdits;
import dev.dockmend.recipe.Change;
import dev.dockmend.recipe.Finding;
import dev.dockmend.recipe.Severity;

/**
 * One JSON document for tools and bots: per file its status ({@code changed}, {@code unchanged},
 * {@code error}) and, always present (empty when there is nothing), its errors, its changes (id, recipe,
 * safety, reason, lines before and after, the LSP-style edits of the input that make that change alone, and
 * the ids of the changes those edits cannot be made without), findings (each with its
 * severity) and the unified diff; then a summary, which counts the findings of each severity too.
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
            // Every file has every key, empty when there is nothing to say: a tool reads file.changes without
            // first asking whether the file failed.
            ArrayNode errors = Json.array();
            ArrayNode changes = Json.array();
            ArrayNode findings = Json.array();
            String diff = "";
            if (outcome instanceof Outcome.Failed failed) {
                file.put("status", "error");
                failed.errors().forEach(errors::add);
                failed.errors().forEach(err::println);
            } else {
                Outcome.Mended mended = (Outcome.Mended) outcome;
                file.put("status", mended.changed() ? "changed" : "unchanged");
                for (ChangeEdits.Edited edited : mended.changeEdits().changes()) {
                    Change change = edited.change();
                    ObjectNode node = changes.addObject();
                    node.put("id", edited.id());
                    node.put("recipe", change.recipe().value());
                    node.put("safety", change.safety().label());
                    node.put("reason", change.reason());
                    node.set("before", EditJson.lines(change.before()));
                    node.set("after", EditJson.lines(change.after()));
                    node.set("edits", EditJson.edits(edited.edits()));
                    node.set("requires", EditJson.ids(edited.requires()));
                }
                for (Finding finding : mended.findings()) {
                    findings.add(EditJson.finding(finding));
                }
                diff = mended.diff(context);
            }
            file.set("errors", errors);
            file.set("changes", changes);
            file.set("findings", findings);
            file.put("diff", diff);
        }
        Summary summary = Summary.of(outcomes);
        ObjectNode counts = root.putObject("summary");
        counts.put("files", summary.files());
        counts.put("changedFiles", summary.changedFiles());
        counts.put("changes", summary.changes());
        counts.put("findings", summary.findings());
        ObjectNode bySeverity = counts.putObject("findingsBySeverity");
        bySeverity.put(Severity.WARNING.label(), summary.warnings());
        bySeverity.put(Severity.INFO.label(), summary.infos());
        counts.put("failedFiles", summary.failedFiles());
        out.println(Json.pretty(root));
    }
}
