package dev.dockmend.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import dev.dockmend.cli.migrate.Discovery;
import dev.dockmend.cli.migrate.MigrateOptions;
import dev.dockmend.cli.migrate.Migration;
import dev.dockmend.cli.migrate.RepoEntries;
import dev.dockmend.cli.migrate.RepoMigrator;
import dev.dockmend.cli.migrate.Shard;
import dev.dockmend.cli.migrate.SummaryJson;
import dev.dockmend.cli.run.IoErrors;
import dev.dockmend.cli.run.SelectionOptions;

import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * {@code dockmend migrate}: the recipes over every Dockerfile of many local git repositories, a patch or a
 * branch (and a push) per repository, with a pull request's title and body, a summary, and shards for running
 * on many machines. docs/migrate.md is its page.
 */
final class MigrateCommand implements Callable<Integer> {
    /** The options the pull request's command to run again repeats: the recipe selection and the branch. */
    private static final Set<String> RERUN_OPTIONS = Set.of("--recipe", "--skip", "--safe-only", "--option", "--config", "--no-config",
            "--patch-dir", "--branch", "--author", "--message", "--push");

    final Dockmend root;
    final CommandSpec spec;

    MigrateCommand(Dockmend root) {
        this.root = root;
        this.spec = Specs.command(this, "migrate", "Run the recipes over many git repositories: a patch or a branch each, and a pull request's text.",
                "Runs the recipes on every Dockerfile of each REPO (the top folder of a git work",
                "tree; Dockerfiles found as fix finds them) and writes, per repository, a patch",
                "(--patch-dir) or a branch with one commit on HEAD (--branch; made in memory with",
                "JGit: the checked-out branch, the index and the working tree are never touched),",
                "with a pull request's title and Markdown body. A repository with uncommitted",
                "changes to a Dockerfile is skipped. A second run makes no new commit",
                "(already-migrated); a branch with other changes is replaced only with --force.",
                "With --merge-summaries, the arguments are summaries (--summary) of shards,",
                "merged to standard output. Guide: docs/migrate.md.");
        spec.addPositional(PositionalParamSpec.builder().paramLabel("REPO").arity("0..*").type(List.class).auxiliaryTypes(String.class)
                .description("Git repositories (their top folders); with --merge-summaries, summary files.").build());
        spec.addOption(option("--repos-from", "FILE", Path.class, "Read the repositories from FILE, one path a line (# comments and blank lines skipped)."));
        spec.addOption(option("--patch-dir", "DIR", Path.class, "Write a patch per repository, DIR/NAME.patch (git apply takes it), and the pull request's"
                + " NAME.title and NAME.md beside it. NAME is the repository folder's name (with parent folders when two are alike)."));
        spec.addOption(option("--pr-dir", "DIR", Path.class, "Write the pull requests' NAME.title and NAME.md here instead."));
        spec.addOption(option("--branch", "NAME", String.class, "Make (or update) this branch in each repository: one commit on HEAD."));
        spec.addOption(OptionSpec.builder("--force").type(boolean.class)
                .description("Replace a branch that exists with other changes (and push over the remote's).").build());
        spec.addOption(option("--push", "REMOTE", String.class, "Push the branch to REMOTE (with git's credential helpers)."));
        spec.addOption(option("--author", "\"NAME <MAIL>\"", String.class, "Author and committer of the commit. Default: git's user.name and user.email."));
        spec.addOption(option("--message", "TEXT", String.class, "The commit message. Default: the pull request's title and the changes."));
        spec.addOption(option("--summary", "FILE", Path.class, "Write a JSON record per repository (status, files, changes, findings, branch, commit, errors)."));
        spec.addOption(OptionSpec.builder("-j", "--jobs").paramLabel("N").type(int.class).defaultValue(String.valueOf(Runtime.getRuntime().availableProcessors()))
                .description("Repositories migrated at once (default: the number of cores, ${DEFAULT-VALUE}).").build());
        spec.addOption(option("--shard", "I/N", String.class, "Only the I-th of N shares of the repositories, by a hash of each folder's name"
                + " (the same on every machine): for CI matrices and Kubernetes indexed Jobs."));
        spec.addOption(OptionSpec.builder("--merge-summaries").type(boolean.class)
                .description("Merge the summary files given as REPO arguments into one, on standard output.").build());
        SelectionOptions.addTo(spec);
        Specs.standardHelp(spec);
        Specs.footer(spec, "%nExamples:%n",
                "  dockmend migrate --patch-dir out repos/*        a patch and a pull request each",
                "  dockmend migrate --branch dockmend/mend --push origin --pr-dir pr \\",
                "      --repos-from repos.txt                      a pushed branch each",
                "  dockmend migrate --branch dockmend/mend --shard 2/4 --summary s2.json \\",
                "      --repos-from repos.txt                      the second of four shards",
                "  dockmend migrate --merge-summaries s*.json > all.json");
    }

