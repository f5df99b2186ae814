package dev.dockmend.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.dockmend.Dockerfiles;
import dev.dockmend.buildkit.AstDump;
import dev.dockmend.cli.report.ParseJson;
import dev.dockmend.cli.report.TreeText;
import dev.dockmend.cli.run.Source;
import dev.dockmend.parse.Diagnostic;
import dev.dockmend.parse.ParseResult;
import dev.dockmend.tree.Dockerfile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dockmend parse}: prints the tree of each file, or the first error with its position. */
@Command(
        name = "parse",
        addMethodSubcommands = false, // no @Command methods: spares picocli a scan of every method (start-up)
        mixinStandardHelpOptions = true,
        header = "Print the syntax tree of Dockerfiles.",
        description = {
            "Parses each FILE (a directory is searched for Dockerfile, Containerfile, Dockerfile.*, *.Dockerfile)",
            "as BuildKit reads it and prints its instructions with line spans, flags and arguments.",
            "Errors go to standard error as FILE:LINE:COLUMN: error: MESSAGE (expected ...): those of",
            "BuildKit's parser, and those of the instruction checks every build runs (unknown instructions,",
            "SHELL not in JSON form, unknown flags...). Exits 3 when any file has an error."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  dockmend parse Dockerfile",
            "  dockmend parse --json services/        one JSON object per file and line",
            "  dockmend parse --buildkit-dump Dockerfile   BuildKit's AST dump format"
        })
final class ParseCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Dockerfiles or directories")
    List<Path> paths;

    @Option(names = "--json", description = "One JSON object per file on its own line (fields as in BuildKit's JSON dump).")
    boolean json;

    @Option(names = "--buildkit-dump", description = "BuildKit's AST dump format, as in its parser tests.")
    boolean buildKitDump;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    Dockmend root;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ObjectMapper mapper = new ObjectMapper();
        ParseJson parseJson = new ParseJson(mapper);
        int code = ExitCodes.OK;
        List<Path> files = DockerfileFinder.expand(paths.stream().map(p -> root.directory().resolve(p)).toList());
        if (files.isEmpty()) {
            err.println(DockerfileFinder.noneFound(paths));
        }
        Source.Namer namer = Source.namer(root.directory()); // names relative to -C, as fix and check give them
        for (Path file : files) {
            String name = namer.file(file).name();
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                err.println(name + ": error: no such file or directory");
                code = ExitCodes.INPUT;
                continue;
            } catch (IOException e) {
                err.println(name + ": error: cannot read: " + e.getMessage());
                code = ExitCodes.INPUT;
                continue;
            }
            ParseResult result = Dockerfiles.parse(bytes);
            boolean roundTrip = result.tree().map(t -> Arrays.equals(Dockerfiles.toBytes(t), bytes)).orElse(false);
            List<Diagnostic> checks = result.ok() ? Dockerfiles.validate(result.tree().orElseThrow()) : List.of();
            if (json) {
                out.println(mapper.writeValueAsString(parseJson.render(name, result, checks, roundTrip)));
            } else {
                for (Diagnostic diagnostic : result.diagnostics()) {
                    err.println(diagnostic.format(name));
                }
                for (Diagnostic diagnostic : checks) {
                    err.println(diagnostic.format(name));
                }
                if (result.ok()) {
                    Dockerfile tree = result.tree().orElseThrow();
                    out.print(buildKitDump ? AstDump.dump(tree) : TreeText.render(name, tree));
                }
            }
            if (!result.ok() || checks.stream().anyMatch(Diagnostic::isError)) {
                code = ExitCodes.INPUT;
            }
        }
        return code;
    }
}
