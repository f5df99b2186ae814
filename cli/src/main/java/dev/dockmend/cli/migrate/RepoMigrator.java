package dev.dockmend.cli.migrate;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

import dev.dockmend.cli.ExitCodes;
import dev.dockmend.cli.run.Batch;
import dev.dockmend.cli.run.EarlyCatalog;
import dev.dockmend.cli.run.IoErrors;
import dev.dockmend.cli.run.Mender;
import dev.dockmend.cli.run.Outcome;
import dev.dockmend.cli.run.Planner;
import dev.dockmend.cli.run.SelectionOptions;
import dev.dockmend.cli.run.Source;
import dev.dockmend.tree.Add;
import dev.dockmend.tree.Copy;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Run;

/**
 * Migrates one repository: finds its Dockerfiles and runs the recipes on them as {@code fix} does (each
 * repository has its own planner, so configurations and build contexts are found from its own top), then
 * writes what the options ask for. Everything that goes wrong is told in the result, never thrown: one
 * repository never stops the batch.
 */
public final class RepoMigrator {
    private final SelectionOptions selection;
    private final Discovery discovery;
    private final MigrateOptions options;
    private final PullRequestNotes notes = PullRequestNotes.load();

    public RepoMigrator(SelectionOptions selection, Discovery discovery, MigrateOptions options) {
        this.selection = selection;
        this.discovery = discovery;
        this.options = options;
    }

    public RepoResult migrate(RepoEntry repo) {
        try (Repository git = open(repo.root())) {
            return migrate(repo, git);
        } catch (RepositoryNotFoundException | IllegalArgumentException e) {
            return RepoResult.failed(repo, "not a git repository (expected the top folder of a work tree, with .git in it)", ExitCodes.INPUT);
        } catch (IOException e) {
            return RepoResult.failed(repo, IoErrors.describe(e), ExitCodes.INPUT);
        } catch (GitAPIException | org.eclipse.jgit.api.errors.JGitInternalException e) {
            // JGit's commands wrap the repository's I/O errors (an unreadable index, a corrupt object) in these.
            return RepoResult.failed(repo, e.getMessage(), ExitCodes.INPUT);
        }
    }

    private static Repository open(Path root) throws IOException {
        if (!root.toFile().isDirectory()) {
            throw new java.nio.file.NoSuchFileException(root.toString(), null, "no such folder");
        }
        return new FileRepositoryBuilder().setWorkTree(root.toFile()).setMustExist(true).build();
    }

    private RepoResult migrate(RepoEntry repo, Repository git) throws IOException, GitAPIException {
        ObjectId head = git.resolve(Constants.HEAD + "^{commit}");
        if (head == null) {
            return skipped(repo, "no commit on HEAD yet", List.of());
        }
        StringWriter problems = new StringWriter();
        PrintWriter err = new PrintWriter(problems);
        Planner planner;
        try {
            planner = Planner.of(EarlyCatalog.get(), selection, Source.namer(repo.root())::name);
        } catch (Planner.PlanException e) {
            return RepoResult.failed(repo, e.getMessage(), ExitCodes.USAGE);
        }
        List<Source> sources = discovery.find(repo.root(), planner, err);
        if (sources == null) {
            err.flush();
            return RepoResult.failed(repo, problems.toString().strip(), ExitCodes.USAGE);
        }
        if (sources.isEmpty()) {
            return new RepoResult(repo, RepoStatus.NO_CHANGES, "no Dockerfile found", List.of(), RepoResult.Written.NOTHING, List.of(), ExitCodes.OK);
        }
        List<String> dirty = Uncommitted.among(git, sources.stream().map(Source::name).toList());
        if (!dirty.isEmpty()) {
            return skipped(repo, "uncommitted changes to " + String.join(", ", dirty) + "; commit or stash them and run again", List.of());
        }
        List<Outcome> outcomes = Batch.run(sources, new Mender(planner), outcome -> outcome);
        List<FileResult> files = new ArrayList<>();
        Map<String, BranchWriter.NewBlob> blobs = new LinkedHashMap<>();
        List<Outcome.Mended> changed = new ArrayList<>();
        int code = ExitCodes.OK;
        for (Outcome outcome : outcomes) {
            if (outcome instanceof Outcome.Failed failed) {
                files.add(new FileResult(outcome.source().name(), List.of(), List.of(), failed.errors(), 0, 0));
                code = ExitCodes.worse(code, failed.exitCode());
                continue;
            }
            Outcome.Mended mended = (Outcome.Mended) outcome;
            if (mended.rewrite().isEmpty()) {
                files.add(new FileResult(mended.source().name(), List.of(), mended.findings(), List.of(), 0, 0));
                continue;
            }
            Outcome.Rewrite rewrite = mended.rewrite().get();
            String path = mended.source().name();
            Optional<FileMode> mode = committedMode(git, head, path, rewrite.inputBytes());
            if (mode.isEmpty()) {
                return skipped(repo, path + " as checked out differs from its committed bytes (a checkout filter such as core.autocrlf or"
                        + " .gitattributes eol, or a file git does not track as a regular file): dockmend changes what it reads", files);
            }
            blobs.put(path, new BranchWriter.NewBlob(rewrite.outputBytes(), mode.get()));
            changed.add(mended);
            files.add(new FileResult(path, mended.changes(), mended.findings(), List.of(), layers(rewrite.input()), layers(rewrite.output())));
        }
        if (changed.isEmpty()) {
            RepoStatus status = code == ExitCodes.OK ? RepoStatus.NO_CHANGES : RepoStatus.FAILED;
            return new RepoResult(repo, status, status == RepoStatus.FAILED ? "no file could be mended" : "", files, RepoResult.Written.NOTHING,
                    List.of(), code);
        }
        return write(repo, git, head, files, changed, blobs, code);
    }

