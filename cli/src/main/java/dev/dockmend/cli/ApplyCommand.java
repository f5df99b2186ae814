package dev.dockmend.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;

import dev.dockmend.Dockerfiles;
import dev.dockmend.cli.run.AtomicWrite;
import dev.dockmend.cli.run.IoErrors;
import dev.dockmend.cli.run.FileFixes;
import dev.dockmend.cli.run.Outcome;
import dev.dockmend.cli.run.Source;
import dev.dockmend.diff.UnifiedDiff;
import dev.dockmend.fix.QuickFix;
import dev.dockmend.fix.TextEdit;
import dev.dockmend.parse.ParseResult;
import dev.dockmend.tree.Dockerfile;

import picocli.CommandLine.Model.OptionSpec;

/** {@code dockmend apply}: applies exactly one quick fix listed by {@code actions}. */
final class ApplyCommand extends QuickFixCommand {
    // --action and --write, read when the command runs.
    String action;
    boolean write;

    ApplyCommand(Dockmend root) {
        super(root, "apply", "Apply one quick fix (an id from `dockmend actions`).",
                "Computes the fixes of FILE again, applies the one with --action's id (fix-all: every change, as",
                "`fix` does) and prints the unified diff;",
                "with --write the file is replaced atomically instead (encoding, line endings, permissions, owner and",
                "group kept; a read-only file is refused, exit 3).",
                "With - the file is read from standard input and the whole result written to standard output.",
                "Exits 2 when the file has no such fix (it may already be applied: ask `actions` again).");
        spec.addOption(OptionSpec.builder("--action").paramLabel("ID").type(String.class).required(true)
                .description("The fix's id, as `actions` prints it.").build());
        spec.addOption(OptionSpec.builder("-w", "--write").type(boolean.class).description("Write the result to FILE (atomically).").build());
        Specs.footer(spec, "%nExamples:%n",
                "  dockmend apply Dockerfile --action exec-form-cmd:14",
                "  dockmend apply Dockerfile --action exec-form-cmd:14 --write",
                "  dockmend apply Dockerfile --action fix-all --write");
    }

    @Override
    void bind() {
        super.bind();
        action = Specs.value(spec, "--action");
        write = Specs.flag(spec, "--write");
    }

    @Override
    int act(Source source, FileFixes fixes, PrintWriter out, PrintWriter err) throws IOException {
        if (fixes.outcome() instanceof Outcome.Failed failed) {
            failed.errors().forEach(err::println);
            return failed.exitCode();
        }
        Optional<QuickFix> chosen = fixes.fixes().stream().filter(f -> f.id().equals(action)).findFirst();
        if (chosen.isEmpty()) {
            err.println(source.name() + ": error: no fix `" + action + "` here (available: "
                    + (fixes.fixes().isEmpty() ? "none" : String.join(", ", fixes.fixes().stream().map(QuickFix::id).toList())) + ")");
            return ExitCodes.USAGE;
        }
        Dockerfile before = fixes.input().orElseThrow();
        String beforeText = Dockerfiles.print(before);
        String text = TextEdit.apply(beforeText, chosen.get().edits());
        ParseResult reparsed = Dockerfiles.parse(text);
        if (!reparsed.ok()) {
            err.println(source.name() + ": internal error: fix " + action + " gives a file that does not parse: "
                    + reparsed.firstError().map(d -> d.format(source.name())).orElse("") + " (nothing was written; please report it)");
            return ExitCodes.INTERNAL;
        }
        Dockerfile after = reparsed.tree().orElseThrow();
        byte[] bytes = Dockerfiles.toBytes(new Dockerfile(before.encoding(), after.directives(), after.instructions(), after.trailing()));
        if (source.isStdin()) {
            root.stdout().write(bytes);
            root.stdout().flush();
        } else if (write) {
            try {
                AtomicWrite.replace(source.path(), bytes);
            } catch (IOException e) {
                err.println(source.name() + ": error: cannot write: " + IoErrors.reason(e) + "; the file is unchanged");
                return ExitCodes.INPUT;
            }
            out.println(source.name() + ": applied " + action + ": " + chosen.get().title());
        } else {
            // The file's own bytes, as fix's diff: a patch of the decoded text would not apply to a file that is not UTF-8.
            Optional<UnifiedDiff.Patch> patch = UnifiedDiff.patch(source.name(), Dockerfiles.toBytes(before), bytes,
                    TextEdit.diff(beforeText, chosen.get().edits()), UnifiedDiff.DEFAULT_CONTEXT);
            if (patch.isPresent()) {
                root.stdout().write(patch.get().bytes());
                root.stdout().flush();
            }
        }
        return ExitCodes.OK;
    }
}
