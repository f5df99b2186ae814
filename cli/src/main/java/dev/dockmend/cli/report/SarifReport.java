package dev.dockmend.cli.report;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.dockmend.cli.run.Outcome;
import dev.dockmend.cli.run.Source;
import dev.dockmend.fix.TextEdit;
import dev.dockmend.fix.ChangeEdits;
import dev.dockmend.recipe.Change;
import dev.dockmend.recipe.Finding;
import dev.dockmend.recipe.Recipe;
import dev.dockmend.recipe.Severity;

/**
 * SARIF 2.1.0 (OASIS): one run whose rules are the recipes that ran; each change is a {@code warning}
 * result with a {@code fix} (the replacements of the input's lines that make that change alone; its
 * properties give the change's id and, in {@code requires}, the changes the fix cannot be made without,
 * whose edits it holds too), each finding a result without one at its severity's level ({@code warning},
 * or {@code note} for an info finding). Files that could not be read or parsed are tool execution
 * notifications, and then the invocation is not successful. Files are named relative to the repository
 * ({@link SourceRoot}, {@code %SRCROOT%}), wherever dockmend ran. Regions are 1-based lines and columns;
 * a replacement's deleted region also gives its character offset and length.
 */
final class SarifReport implements Report {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private final ToolInfo tool;
    private final SourceRoot sourceRoot;

    SarifReport(ToolInfo tool, SourceRoot sourceRoot) {
        this.tool = tool;
        this.sourceRoot = sourceRoot;
    }

    @Override
    public void write(List<Outcome> outcomes, PrintWriter out, PrintWriter err) {
        ObjectNode log = Json.object();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "dockmend");
        driver.put("version", tool.version());
        driver.put("informationUri", "https://github.com/dockmend/dockmend");
        Map<String, Integer> ruleIndex = new TreeMap<>();
        ArrayNode rules = driver.putArray("rules");
        for (Recipe recipe : tool.recipes()) {
            ruleIndex.put(recipe.id().value(), rules.size());
            ObjectNode rule = rules.addObject();
            rule.put("id", recipe.id().value());
            rule.putObject("shortDescription").put("text", recipe.summary());
            rule.putObject("fullDescription").put("text", recipe.rationale());
            recipe.documentation().ifPresent(uri -> rule.put("helpUri", uri));
            rule.putObject("defaultConfiguration").put("level", "warning");
            ObjectNode properties = rule.putObject("properties");
            properties.put("safety", recipe.safety().label());
            ArrayNode fixes = properties.putArray("fixes");
            recipe.fixes().forEach(fixes::add);
        }
        run.putObject("originalUriBaseIds").putObject(SourceRoot.BASE_ID).put("uri", sourceRoot.uri());
        ArrayNode results = run.putArray("results");
        ObjectNode invocation = run.putArray("invocations").addObject();
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        boolean successful = true;
        for (Outcome outcome : outcomes) {
            ObjectNode location = location(outcome.source());
            if (outcome instanceof Outcome.Failed failed) {
                successful = false;
                for (String error : failed.errors()) {
                    err.println(error);
                    ObjectNode notification = notifications.addObject();
                    notification.put("level", "error");
                    notification.putObject("message").put("text", error);
                    notification.putArray("locations").addObject().putObject("physicalLocation")
                            .set("artifactLocation", location.deepCopy());
                }
                continue;
            }
            Outcome.Mended mended = (Outcome.Mended) outcome;
            for (ChangeEdits.Edited edited : mended.changeEdits().changes()) {
                Change change = edited.change();
                ObjectNode result = result(results, ruleIndex, change.recipe().value(), "warning", change.reason(), location,
                        change.before().start(), 1, change.before().end());
                ObjectNode properties = result.putObject("properties");
                properties.put("safety", change.safety().label());
                properties.put("changeId", edited.id());
                properties.set("requires", EditJson.ids(edited.requires()));
                List<TextEdit> edits = edited.edits();
                ObjectNode fix = result.putArray("fixes").addObject();
                fix.putObject("description").put("text", change.reason());
                ObjectNode artifactChange = fix.putArray("artifactChanges").addObject();
                artifactChange.set("artifactLocation", location.deepCopy());
                ArrayNode replacements = artifactChange.putArray("replacements");
                for (TextEdit edit : edits) {
                    ObjectNode replacement = replacements.addObject();
                    ObjectNode deleted = replacement.putObject("deletedRegion");
                    deleted.put("startLine", edit.start().line() + 1);
                    deleted.put("startColumn", edit.start().character() + 1);
                    deleted.put("endLine", edit.end().line() + 1);
                    deleted.put("endColumn", edit.end().character() + 1);
                    deleted.put("charOffset", edit.startOffset());
                    deleted.put("charLength", edit.endOffset() - edit.startOffset());
                    replacement.putObject("insertedContent").put("text", edit.newText());
                }
            }
            for (Finding finding : mended.findings()) {
                result(results, ruleIndex, finding.recipe().value(), level(finding.severity()),
                        finding.reason() + "; " + finding.suggestion(), location, finding.line(), finding.column(), finding.line());
            }
        }
        invocation.put("executionSuccessful", successful);
        out.println(Json.pretty(log));
    }

    /**
     * A file's artifact location: relative to {@code %SRCROOT%} when it lies below it; else its absolute
     * {@code file:} URI; standard input without a --stdin-filename by its name.
     */
    private ObjectNode location(Source source) {
        ObjectNode location = Json.object();
        Path path = source.path();
        String relative = path == null ? null : sourceRoot.relative(path);
        if (relative != null) {
            location.put("uri", relative);
            location.put("uriBaseId", SourceRoot.BASE_ID);
        } else if (path != null) {
            location.put("uri", path.toAbsolutePath().normalize().toUri().toASCIIString());
        } else {
            location.put("uri", SourceRoot.reference(source.name()));
        }
        return location;
    }

    /** SARIF's level for a finding: {@code note} is "a fact that may be of interest", {@code warning} a problem. */
    static String level(Severity severity) {
        return switch (severity) {
            case INFO -> "note";
            case WARNING -> "warning";
        };
    }

    private static ObjectNode result(ArrayNode results, Map<String, Integer> ruleIndex, String ruleId, String level,
                                     String message, ObjectNode location, int startLine, int startColumn, int endLine) {
        ObjectNode result = results.addObject();
        result.put("ruleId", ruleId);
        Integer index = ruleIndex.get(ruleId);
        if (index != null) {
            result.put("ruleIndex", index);
        }
        result.put("level", level);
        result.putObject("message").put("text", message);
        ObjectNode region = result.putArray("locations").addObject().putObject("physicalLocation");
        region.set("artifactLocation", location.deepCopy());
        ObjectNode lines = region.putObject("region");
        lines.put("startLine", startLine);
        lines.put("startColumn", startColumn);
        lines.put("endLine", endLine);
        return result;
    }
}
