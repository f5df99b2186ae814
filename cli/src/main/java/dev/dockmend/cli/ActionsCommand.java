package dev.dockmend.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.dockmend.cli.report.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.dockmend.cli.report.EditJson;
import dev.dockmend.cli.run.FileFixes;
import dev.dockmend.cli.run.Outcome;
import dev.dockmend.cli.run.Planner;
import dev.dockmend.cli.run.SelectionOptions;
import dev.dockmend.cli.run.Source;
import dev.dockmend.fix.QuickFix;
import dev.dockmend.recipe.Finding;
import dev.dockmend.recipe.RecipeCatalog;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dockmend actions}: the quick fixes at a position, as JSON for editors. */
@Command(
        name = "actions",
        mixinStandardHelpOptions = true,
        header = "List the quick fixes at a line of a Dockerfile, as JSON (for editors).",
        description = {
            "Prints one JSON object: the fixes whose lines include --line, each with an id (for apply), a",
            "title, the recipe, its safety, the lines it changes and its edits as Language Server Protocol",
            "TextEdits (0-based line and UTF-16 character; apply them in order), and the findings on that line.",
            "--line and --column are 1-based, as editors display them. Without --line, every fix of the file.",
            "Each fix is one change of one recipe computed on the file as it is, so fixes do not depend on",
            "each other; after applying one, ask again."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  dockmend actions Dockerfile --line 12",
            "  dockmend actions - --stdin-filename Dockerfile --line 12 < Dockerfile   (an unsaved buffer)"
        })
final class ActionsCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The Dockerfile, or - for standard input.")
    String file;

    @Option(names = "--line", paramLabel = "L", description = "1-based line; only fixes and findings there.")
    Integer line;

    @Option(names = "--column", paramLabel = "C", description = "1-based column (accepted for editors; fixes cover whole instructions).")
    Integer column;

    @Option(names = "--stdin-filename", paramLabel = "PATH", description = "The path standard input stands for.")
    Path stdinFilename;

    @Mixin
    SelectionOptions selection;

    @CommandLine.ParentCommand
    Dockmend root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((line != null && line < 1) || (column != null && column < 1)) {
            err.println("dockmend: error: --line and --column are 1-based: they must be 1 or more");
            return ExitCodes.USAGE;
        }
        Planner planner;
        try {
            planner = Planner.of(RecipeCatalog.load(), selection);
        } catch (Planner.PlanException e) {
            err.println("dockmend: error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Source source = SourceArgument.resolve(file, stdinFilename, root, err);
        if (source == null) {
            return ExitCodes.INPUT;
        }
        FileFixes fixes = FileFixes.of(source, planner);
        ObjectNode json = Json.object();
        json.put("file", source.name());
        if (line != null) {
            json.put("line", line);
        }
        if (column != null) {
            json.put("column", column);
        }
        ArrayNode actions = json.putArray("actions");
        for (QuickFix fix : fixes.fixes()) {
            if (line != null && !fix.covers(line)) {
                continue;
            }
            ObjectNode action = actions.addObject();
            action.put("id", fix.id());
            action.put("title", fix.title());
            action.put("kind", "quickfix");
            action.put("recipe", fix.recipe().value());
            action.put("safety", fix.safety().label());
            action.set("lines", EditJson.lines(fix.lines()));
            action.set("edits", EditJson.edits(fix.edits()));
        }
        ArrayNode findings = json.putArray("findings");
        ArrayNode errors = json.putArray("errors");
        int code = ExitCodes.OK;
        if (fixes.outcome() instanceof Outcome.Mended mended) {
            for (Finding finding : mended.findings()) {
                if (line == null || finding.line() == line) {
                    ObjectNode node = findings.addObject();
                    node.put("recipe", finding.recipe().value());
                    node.put("line", finding.line());
                    node.put("column", finding.column());
                    node.put("reason", finding.reason());
                    node.put("suggestion", finding.suggestion());
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
