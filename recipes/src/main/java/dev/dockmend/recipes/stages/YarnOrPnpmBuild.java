package dev.dockmend.recipes.stages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Node build whose dependencies yarn 1 or pnpm install: {@code yarn install --frozen-lockfile} (or
 * {@code pnpm install}) and then {@code yarn build}, {@code pnpm run build} or {@code npm run build}. As with npm,
 * the runtime stage gets the application folder whole; before that, the build stage deletes node_modules and
 * installs the production dependencies afresh from the lock file ({@code yarn install --production
 * --frozen-lockfile}, {@code pnpm install --prod --frozen-lockfile}, which pnpm's documentation of
 * {@code pnpm prune} gives for the same end), so no development dependency is left and no prompt stops the build.
 * Declined: no build context (the package.json and lock file decide the rest), yarn 2 and later (their production
 * install, {@code yarn workspaces focus --production}, needs a plugin on yarn 2 and 3, and Plug'n'Play keeps
 * packages outside node_modules), workspaces, lifecycle scripts of the project (the production install would run
 * them without the development dependencies), and native modules (see {@link LockNatives}).
 */
final class YarnOrPnpmBuild {
    /** A package manager: its program, the first words that install, its lock file and its production install. */
    enum Manager {
        YARN("yarn", List.of("", "install"), "yarn.lock", 0, "yarn install --production --frozen-lockfile"),
        PNPM("pnpm", List.of("install", "i"), "pnpm-lock.yaml", 2, "pnpm install --prod --frozen-lockfile");

        final String program;
        final List<String> installs;
        final String lock;
        final int entryIndent;
        final String production;

        Manager(String program, List<String> installs, String lock, int entryIndent, String production) {
            this.program = program;
            this.installs = installs;
            this.lock = lock;
            this.entryIndent = entryIndent;
            this.production = production;
        }
    }

    private static final Pattern LIFECYCLE = Pattern.compile("\"(preinstall|install|postinstall|prepare|preprepare|postprepare)\"\\s*:");
    private static final Pattern BERRY = Pattern.compile("\"packageManager\"\\s*:\\s*\"yarn@[2-9]");

    private YarnOrPnpmBuild() {
    }

    /** The manager the stage runs, if it runs yarn or pnpm. */
    static Optional<Manager> used(BuildStage stage) {
        List<Manager> used = new ArrayList<>();
        for (Manager manager : Manager.values()) {
            if (!BuildReader.find(stage, List.of(manager.program), List.of()).isEmpty()) {
                used.add(manager);
            }
        }
        if (used.size() > 1) {
            throw new Declined(stage.stage().first(), "the stage runs both yarn and pnpm, so which one installed node_modules is not "
                    + "known", "install with one of them");
        }
        return used.stream().findFirst();
    }

