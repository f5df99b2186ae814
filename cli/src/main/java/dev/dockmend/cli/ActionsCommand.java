package dev.dockmend.cli;

import java.io.PrintWriter;

import dev.dockmend.cli.report.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.dockmend.cli.report.EditJson;
import dev.dockmend.cli.run.FileFixes;
import dev.dockmend.cli.run.Outcome;
import dev.dockmend.cli.run.Source;
import dev.dockmend.fix.QuickFix;
import dev.dockmend.recipe.Finding;

import picocli.CommandLine.Model.OptionSpec;

/** {@code dockmend actions}: the quick fixes at a position, as JSON for editors. */
final class ActionsCommand extends QuickFixCommand {
    // --line and --column, read when the command runs; null when not given.
    Integer line;
    Integer column;

    ActionsCommand(Dockmend root) {
        super(root, "actions", "List the quick fixes at a line of a Dockerfile, as JSON (for editors).",
                "Prints one JSON object: the fixes whose lines include --line, each with an id (for apply), a",
                "title, the recipe, its safety, the lines it changes and its edits as Language Server Protocol",
                "TextEdits (0-based line and UTF-16 character; apply them in order), and the findings on that line.",
                "--line and --column are 1-based, as editors display them. Without --line, every fix of the file.",
                "Each fix is one change of `fix`, whose edits make that change alone; a fix that cannot be made",
                "alone (it changes lines another fix wrote) makes that one too and names it in `requires`. Last,",
                "`fix-all` (kind source.fixAll) makes every change: its result is what `fix` writes.");
        spec.addOption(OptionSpec.builder("--line").paramLabel("L").type(Integer.class)
                .description("1-based line; only fixes and findings there.").build());
        spec.addOption(OptionSpec.builder("--column").paramLabel("C").type(Integer.class)
                .description("1-based column (accepted for editors; fixes cover whole instructions).").build());
        Specs.footer(spec, "%nExamples:%n",
                "  dockmend actions Dockerfile --line 12",
                "  dockmend actions - --stdin-filename Dockerfile --line 12 < Dockerfile   (an unsaved buffer)");
    }

    @Override
    void bind() {
        super.bind();
        line = Specs.value(spec, "--line");
        column = Specs.value(spec, "--column");
    }

    @Override
    String problem() {
        return (line != null && line < 1) || (column != null && column < 1)
                ? "--line and --column are 1-based: they must be 1 or more" : null;
    }

    @Override
    int act(Source source, FileFixes fixes, PrintWriter out, PrintWriter err) {
        ObjectNode json = Json.object();
        json.put("file", source.name());
        if (line != null) {
            json.put("line", line);
        }
        if (column != null) {
            json.put("column", column);
        }
        ArrayNode actions = json.putArray("actions");
        boolean anyListed = false;
        for (QuickFix fix : fixes.fixes()) {
            // The fix of all changes concerns the whole file: it is offered wherever another fix is.
            if (fix.fixesAll() ? !anyListed : line != null && !fix.covers(line)) {
                continue;
            }
            anyListed = true;
            ObjectNode action = actions.addObject();
            action.put("id", fix.id());
            action.put("title", fix.title());
            action.put("kind", fix.fixesAll() ? "source.fixAll" : "quickfix");
            fix.recipe().ifPresent(recipe -> action.put("recipe", recipe.value()));
            action.put("safety", fix.safety().label());
            action.set("lines", EditJson.lines(fix.lines()));
            action.set("edits", EditJson.edits(fix.edits()));
            action.set("requires", EditJson.ids(fix.requires()));
        }
        ArrayNode findings = json.putArray("findings");
        ArrayNode errors = json.putArray("errors");
        int code = ExitCodes.OK;
        if (fixes.outcome() instanceof Outcome.Mended mended) {
            for (Finding finding : mended.findings()) {
                if (line == null || finding.line() == line) {
                    findings.add(EditJson.finding(finding));
                }
            }
        } else if (fixes.outcome() instanceof Outcome.Failed failed) {
            failed.errors().forEach(errors::add);
            failed.errors().forEach(err::println);
            code = failed.exitCode();
        }
        out.println(Json.pretty(json));
        return code;
    }
}
