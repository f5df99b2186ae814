package dev.dockmend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hooks of {@code .pre-commit-hooks.yaml} run on a sample repository with the packaged launcher on the
 * PATH (linked, as users install it): by pre-commit itself ({@code pre-commit try-repo}) when it is installed
 * ({@code apt-get install pre-commit}), and always as pre-commit runs a {@code language: system} hook: the
 * entry's words, the hook's args, then the tracked files its patterns take. pre-commit fails a hook that
 * exits non-zero or that changed a file.
 */
class PreCommitHooksIT {
    private static final String LAYERED = "FROM alpine\nRUN apk update\nRUN apk add curl\n";
    private static final String MENDED = "FROM alpine\nRUN apk add --no-cache curl \\\n"
            + "    && addgroup -S -g 10001 app && adduser -S -D -u 10001 -G app app\nUSER app\n";
    private static final String CLEAN = "FROM alpine\nUSER 65534\nCMD [\"true\"]\n";
    /** A template: not a Dockerfile yet, and BuildKit would reject it. */
    private static final String TEMPLATE = "FROM {{ base }}\nRUN <<EOF\n";

    @TempDir
    Path dir;
    private Path repository;
    private Command shell;

    /**
     * A repository with a Dockerfile to mend, a clean one further down, a vendored one its .dockmend.yaml
     * excludes and a template that is no Dockerfile, all staged; and {@code dockmend} on the PATH.
     */
    @BeforeEach
    void sampleRepository() throws IOException {
        repository = Files.createDirectories(dir.resolve("repository"));
        write(".dockmend.yaml", "exclude: [\"vendor/\"]\n");
        write("Dockerfile", LAYERED);
        write("vendor/base/Dockerfile", LAYERED);
        write("services/api/Dockerfile.prod", CLEAN);
        write("Dockerfile.j2", TEMPLATE);
        write("README.md", "# sample\n");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("dockmend"), Program.launcher());
        shell = new Command(repository, Map.of("PATH", bin + File.pathSeparator + System.getenv("PATH"),
                "PRE_COMMIT_HOME", dir.resolve("pre-commit-cache").toString(), "GIT_CONFIG_NOSYSTEM", "1", "HOME", dir.toString()));
        shell.ok("git", "init", "-q", ".");
        shell.ok("git", "add", "-A");
    }

    private void write(String path, String text) throws IOException {
        Files.createDirectories(repository.resolve(path).getParent());
        Files.writeString(repository.resolve(path), text);
    }

    private String read(String path) throws IOException {
        return Files.readString(repository.resolve(path));
    }

    /** What pre-commit runs for a hook of {@code language: system} with {@code --all-files}. */
    private Command.Result runAsPreCommit(PreCommitHooks.Hook hook) throws IOException {
        // env finds the entry's program on the PATH given to the process, as pre-commit does (Java would look
        // on this JVM's own PATH)
        List<String> command = new ArrayList<>(List.of("env"));
        command.addAll(List.of(hook.entry().split(" ")));
        command.addAll(hook.args());
        for (String file : shell.ok("git", "ls-files").out().lines().toList()) {
            if (hook.takes(file)) {
                command.add(file);
            }
        }
        return shell.run(command);
    }

    @Test
    void theHooksRunAsPreCommitRunsThem() throws IOException {
        PreCommitHooks hooks = PreCommitHooks.load();
        Command.Result check = runAsPreCommit(hooks.hook("dockmend-check"));
        assertEquals(1, check.exitCode(), check.output());
        assertTrue(check.output().contains("Dockerfile:2-3: merge-run-layers (safe)"), check.output());
        assertTrue(check.output().contains("2 files: 1 would change"), "the template is not passed, the vendored file left out: " + check.output());
        assertFalse(check.output().contains("vendor/"), check.output());

        Command.Result fix = runAsPreCommit(hooks.hook("dockmend-fix"));
        assertEquals(0, fix.exitCode(), fix.output());
        assertEquals(MENDED, read("Dockerfile"), "pre-commit fails the hook: the file changed");
        assertEquals(LAYERED, read("vendor/base/Dockerfile"));
        assertEquals(TEMPLATE, read("Dockerfile.j2"));
        assertEquals(CLEAN, read("services/api/Dockerfile.prod"));

        shell.ok("git", "add", "-A");
        Command.Result again = runAsPreCommit(hooks.hook("dockmend-fix"));
        assertEquals(0, again.exitCode(), again.output());
        assertEquals(0, shell.run("git", "diff", "--quiet").exitCode(), "nothing changed the second time");
        Command.Result passes = runAsPreCommit(hooks.hook("dockmend-check"));
        assertEquals(0, passes.exitCode(), passes.output());
    }

    @Test
    void preCommitTryRepo() throws IOException {
        assumeTrue(Command.onPath("pre-commit"), "pre-commit is not installed (apt-get install pre-commit)");
        Path hooks = Files.createDirectories(dir.resolve("hooks"));
        Files.copy(PreCommitHooks.repositoryRoot().resolve(".pre-commit-hooks.yaml"), hooks.resolve(".pre-commit-hooks.yaml"));
        Command inHooks = new Command(hooks, shell.environment());
        inHooks.ok("git", "init", "-q", ".");
        inHooks.ok("git", "add", "-A");
        inHooks.ok("git", "-c", "user.name=dockmend", "-c", "user.email=dockmend@example.org", "commit", "-q", "-m", "hooks");

        Command.Result check = shell.run("pre-commit", "try-repo", hooks.toString(), "dockmend-check", "--all-files");
        assertEquals(1, check.exitCode(), check.output());
        assertTrue(check.out().contains("dockmend check....") && check.out().contains("Failed\n- hook id: dockmend-check\n- exit code: 1"), check.output());
        assertTrue(check.out().contains("2 files: 1 would change"), check.output());

        Command.Result fix = shell.run("pre-commit", "try-repo", hooks.toString(), "dockmend-fix", "--all-files");
        assertEquals(1, fix.exitCode(), fix.output());
        assertTrue(fix.out().contains("- hook id: dockmend-fix\n- files were modified by this hook"), fix.output());
        assertEquals(MENDED, read("Dockerfile"));
        assertEquals(LAYERED, read("vendor/base/Dockerfile"));

        shell.ok("git", "add", "-A");
        for (String hook : List.of("dockmend-fix", "dockmend-check")) {
            Command.Result passes = shell.run("pre-commit", "try-repo", hooks.toString(), hook, "--all-files");
            assertEquals(0, passes.exitCode(), passes.output());
            assertTrue(passes.out().contains("Passed"), passes.output());
        }
    }
}