    private static OptionSpec option(String name, String label, Class<?> type, String description) {
        return OptionSpec.builder(name).paramLabel(label).type(type).description(description).build();
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> given = orEmpty(spec.positionalParameters().get(0).getValue());
        if (Specs.flag(spec, "--merge-summaries")) {
            return mergeSummaries(given, out, err);
        }
        Optional<String> branch = Optional.ofNullable(Specs.value(spec, "--branch"));
        Optional<Path> patchDir = path("--patch-dir");
        Optional<String> push = Optional.ofNullable(Specs.value(spec, "--push"));
        if (branch.isEmpty() && patchDir.isEmpty()) {
            return usage(err, "give --patch-dir DIR (a patch per repository) or --branch NAME (a commit per repository), or both");
        }
        if (branch.isPresent() && !Repository.isValidRefName("refs/heads/" + branch.get())) {
            return usage(err, "--branch " + branch.get() + ": not a valid branch name");
        }
        if (push.isPresent() && branch.isEmpty()) {
            return usage(err, "--push needs --branch: it pushes the branch made");
        }
        Optional<PersonIdent> author;
        Shard shard;
        try {
            author = Optional.ofNullable((String) Specs.value(spec, "--author")).map(dev.dockmend.cli.migrate.Author::parse);
            String shardText = Specs.value(spec, "--shard");
            shard = shardText == null ? Shard.ALL : Shard.parse(shardText);
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        int jobs = Specs.value(spec, "--jobs");
        if (jobs < 1) {
            return usage(err, "--jobs " + jobs + ": expected 1 or more");
        }
        OptionSpec context = spec.findOption("--context");
        if (context != null && context.getValue() != null) {
            return usage(err, "--context names one folder for the Dockerfiles of every repository; migrate finds each"
                    + " Dockerfile's build context in its own repository, as fix does without it");
        }
        SelectionOptions selection = SelectionOptions.of(spec);
        if (selection.planner(root.directory(), err) == null) {
            return ExitCodes.USAGE;
        }
        List<String> repos = new ArrayList<>(given);
        Optional<Path> list = path("--repos-from");
        if (list.isPresent()) {
            try {
                repos.addAll(RepoEntries.linesOf(Files.readString(list.get())));
            } catch (IOException e) {
                err.println(list.get() + ": error: cannot read: " + IoErrors.reason(e));
                return ExitCodes.INPUT;
            }
        }
        if (repos.isEmpty()) {
            return usage(err, "no repository given (name them, or --repos-from FILE)");
        }
        MigrateOptions options = new MigrateOptions(patchDir, path("--pr-dir"), branch, Specs.flag(spec, "--force"), push, author,
                Optional.ofNullable(Specs.value(spec, "--message")), rerunCommand(), Dockmend.version(), root.directory());
        Discovery discovery = (folder, planner, problems) -> new SourceSearch(folder, planner, false, false, problems).below(folder);
        return Migration.run(shard.of(RepoEntries.of(root.directory(), repos)), new RepoMigrator(selection, discovery, options), jobs, shard,
                path("--summary"), Dockmend.version(), out, err, root.terminal());
    }

    private int mergeSummaries(List<String> files, PrintWriter out, PrintWriter err) {
        if (files.isEmpty()) {
            return usage(err, "--merge-summaries needs the summary files to merge");
        }
        try {
            String merged = SummaryJson.merge(files.stream().map(root::resolve).toList(), Dockmend.version());
            out.print(merged);
            return SummaryJson.anyFailed(merged) ? ExitCodes.INPUT : ExitCodes.OK;
        } catch (SummaryJson.MergeException e) {
            err.println(e.getMessage());
            return ExitCodes.INPUT;
        }
    }

    /**
     * The command the pull request gives to make its branch again, in the repository: {@code dockmend migrate},
     * the recipe selection and output options as given, {@code --force} for a branch (it exists by then), and {@code .}.
     */
    private String rerunCommand() {
        List<String> words = new ArrayList<>(List.of("dockmend", "migrate"));
        ParseResult parsed = spec.commandLine().getParseResult();
        Set<String> seen = new LinkedHashSet<>();
        for (OptionSpec option : parsed.matchedOptions()) {
            String name = option.longestName();
            if (!RERUN_OPTIONS.contains(name) || !seen.add(name)) {
                continue;
            }
            if (option.arity().max() == 0) {
                words.add(name);
            } else {
                for (String value : option.originalStringValues()) {
                    words.add(name);
                    words.add(ShellWords.quote(value));
                }
            }
        }
        if (words.contains("--branch")) {
            words.add("--force");
        }
        words.add(".");
        return String.join(" ", words);
    }

    private Optional<Path> path(String option) {
        Path value = Specs.value(spec, option);
        return Optional.ofNullable(value).map(p -> root.resolve(p.toString()));
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    private int usage(PrintWriter err, String message) {
        err.println("dockmend migrate: " + message);
        err.println("Run 'dockmend migrate --help' for usage.");
        return ExitCodes.USAGE;
    }
}