    private RepoResult write(RepoEntry repo, Repository git, ObjectId head, List<FileResult> files, List<Outcome.Mended> changed,
                             Map<String, BranchWriter.NewBlob> blobs, int code) throws IOException {
        PullRequest pullRequest = PullRequest.of(files, options.rerun(), options.version(), notes);
        RepoStatus status = RepoStatus.MIGRATED;
        String reason = "";
        Optional<String> patch = Optional.empty();
        Optional<String> commit = Optional.empty();
        List<String> errors = new ArrayList<>();
        if (options.branch().isPresent()) {
            String branch = options.branch().get();
            if ((Constants.R_HEADS + branch).equals(git.getFullBranch())) {
                return RepoResult.failed(repo, "the branch " + branch + " is checked out; dockmend never changes the checked-out branch"
                        + " (check out another, or choose another --branch)", ExitCodes.INPUT);
            }
            PersonIdent author = options.author().orElseGet(() -> Author.configured(git, false));
            PersonIdent committer = options.author().orElseGet(() -> Author.configured(git, true));
            if (author == null || committer == null) {
                return RepoResult.failed(repo, "no author for the commit: set git's user.name and user.email, or give --author \"Name <mail>\"",
                        ExitCodes.USAGE);
            }
            BranchWriter.Outcome branchOutcome = BranchWriter.write(git, head, blobs, branch, options.force(), author, committer,
                    options.message().map(RepoMigrator::endWithNewline).orElseGet(() -> commitMessage(pullRequest, files)));
            switch (branchOutcome.kind()) {
                case UNCHANGED -> {
                    status = RepoStatus.ALREADY_MIGRATED;
                    reason = "already migrated: " + branch + " holds these changes on HEAD";
                }
                case EXISTS -> {
                    return skipped(repo, "the branch " + branch + " exists with other changes; --force replaces it with a new commit on HEAD",
                            files);
                }
                default -> {
                }
            }
            commit = Optional.of(branchOutcome.commit().name());
        }
        // After the branch: a repository skipped for its branch gets no patch either, so the two never disagree.
        if (options.patchDir().isPresent()) {
            Path file = options.patchDir().get().resolve(repo.name() + ".patch");
            OutputFile.write(file, patchOf(changed));
            patch = Optional.of(options.shown(file));
        }
        Optional<String> pushed = Optional.empty();
        if (options.push().isPresent()) {
            String refused = Pusher.push(git, options.push().get(), options.branch().orElseThrow(), options.force());
            if (refused != null) {
                errors.add("error: " + refused);
                code = ExitCodes.worse(code, ExitCodes.INPUT);
            } else {
                pushed = options.push();
            }
        }
        Optional<String> titleFile = Optional.empty();
        Optional<String> bodyFile = Optional.empty();
        if (options.pullRequestDir().isPresent()) {
            Path title = options.pullRequestDir().get().resolve(repo.name() + ".title");
            Path body = options.pullRequestDir().get().resolve(repo.name() + ".md");
            OutputFile.write(title, (pullRequest.title() + "\n").getBytes(StandardCharsets.UTF_8));
            OutputFile.write(body, pullRequest.body().getBytes(StandardCharsets.UTF_8));
            titleFile = Optional.of(options.shown(title));
            bodyFile = Optional.of(options.shown(body));
        }
        RepoResult.Written written = new RepoResult.Written(patch, options.branch(), commit, pushed, Optional.of(pullRequest.title()),
                titleFile, bodyFile);
        return new RepoResult(repo, status, reason, files, written, errors, code);
    }

