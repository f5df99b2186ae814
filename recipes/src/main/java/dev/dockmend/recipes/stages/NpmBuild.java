package dev.dockmend.recipes.stages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.dockmend.context.BuildContext;
import dev.dockmend.tree.Copy;
import dev.dockmend.tree.Instruction;

/**
 * {@code npm run build} after {@code npm ci} (or {@code npm install}): the runtime stage gets the application's
 * folder whole (sources, the built output, {@code node_modules}), after {@code npm prune} dropped the development
 * dependencies, so whatever the program reads from its folder is there (yarn and pnpm builds: {@link YarnOrPnpmBuild}).
 * Declined: no build step (a split would gain little), files copied outside the folder, packages with
 * install scripts (native modules may link libraries the slim image lacks) other than those the table knows to be
 * self-contained, and a start command that is not {@code node} or npm's start of a node script.
 */
final class NpmBuild implements BuildReader {
    private static final Pattern INSTALL_SCRIPT = Pattern.compile("\"hasInstallScript\"\\s*:\\s*true");
    private static final Pattern PACKAGE_KEY = Pattern.compile("\"(?:[^\"]*/)?node_modules/([^\"]+)\"\\s*:\\s*\\{");

    private final Set<String> selfContained;

    NpmBuild(Set<String> selfContained) {
        this.selfContained = Set.copyOf(selfContained);
    }

    @Override
    public Optional<Artefact> read(BuildStage stage) {
        Optional<YarnOrPnpmBuild.Manager> manager = YarnOrPnpmBuild.used(stage);
        if (manager.isPresent()) {
            return YarnOrPnpmBuild.read(stage, manager.get());
        }
        List<Found> installs = new ArrayList<>(BuildReader.find(stage, List.of("npm"), List.of("ci", "install", "i")));
        List<Found> builds = new ArrayList<>();
        for (Found run : BuildReader.find(stage, List.of("npm"), List.of("run", "run-script"))) {
            List<String> words = run.words().orElse(List.of());
            if (words.size() > 1 && words.get(1).startsWith("build")) {
                builds.add(run);
            }
        }
        if (builds.isEmpty()) {
            if (installs.isEmpty()) {
                return Optional.empty();
            }
            String slim = stage.toolchain().runtime("node", stage.reference()).orElse("a -slim image");
            throw new Declined(stage.stage().first(), "the stage installs dependencies but has no build step (npm run build), so a "
                    + "build stage would only keep the compilers of " + stage.reference() + " out of the image",
                    "if no dependency compiles native code, base the image on " + slim + "; else split the stages by hand");
        }
        Found build = BuildReader.one(stage, builds, "npm run build");
        int at = stage.fileIndex(build.index());
        if (installs.isEmpty() || installs.get(0).index() > build.index()) {
            throw new Declined(at, "no npm ci or npm install comes before the build, so which dependencies the folder holds is not known",
                    "install the dependencies with npm ci before the build");
        }
        String folder = stage.workdir(build.index());
        checkCopies(stage, folder);
        checkNativeModules(stage, folder, at);
        String prune = modernNpm(stage.reference()) ? "npm prune --omit=dev" : "npm prune --production";
        return Optional.of(new Artefact(at, folder, true, "node", "npm run " + build.words().get().get(1) + " (with "
                + prune + " after it, the application folder without development dependencies)",
                List.of(stage.file().instructions().get(at).keywordText() + " " + prune)));
    }

    /** Every COPY from the context lands in the application's folder, and gives no owner the copy would lose. */
    static void checkCopies(BuildStage stage, String folder) {
        Artefact app = new Artefact(0, folder, true, "node", "", List.of());
        for (int i : stage.contextCopies()) {
            Instruction copy = stage.instructions().get(i);
            List<String> args = copy.args();
            String destination = stage.absolute(args.get(args.size() - 1), i);
            if (!app.holds(destination)) {
                throw new Declined(stage.fileIndex(i), "the COPY puts files in " + destination + ", outside the application folder "
                        + folder + " that the runtime stage gets", "copy them into " + folder + ", or split the stages by hand");
            }
            if (copy instanceof Copy && copy.flag("chown").isPresent()) {
                throw new Declined(stage.fileIndex(i), "the COPY gives the files to " + copy.flag("chown").get()
                        + ", while the folder's node_modules belong to root: one copy into the runtime stage cannot keep both",
                        "split the stages by hand");
            }
        }
    }