    /**
     * The application folder of the build, with the production install that ends the build stage.
     *
     * @throws Declined when the build cannot be shown to leave a folder the runtime stage runs
     */
    static Optional<Artefact> read(BuildStage stage, Manager manager) {
        List<BuildReader.Found> installs = new ArrayList<>();
        List<BuildReader.Found> builds = new ArrayList<>();
        for (BuildReader.Found found : BuildReader.find(stage, List.of(manager.program), List.of())) {
            List<String> words = operands(found);
            String first = words.isEmpty() ? "" : words.get(0);
            if (manager.installs.contains(first)) {
                installs.add(found);
            } else if (isBuild(words)) {
                builds.add(found);
            }
        }
        for (BuildReader.Found found : BuildReader.find(stage, List.of("npm"), List.of("run", "run-script"))) {
            if (isBuild(operands(found))) {
                builds.add(found);
            }
        }
        if (builds.isEmpty()) {
            if (installs.isEmpty()) {
                return Optional.empty();
            }
            throw new Declined(stage.stage().first(), "the stage installs dependencies with " + manager.program + " but has no build "
                    + "step (" + manager.program + " build), so a build stage would only keep the compilers of " + stage.reference()
                    + " out of the image", "if no dependency compiles native code, base the image on "
                    + stage.toolchain().runtime("node", stage.reference()).orElse("a -slim image") + "; else split the stages by hand");
        }
        String what = manager.program + " build";
        BuildReader.Found build = BuildReader.one(stage, builds, what);
        int at = stage.fileIndex(build.index());
        if (installs.isEmpty() || installs.get(0).index() > build.index()) {
            throw new Declined(at, "no " + manager.program + " install comes before the build, so which dependencies the folder holds "
                    + "is not known", "install the dependencies with " + manager.program + " install before the build");
        }
        String folder = stage.workdir(build.index());
        NpmBuild.checkCopies(stage, folder);
        String manifest = read(stage, folder, "package.json", manager, at);
        String lock = read(stage, folder, manager.lock, manager, at);
        if (manager == Manager.YARN && (lock.contains("__metadata:") || BERRY.matcher(manifest).find()
                || stage.contextPath(Paths.join(folder, ".yarnrc.yml")).flatMap(p -> stage.buildContext().map(c -> c.exists(p))).orElse(false))) {
            throw new Declined(at, "the project uses yarn 2 or later (.yarnrc.yml, a yarn@2+ packageManager or a yarn.lock with "
                    + "__metadata), whose production install, yarn workspaces focus --production, needs the workspace-tools plugin "
                    + "on yarn 2 and 3, and whose Plug'n'Play installs keep packages outside node_modules",
                    "split the stages by hand: yarn workspaces focus --production in the build stage, with nodeLinker: node-modules");
        }
        boolean pnpmWorkspace = stage.contextPath(Paths.join(folder, "pnpm-workspace.yaml"))
                .flatMap(p -> stage.buildContext().map(c -> c.exists(p))).orElse(false);
        if (manifest.contains("\"workspaces\"") || pnpmWorkspace) {
            throw new Declined(at, "the project has " + manager.program + " workspaces, whose members' dependencies a production install "
                    + "of the folder may not cover", "split the stages by hand");
        }
        if (LIFECYCLE.matcher(scripts(manifest)).find()) {
            throw new Declined(at, "package.json has lifecycle scripts (preinstall, install, postinstall or prepare), which the "
                    + "production install would run again without the development dependencies they may need",
                    "split the stages by hand, pruning with a command that runs no scripts");
        }
        Set<String> excused = new java.util.TreeSet<>();
        Set<String> natives = LockNatives.of(lock, manager.entryIndent, stage.toolchain().nativeHelpers(), stage.toolchain().selfContained(),
                excused);
        if (!natives.isEmpty()) {
            throw new Declined(at, "dependencies build native code (" + String.join(", ", natives.stream().limit(3).toList())
                    + (natives.size() > 3 ? " and others" : "") + ": " + manager.lock + " shows them depending on node-gyp, nan, "
                    + "node-addon-api or another native-build helper), which may link libraries the -slim image lacks",
                    "split the stages by hand, installing the libraries those packages need in the runtime stage");
        }
        String finishing = "rm -rf node_modules && " + manager.production;
        String keyword = stage.file().instructions().get(at).keywordText();
        return Optional.of(new Artefact(at, folder, true, "node", String.join(" ", build.effective().name().text(), String.join(" ",
                operands(build))) + " (with node_modules installed afresh after it by " + manager.production + ", the application "
                + "folder without development dependencies; by " + manager.lock + ", no dependency " + (excused.isEmpty() ? ""
                : "but " + String.join(", ", excused) + ", which links nothing -slim lacks, ") + "builds native code with node-gyp, nan "
                + "or another native-build helper)", List.of(keyword + " " + finishing)));
    }

    /** The words after the program that are no options. */
    private static List<String> operands(BuildReader.Found found) {
        return found.words().orElse(List.of()).stream().filter(word -> !word.startsWith("-")).toList();
    }

    /** {@code build*}, or {@code run build*}. */
    private static boolean isBuild(List<String> words) {
        return !words.isEmpty() && (words.get(0).startsWith("build")
                || (words.get(0).equals("run") || words.get(0).equals("run-script")) && words.size() > 1 && words.get(1).startsWith("build"));
    }

    /** The "scripts" object of package.json, as text (to its first closing brace), or "". */
    private static String scripts(String manifest) {
        int start = manifest.indexOf("\"scripts\"");
        if (start < 0) {
            return "";
        }
        int end = manifest.indexOf('}', start);
        return manifest.substring(start, end < 0 ? manifest.length() : end);
    }

    /** A file of the application folder, from the build context. */
    private static String read(BuildStage stage, String folder, String name, Manager manager, int at) {
        return stage.contextPath(Paths.join(folder, name)).flatMap(path -> stage.buildContext().flatMap(c -> c.read(path)))
                .orElseThrow(() -> new Declined(at, "without " + name + " in the build context the recipe cannot tell which "
                        + manager.program + " installs the project nor whether a dependency builds native code",
                        "commit " + name + ", or run dockmend with --context DIR"));
    }
}
