package dev.dockmend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dockmend.Dockerfiles;
import dev.dockmend.context.IgnoreRules;
import dev.dockmend.tree.CommandForm;
import dev.dockmend.tree.Copy;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Entrypoint;
import dev.dockmend.tree.From;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.Run;
import dev.dockmend.tree.User;
import dev.dockmend.tree.Workdir;

/**
 * dockmend's own {@code Dockerfile} and the installed copy it makes, without a Docker engine (there is none
 * here): dockmend passes it; every file it copies from the build context is in the repository and not left
 * out by {@code .dockerignore}; the poms go first, all of them, and the sources after the dependencies are
 * fetched; the image runs as a user other than root in {@code /work}. The installed layout it makes (the
 * launcher with the jar and its archive beside it, reached through a link) runs, and takes the archive; the jar
 * alone runs with {@code java -jar} from anywhere.
 */
class OwnDockerfileIT {
    private static final Path ROOT = PreCommitHooks.repositoryRoot();

    @TempDir
    Path dir;

    private static Dockerfile own() throws IOException {
        return Dockerfiles.read(ROOT.resolve("Dockerfile")).orThrow("Dockerfile");
    }

    /** The instructions of each stage, in order. */
    private static List<List<Instruction>> stages() throws IOException {
        List<List<Instruction>> stages = new ArrayList<>();
        for (Dockerfile.Located located : own().located()) {
            if (located.instruction() instanceof From) {
                stages.add(new ArrayList<>());
            }
            stages.get(stages.size() - 1).add(located.instruction());
        }
        return stages;
    }

    @Test
    void dockmendPassesItsOwnDockerfile() throws IOException {
        Program.Run run = Program.launched().run(ROOT, "check", "--fail-on", "info", "Dockerfile").withoutStackTrace();
        assertEquals("", run.err());
        // nothing to change and nothing to say: the image already runs as its own user
        assertEquals("1 file: 0 would change (0 changes), 0 findings, 0 files with errors\n", run.out());
        assertEquals(ExitCodes.OK, run.exitCode());
    }

    @Test
    void everyFileCopiedFromTheContextIsInTheRepositoryAndNotIgnored() throws IOException {
        assumeTrue(Files.isDirectory(ROOT.resolve(".git")) || Files.isRegularFile(ROOT.resolve(".git")), "not a git checkout");
        IgnoreRules ignored = IgnoreRules.parse(Files.readString(ROOT.resolve(".dockerignore"), StandardCharsets.UTF_8));
        Command git = Command.in(ROOT);
        int sources = 0;
        for (Dockerfile.Located located : own().located()) {
            if (located.instruction() instanceof Copy copy && copy.from().isEmpty()) {
                for (String source : copy.sources()) {
                    List<String> files = git.ok("git", "ls-files", "--", source).out().lines().toList();
                    assertFalse(files.isEmpty(), "line " + located.startLine() + ": " + source + " is not in the repository");
                    for (String file : files) {
                        assertFalse(ignored.ignores(file), "line " + located.startLine() + ": .dockerignore leaves out " + file);
                    }
                    sources++;
                }
            }
        }
        assertTrue(sources > 5, "sources: " + sources);
        for (String left : List.of("cli/target/dockmend.jar", ".git/HEAD", "engine/target/classes/x.class")) {
            assertTrue(ignored.ignores(left), left + " goes into the context");
        }
    }