    /** Packages with install scripts may be native modules that link libraries of the full image. */
    private void checkNativeModules(BuildStage stage, String folder, int at) {
        Optional<BuildContext> context = stage.buildContext();
        Optional<String> lock = stage.contextPath(Paths.join(folder, "package-lock.json"))
                .flatMap(path -> context.flatMap(c -> c.read(path)));
        if (lock.isEmpty()) {
            throw new Declined(at, "without package-lock.json in the build context the recipe cannot tell whether a dependency "
                    + "compiles native code that links libraries " + stage.reference() + " has and its -slim image lacks",
                    "commit package-lock.json, or run dockmend with --context DIR");
        }
        Set<String> natives = new TreeSet<>();
        Matcher script = INSTALL_SCRIPT.matcher(lock.get());
        while (script.find()) {
            Matcher key = PACKAGE_KEY.matcher(lock.get().substring(Math.max(0, script.start() - 4000), script.start()));
            String name = null;
            while (key.find()) {
                name = key.group(1);
            }
            if (name != null && !selfContained.contains(name)) {
                natives.add(name);
            }
        }
        if (!natives.isEmpty()) {
            throw new Declined(at, "dependencies run install scripts (" + String.join(", ", natives.stream().limit(3).toList())
                    + (natives.size() > 3 ? " and others" : "") + "), which may build native code linked to libraries the -slim "
                    + "image lacks", "split the stages by hand, installing the libraries those packages need in the runtime stage");
        }
    }

    /** npm 7 (Node 15) and later know --omit=dev; tags without a version number are recent. */
    private static boolean modernNpm(String reference) {
        Matcher major = Pattern.compile(":([0-9]+)").matcher(reference);
        return !major.find() || Integer.parseInt(major.group(1)) >= 16;
    }

    /** {@code node SCRIPT} of the folder, or {@code npm start} whose start script runs node. */
    @Override
    public void checkStart(BuildStage stage, Artefact artefact, List<String> words) {
        String program = Paths.name(Paths.join("/", words.get(0)));
        int at = stage.fileIndex(stage.startCommand());
        if (program.equals("node")) {
            for (String word : words.subList(1, words.size())) {
                if (!word.startsWith("-")) {
                    if (!artefact.holds(Paths.join(stage.finalWorkdir(), word))) {
                        throw new Declined(at, "node runs " + word + ", outside the application folder " + artefact.path(),
                                "run a script of " + artefact.path());
                    }
                    return;
                }
            }
            throw new Declined(at, "node runs no script file", "run a script of " + artefact.path());
        }
        boolean start = program.equals("npm") && words.size() > 1 && (words.get(1).equals("start")
                || words.get(1).equals("run") && words.size() > 2 && words.get(2).equals("start"));
        if (!start) {
            throw new Declined(at, "the image runs " + words.get(0) + ", which may be a development dependency or a tool of "
                    + stage.reference(), "start the program with node or npm start");
        }
        if (!stage.finalWorkdir().equals(artefact.path())) {
            throw new Declined(at, "npm start runs in " + stage.finalWorkdir() + ", not in the application folder " + artefact.path(),
                    "set the WORKDIR to " + artefact.path());
        }
        Optional<String> manifest = stage.contextPath(Paths.join(artefact.path(), "package.json"))
                .flatMap(path -> stage.buildContext().flatMap(c -> c.read(path)));
        Matcher script = Pattern.compile("\"start\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(manifest.orElse(""));
        String command = script.find() ? script.group(1).strip() : manifest.isPresent() ? "node server.js" : "";
        if (!command.startsWith("node ")) {
            throw new Declined(at, "npm start runs `" + (command.isEmpty() ? "a script package.json would show" : command)
                    + "`, which may need a development dependency", "start the program with node SCRIPT");
        }
    }
}