    private static RepoResult skipped(RepoEntry repo, String reason, List<FileResult> files) {
        return new RepoResult(repo, RepoStatus.SKIPPED, reason, files, RepoResult.Written.NOTHING, List.of(), ExitCodes.OK);
    }

    /**
     * The file's mode in HEAD when it is a regular or executable file there whose committed bytes are the ones
     * read; empty otherwise (a checkout filter changed them, or it is a link or inside a submodule).
     */
    private static Optional<FileMode> committedMode(Repository git, ObjectId head, String path, byte[] read) throws IOException {
        try (org.eclipse.jgit.revwalk.RevWalk walk = new org.eclipse.jgit.revwalk.RevWalk(git);
             TreeWalk entry = TreeWalk.forPath(git, path, walk.parseCommit(head).getTree())) {
            if (entry == null) {
                return Optional.empty();
            }
            FileMode mode = entry.getFileMode(0);
            if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
                return Optional.empty();
            }
            byte[] committed = git.open(entry.getObjectId(0), Constants.OBJ_BLOB).getBytes();
            return Arrays.equals(committed, read) ? Optional.of(mode) : Optional.empty();
        }
    }

    /**
     * The patch of every changed file, in the order found, each after a {@code diff --git} line as git writes
     * them: {@code git apply} (and {@code patch -p1}) in the repository take it, and so do parsers (JGit's) that
     * need that line to tell where one file's hunks end and the next file's {@code ---} starts.
     */
    private static byte[] patchOf(List<Outcome.Mended> changed) {
        java.io.ByteArrayOutputStream patch = new java.io.ByteArrayOutputStream();
        for (Outcome.Mended mended : changed) {
            String path = mended.source().name();
            mended.patch(dev.dockmend.diff.UnifiedDiff.DEFAULT_CONTEXT).ifPresent(p -> {
                patch.writeBytes(("diff --git a/" + path + " b/" + path + "\n").getBytes(StandardCharsets.UTF_8));
                patch.writeBytes(p.bytes());
            });
        }
        return patch.toByteArray();
    }

    /** The filesystem layers a Dockerfile's instructions make: RUN, COPY and ADD, in every stage. */
    static int layers(Dockerfile file) {
        int layers = 0;
        for (var instruction : file.instructions()) {
            if (instruction instanceof Run || instruction instanceof Copy || instruction instanceof Add) {
                layers++;
            }
        }
        return layers;
    }

    /** The pull request's title, each file's recipes, and how to make it again. */
    private String commitMessage(PullRequest pullRequest, List<FileResult> files) {
        StringBuilder message = new StringBuilder(pullRequest.title()).append("\n\n");
        for (FileResult file : files) {
            if (file.changed()) {
                message.append("- ").append(file.path()).append(": ");
                message.append(String.join(", ", file.changes().stream().map(c -> c.recipe().value() + " (" + c.safety().label() + ")")
                        .distinct().toList()));
                message.append('\n');
            }
        }
        message.append("\nMade by dockmend ").append(options.version()).append(": ").append(options.rerun()).append('\n');
        return message.toString();
    }

    private static String endWithNewline(String message) {
        return message.endsWith("\n") ? message : message + "\n";
    }
}