    /** The build stage copies every module's pom (and nothing else but .mvn) before its first RUN; sources after. */
    @Test
    void thePomsOfAllModulesComeFirstThenTheDependenciesThenTheSources() throws IOException {
        List<String> modules = new ArrayList<>(List.of("pom.xml"));
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(ROOT.resolve("pom.xml")));
        while (module.find()) {
            modules.add(module.group(1) + "/pom.xml");
        }
        List<String> beforeFirstRun = new ArrayList<>();
        List<String> afterFirstRun = new ArrayList<>();
        String firstRun = null;
        for (Instruction instruction : stages().get(0)) {
            if (instruction instanceof Run run && firstRun == null) {
                firstRun = ((CommandForm.ShellForm) run.command()).script();
            } else if (instruction instanceof Copy copy) {
                (firstRun == null ? beforeFirstRun : afterFirstRun).addAll(copy.sources());
            }
        }
        assertTrue(firstRun != null && firstRun.contains("go-offline"), "the first RUN fetches the dependencies: " + firstRun);
        assertEquals(modules, beforeFirstRun.stream().filter(source -> !source.equals(".mvn")).toList());
        assertTrue(afterFirstRun.stream().noneMatch(source -> source.endsWith("pom.xml")), afterFirstRun.toString());
        for (String pom : modules) {
            if (!pom.equals("pom.xml")) {
                String folder = pom.substring(0, pom.indexOf('/'));
                boolean built = !folder.equals("bench") && !folder.equals("fuzz");
                assertEquals(built, afterFirstRun.contains(folder + "/src"), folder + "/src");
            }
        }
    }

    @Test
    void theImageRunsDockmendAsAUserOtherThanRootInWork() throws IOException {
        List<Instruction> runtime = stages().get(stages().size() - 1);
        String user = "root";
        String workdir = "/";
        CommandForm entrypoint = null;
        for (Instruction instruction : runtime) {
            if (instruction instanceof User set) {
                user = set.user();
            } else if (instruction instanceof Workdir set) {
                workdir = set.path();
            } else if (instruction instanceof Entrypoint set) {
                entrypoint = set.command();
            }
        }
        assertNotEquals("root", user);
        assertNotEquals("0", user);
        assertEquals("/work", workdir);
        assertEquals(new CommandForm.ExecForm(List.of("dockmend")), entrypoint, "exec form: dockmend gets the signals");
    }

    /**
     * The installed layout the image makes: the launcher, the jar beside it and an archive made there from the
     * build's class list, on the PATH through a link. The archive is taken: the program's main class is loaded
     * from it.
     */
    @Test
    void theInstalledLayoutRunsThroughALinkAndTakesItsArchive() throws IOException {
        Path installed = Files.createDirectories(dir.resolve("opt/dockmend"));
        Files.copy(Program.launcher(), installed.resolve("dockmend"));
        Files.copy(Program.jar(), installed.resolve("dockmend.jar"));
        Path bin = Files.createDirectories(dir.resolve("usr/local/bin"));
        Files.createSymbolicLink(bin.resolve("dockmend"), installed.resolve("dockmend"));
        Path work = Files.createDirectories(dir.resolve("work"));
        Files.writeString(work.resolve("Dockerfile"), "# dockmend:ignore add-non-root-user\nFROM alpine\nCMD [\"true\"]\nHEALTHCHECK NONE\n"); // nothing to say

        Program.Run plain = Program.at(bin.resolve("dockmend")).run(work, "check").withoutStackTrace();
        assertEquals("1 file: 0 would change (0 changes), 0 findings, 0 files with errors\n", plain.out(), plain.err());
        assertEquals(ExitCodes.OK, plain.exitCode());

        Path classList = Program.jar().resolveSibling("dockmend.classlist");
        assumeTrue(Files.isRegularFile(classList), "built with -Ddockmend.skipCds=true: no class list");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Command.in(dir).ok(java.toString(), "-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + installed.resolve("dockmend.jsa"), "-cp", installed.resolve("dockmend.jar").toString());
        Path log = dir.resolve("class-load.log");
        Command.Result archived = new Command(work, Map.of("DOCKMEND_JAVA_OPTS", "-Xlog:class+load=info:file=" + log))
                .run(bin.resolve("dockmend").toString(), "check");
        assertEquals(0, archived.exitCode(), archived.output());
        assertTrue(Files.readString(log).contains("dev.dockmend.cli.Dockmend source: shared objects file"), "the archive beside the jar is not taken");
    }

    @Test
    void theJarAloneRunsWithJavaJar() throws IOException {
        Path jar = Files.copy(Program.jar(), dir.resolve("dockmend.jar"));
        Files.writeString(dir.resolve("Dockerfile"), "FROM alpine\nMAINTAINER me\n");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Command.Result run = Command.in(dir).run(java.toString(), "-jar", jar.toString(), "check");
        assertEquals(1, run.exitCode(), run.output());
        assertTrue(run.out().contains("Dockerfile:2: maintainer-to-label (review)"), run.output());
    }
}
