package dev.dockmend.cli.migrate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Date;
import java.util.TimeZone;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

import dev.dockmend.testing.TestData;

/** Real git repositories for the tests, made with JGit: files written and committed, then read back. */
public final class GitRepos {
    public static final PersonIdent TESTER = new PersonIdent("Tess Ter", "tess@example.org", new Date(1_700_000_000_000L), TimeZone.getTimeZone("UTC"));

    /** The web front end of testdata/cli/project: maintainer-to-label, merge-run-layers, clean-package-cache, exec-form-cmd change it. */
    public static final String WEB = read("cli/project/Dockerfile");
    /** The worker of testdata/cli/project: a review change and an info finding. */
    public static final String WORKER = read("cli/project/legacy/Dockerfile");
    /** Nothing to change. */
    public static final String CLEAN = read("cli/project/clean/Dockerfile");
    /** Does not parse. */
    public static final String BROKEN = read("cli/project/broken/Dockerfile");

    private GitRepos() {
    }

    private static String read(String path) {
        try {
            return Files.readString(TestData.root().resolve(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A new repository at {@code root} with {@code files} (path, text, ...) committed on main. */
    public static Path repo(Path root, String... files) throws IOException, GitAPIException {
        try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
            write(root, files);
            git.add().addFilepattern(".").call();
            git.commit().setMessage("first").setAuthor(TESTER).setCommitter(TESTER).setSign(false).call();
        }
        return root;
    }

    public static void write(Path root, String... files) throws IOException {
        for (int i = 0; i < files.length; i += 2) {
            Path file = root.resolve(files[i]);
            Files.createDirectories(file.getParent());
            Files.writeString(file, files[i + 1]);
        }
    }

    public static void commitAll(Path root, String message) throws IOException, GitAPIException {
        try (Git git = Git.open(root.toFile())) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage(message).setAuthor(TESTER).setCommitter(TESTER).setSign(false).call();
        }
    }

    public static void makeExecutable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    public static Repository open(Path root) throws IOException {
        return new FileRepositoryBuilder().setWorkTree(root.toFile()).setMustExist(true).build();
    }

    public static Repository openBare(Path gitDir) throws IOException {
        return new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setMustExist(true).build();
    }

    public static Path bare(Path dir) throws GitAPIException {
        Git.init().setBare(true).setDirectory(dir.toFile()).call().close();
        return dir;
    }

    public static void addRemote(Path root, String name, Path bare) throws IOException {
        try (Repository repo = open(root)) {
            repo.getConfig().setString("remote", name, "url", bare.toUri().toString());
            repo.getConfig().setString("remote", name, "fetch", "+refs/heads/*:refs/remotes/" + name + "/*");
            repo.getConfig().save();
        }
    }

    /** The commit a branch points to in {@code repo}; null when there is no such branch. */
    public static RevCommit tip(Repository repo, String branch) throws IOException {
        Ref ref = repo.exactRef(Constants.R_HEADS + branch);
        if (ref == null) {
            return null;
        }
        try (RevWalk walk = new RevWalk(repo)) {
            return walk.parseCommit(ref.getObjectId());
        }
    }

    public static ObjectId head(Repository repo) throws IOException {
        return repo.resolve(Constants.HEAD + "^{commit}");
    }

    /** A file's text in a commit; null when it has no such file. */
    public static String fileIn(Repository repo, RevCommit commit, String path) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(repo, path, commit.getTree())) {
            return walk == null ? null : new String(repo.open(walk.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
        }
    }

    public static FileMode modeIn(Repository repo, RevCommit commit, String path) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(repo, path, commit.getTree())) {
            return walk.getFileMode(0);
        }
    }
}
