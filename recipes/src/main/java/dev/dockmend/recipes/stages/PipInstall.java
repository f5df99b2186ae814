package dev.dockmend.recipes.stages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.dockmend.recipes.images.ImagePattern;
import dev.dockmend.shell.EffectiveCommand;
import dev.dockmend.shell.SimpleCommand;
import dev.dockmend.shell.Word;
import dev.dockmend.tree.Copy;
import dev.dockmend.tree.Env;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.KeyValue;

/**
 * {@code pip install} (or {@code python -m pip install}) into the full python image's own Python: the build stage
 * creates a virtual environment at {@value #VENV} before the first pip command and puts it first on PATH, so every
 * install lands there; the runtime stage ({@code python:X-slim}, the same Python at the same path) gets the
 * environment and the WORKDIR with the sources, at the same paths, and the same PATH. Converted only when every
 * package installed is one the table knows to link no library the -slim image lacks ({@code self-contained}),
 * read from the requirements files and pyproject.toml of the build context; the sources are copied into the
 * WORKDIR (other copies are only requirements files); and the image runs the environment's python, or a program
 * of a package it installs.
 */
final class PipInstall implements BuildReader {
    static final String VENV = "/opt/venv";
    private static final Pattern PYTHON = Pattern.compile("python3?");
    /** Options of pip install that put files outside the environment, or build from sources pip fetches itself. */
    private static final Set<String> ELSEWHERE = Set.of("--user", "-t", "--target", "--prefix", "--root", "--src", "--no-binary");
    /** Variables that make pip install outside the environment, or Python look elsewhere for its packages. */
    private static final Set<String> ELSEWHERE_ENV = Set.of("PIP_USER", "PIP_TARGET", "PIP_PREFIX", "PIP_ROOT", "PIP_SRC",
            "PYTHONUSERBASE", "PYTHONHOME", "VIRTUAL_ENV", "PIP_NO_BINARY");
    /** Python package managers other than pip, whose environments live elsewhere (poetry's, pipenv's, uv's .venv). */
    private static final List<String> OTHER_INSTALLERS = List.of("poetry", "pipenv", "uv", "pdm", "conda", "pip-sync");
    /**
     * Folders of the image that hold more than an application's sources: Python's own in /usr/local, the system's,
     * the environment's parent, pip's cache in /root, what the build leaves in /tmp. (/srv, /home, /mnt are empty in
     * the python images.)
     */
    private static final Set<String> SYSTEM_FOLDERS = Set.of("/usr", "/usr/local", "/usr/local/bin", "/usr/local/lib", "/usr/lib",
            "/usr/bin", "/usr/share", "/opt", VENV, "/etc", "/var", "/var/lib", "/bin", "/sbin", "/lib", "/lib64", "/root", "/tmp", "/run");
    private static final Pattern MENTIONS_PIP = Pattern.compile("\\bpip[0-9.]*\\b");
    private static final Pattern REQUIREMENT = Pattern.compile("([A-Za-z0-9][A-Za-z0-9._-]*)\\s*(\\[[^]]*])?\\s*(.*)");

    private final List<Pattern> selfContained = new ArrayList<>();
    /**
     * The programs the environment's bin folder gets: the installed packages' names and the project's scripts.
     * {@link #read} fills it and {@link #checkStart} reads it, for the one file a reader is made for.
     */
    private final Set<String> programs = new TreeSet<>();

    PipInstall(List<String> selfContained) {
        selfContained.forEach(name -> this.selfContained.add(ImagePattern.glob(name)));
    }

    /** For {@code python -m MODULE ...}: MODULE, the program the command runs. */
    static Optional<String> module(EffectiveCommand command) {
        List<Word> arguments = command.arguments();
        if (command.baseName().map(name -> name.matches("python[0-9.]*")).orElse(false) && arguments.size() > 1
                && arguments.get(0).literal().equals(Optional.of("-m"))) {
            return arguments.get(1).literal();
        }
        return Optional.empty();
    }

    /** A pip command of a RUN: its stage index, whether a cd comes before it, and its words after {@code pip}. */
    private record PipCommand(int index, boolean afterCd, List<Word> words) {
        boolean installs() {
            return words.stream().map(word -> word.literal().orElse("")).filter(word -> !word.startsWith("-")).findFirst()
                    .orElse("").equals("install");
        }
    }

    @Override
    public Optional<Artefact> read(BuildStage stage) {
        for (String other : OTHER_INSTALLERS) {
            List<Found> uses = BuildReader.find(stage, List.of(other), List.of());
            if (!uses.isEmpty()) {
                throw new Declined(stage.fileIndex(uses.get(0).index()), "the build uses " + other + ", whose environments the recipe "
                        + "does not move yet", "split the stages by hand, copying the environment " + other + " makes");
            }
        }
        for (int i = 1; i < stage.instructions().size(); i++) {
            if (stage.instructions().get(i) instanceof dev.dockmend.tree.Run && stage.commands(i).orElse(List.of()).stream()
                    .map(SimpleCommand::effectiveCommand).flatMap(Optional::stream)
                    .anyMatch(command -> module(command).filter(m -> m.equals("venv") || m.equals("virtualenv")).isPresent()
                            || command.is("virtualenv"))) {
                throw new Declined(stage.fileIndex(i), "the stage makes its own virtual environment, which the recipe does not move yet",
                        "split the stages by hand: copy the environment and the sources into a stage on the -slim image");
            }
        }
        List<PipCommand> commands = pipCommands(stage);
        List<PipCommand> installs = commands.stream().filter(PipCommand::installs).toList();
        if (installs.isEmpty()) {
            return Optional.empty();
        }
        int first = commands.get(0).index();
        int at = stage.fileIndex(installs.get(0).index());
        checkEnv(stage);
        String workdir = stage.finalWorkdir();
        if (workdir.equals("/")) {
            throw new Declined(at, "the stage sets no WORKDIR, so the sources lie in / among the system's files, and the runtime stage "
                    + "cannot receive them alone", "copy the sources into a WORKDIR such as /app");
        }
        if (SYSTEM_FOLDERS.contains(workdir) || workdir.startsWith(VENV + "/")) {
            throw new Declined(at, "the WORKDIR " + workdir + " holds files of the system or of Python besides the sources, and a copy "
                    + "of it would put the toolchain image's over the runtime image's", "copy the sources into a folder of their own, such as /app");
        }
        Artefact sources = new Artefact(at, workdir, true, "slim", "", List.of());
        checkCopies(stage, sources);
        Set<String> packages = new TreeSet<>();
        for (PipCommand install : installs) {
            int index = stage.fileIndex(install.index());
            if (install.afterCd()) {
                throw new Declined(index, "the RUN changes folder before pip install, so the files it names are not where the WORKDIR says",
                        "set the folder with WORKDIR instead of cd");
            }
            packages.addAll(installed(stage, install, sources, index));
        }
        Set<String> unknown = new TreeSet<>();
        for (String name : packages) {
            if (selfContained.stream().noneMatch(pattern -> pattern.matcher(name).matches())) {
                unknown.add(name);
            }
            programs.add(name);
        }
        if (!unknown.isEmpty()) {
            throw new Declined(at, "the build installs " + String.join(", ", unknown.stream().limit(3).toList())
                    + (unknown.size() > 3 ? " and others" : "") + ", which may build native code linked to libraries " + stage.reference()
                    + " has and its -slim image lacks (psycopg2 needs libpq, lxml libxml2)", "split the stages by hand, installing in the "
                    + "runtime stage the libraries those packages link (libpq5 for psycopg2)");
        }
        String keyword = stage.instructions().get(first).keywordText();
        boolean lower = keyword.equals(keyword.toLowerCase(Locale.ROOT));
        String env = (lower ? "env" : "ENV") + " PATH=\"" + VENV + "/bin:$PATH\"";
        Artefact.Setup setup = new Artefact.Setup(first, List.of(keyword + " python -m venv " + VENV, env), List.of(VENV), List.of(env));
        return Optional.of(new Artefact(at, workdir, true, "slim", "the sources' COPY, with pip install into the virtual environment " + VENV
                + " (which the build stage now creates first and puts first on PATH, as the runtime stage does),",
                List.of(), setup));
    }

    /** The pip commands of the stage's RUNs ({@code pip ...}, {@code python -m pip ...}), in order. */
    private static List<PipCommand> pipCommands(BuildStage stage) {
        Set<String> pip = RunCheck.programs("pip");
        List<PipCommand> found = new ArrayList<>();
        for (int i = 1; i < stage.instructions().size(); i++) {
            if (!(stage.instructions().get(i) instanceof dev.dockmend.tree.Run run)) {
                continue;
            }
            Optional<List<SimpleCommand>> commands = stage.commands(i);
            if (commands.isEmpty()) {
                if (MENTIONS_PIP.matcher(run.value().original()).find()) {
                    throw new Declined(stage.fileIndex(i), "the RUN that seems to run pip is not a shell script the recipe reads",
                            "write it as plain shell commands");
                }
                continue;
            }
            boolean cd = false;
            for (SimpleCommand command : commands.get()) {
                Optional<EffectiveCommand> effective = command.effectiveCommand();
                if (effective.isEmpty()) {
                    continue;
                }
                List<Word> arguments = effective.get().arguments();
                if (module(effective.get()).map(pip::contains).orElse(false)) {
                    found.add(new PipCommand(i, cd, arguments.subList(2, arguments.size())));
                } else if (effective.get().baseName().map(pip::contains).orElse(false)) {
                    found.add(new PipCommand(i, cd, arguments));
                }
                cd |= effective.get().is("cd") || effective.get().is("pushd");
            }
        }
        return found;
    }

    /** No ENV of the stage sends pip's installs, or Python's search for packages, elsewhere. */
    private static void checkEnv(BuildStage stage) {
        for (int i = 1; i < stage.instructions().size(); i++) {
            if (stage.instructions().get(i) instanceof Env env) {
                for (KeyValue pair : env.pairs()) {
                    if (pair.key().equals("PATH") && !pair.value().contains("$PATH") && !pair.value().contains("${PATH}")) {
                        throw new Declined(stage.fileIndex(i), "ENV PATH replaces the PATH, which would drop the virtual environment's "
                                + "bin folder the build stage puts first on it", "add to the PATH (PATH=/folder:$PATH) instead of replacing it");
                    }
                    if (ELSEWHERE_ENV.contains(pair.key())) {
                        throw new Declined(stage.fileIndex(i), "ENV " + pair.key() + " makes pip or Python use other folders than the "
                                + "virtual environment the build stage would install into", "split the stages by hand");
                    }
                }
            }
        }
    }

    /** Every COPY puts the sources in the WORKDIR, or requirements files (build inputs) elsewhere, with no owner to keep. */
    private static void checkCopies(BuildStage stage, Artefact sources) {
        FilePatterns inputs = stage.toolchain().buildInputs();
        for (int i : stage.contextCopies()) {
            Instruction copy = stage.instructions().get(i);
            List<String> args = copy.args();
            if (copy instanceof Copy && (copy.flag("chown").isPresent() || copy.flag("chmod").isPresent())) {
                throw new Declined(stage.fileIndex(i), "the COPY sets the files' owner or mode, which one copy of the folder into the "
                        + "runtime stage would not keep beside the files the build makes", "split the stages by hand");
            }
            String destination = stage.absolute(args.get(args.size() - 1), i);
            boolean requirements = args.size() >= 2 && copy.heredocs().isEmpty() && args.subList(0, args.size() - 1).stream()
                    .allMatch(source -> !source.contains("*") && inputs.covers(dev.dockmend.context.BuildContext.normalize(source).orElse(".")));
            if (!sources.holds(destination) && !requirements) {
                throw new Declined(stage.fileIndex(i), "the COPY puts files in " + destination + ", outside the WORKDIR "
                        + sources.path() + " that the runtime stage gets with the sources", "copy them into " + sources.path()
                        + ", or split the stages by hand");
            }
        }
    }

    /**
     * The normalized names of the packages one install installs: its literal packages, its requirements files' and
     * the [project] dependencies of a local project it installs (whose scripts become programs of the environment).
     */
    private List<String> installed(BuildStage stage, PipCommand install, Artefact sources, int at) {
        List<String> names = new ArrayList<>();
        List<Word> words = install.words();
        String folder = stage.workdir(install.index());
        boolean seenInstall = false;
        for (int w = 0; w < words.size(); w++) {
            Optional<String> literal = words.get(w).literal();
            if (literal.isEmpty()) {
                throw new Declined(at, "pip install's " + words.get(w).text() + " is only known when the RUN runs", "write it literally");
            }
            String word = literal.get();
            String option = word.contains("=") && word.startsWith("-") ? word.substring(0, word.indexOf('=')) : word;
            Optional<String> value = word.contains("=") && word.startsWith("-") ? Optional.of(word.substring(word.indexOf('=') + 1))
                    : Optional.empty();
            if (!seenInstall && !word.startsWith("-")) {
                seenInstall = true; // the subcommand
                continue;
            }
            if (ELSEWHERE.contains(option)) {
                throw new Declined(at, "pip install " + option + " puts packages outside the virtual environment the build stage would "
                        + "install into, or builds them from sources", "install into the environment without " + option);
            }
            if (option.equals("-r") || option.equals("--requirement") || option.equals("-e") || option.equals("--editable")
                    || option.equals("-c") || option.equals("--constraint") || takesValue(option)) {
                if (value.isEmpty()) {
                    if (++w >= words.size() || words.get(w).literal().isEmpty()) {
                        throw new Declined(at, "pip install's " + option + " has a value only known when the RUN runs", "write it literally");
                    }
                    value = words.get(w).literal();
                }
                if (option.equals("-r") || option.equals("--requirement")) {
                    names.addAll(requirementsFile(stage, Paths.join(folder, value.get()), at, 0));
                } else if (option.equals("-e") || option.equals("--editable")) {
                    names.addAll(localProject(stage, Paths.join(folder, value.get()), sources, at));
                }
                continue;
            }
            if (word.startsWith("-")) {
                continue; // a flag: --no-cache-dir, --upgrade, -q
            }
            if (word.startsWith(".") || word.startsWith("/")) {
                names.addAll(localProject(stage, Paths.join(folder, word), sources, at));
            } else {
                names.add(requirement(word, at));
            }
        }
        return names;
    }

    /** Options of pip install that take the next word as their value (besides -r, -c, -e). */
    private static boolean takesValue(String option) {
        return Set.of("-i", "--index-url", "--extra-index-url", "-f", "--find-links", "--trusted-host", "--cache-dir", "--timeout",
                "--retries", "--proxy", "--progress-bar", "--log", "--upgrade-strategy", "--platform", "--python-version",
                "--implementation", "--abi", "--only-binary", "--config-settings", "-C", "--global-option", "--root-user-action")
                .contains(option);
    }

    /** The normalized name of a requirement ({@code Flask==2.1 ; python_version > "3"} is flask); extras and URLs decline. */
    private static String requirement(String text, int at) {
        Matcher matcher = REQUIREMENT.matcher(text.strip());
        String rest = matcher.matches() ? matcher.group(3) : "";
        if (!matcher.matches() || matcher.group(2) != null || rest.startsWith("@") || text.contains("://")) {
            throw new Declined(at, "the build installs `" + text.strip() + "`, which is not a package of the index by its name alone "
                    + "(extras, a URL, a path), whose dependencies the recipe cannot tell", "split the stages by hand");
        }
        return matcher.group(1).toLowerCase(Locale.ROOT).replaceAll("[._-]+", "-");
    }

    /** The packages a requirements file (absolute image path) names, following its -r includes. */
    private List<String> requirementsFile(BuildStage stage, String absolute, int at, int depth) {
        Optional<String> text = stage.contextPath(absolute).flatMap(path -> stage.buildContext().flatMap(context -> context.read(path)));
        if (text.isEmpty() || depth > 5) {
            throw new Declined(at, "without " + absolute + " from the build context the recipe cannot tell whether a package it installs "
                    + "builds native code linked to libraries the -slim image lacks", "run dockmend with --context DIR");
        }
        List<String> names = new ArrayList<>();
        for (String line : text.get().replace("\\\r\n", " ").replace("\\\n", " ").split("\r?\n")) {
            String clean = line.replaceFirst("(^|\\s)#.*", "").strip();
            if (clean.isEmpty()) {
                continue;
            }
            String[] parts = clean.split("\\s+|=", 2);
            String option = parts[0];
            String value = parts.length > 1 ? parts[1].strip() : "";
            if (option.equals("-r") || option.equals("--requirement")) {
                names.addAll(requirementsFile(stage, Paths.join(Paths.parent(absolute), value), at, depth + 1));
            } else if (option.equals("-e") || option.equals("--editable") || ELSEWHERE.contains(option)) {
                throw new Declined(at, Paths.name(absolute) + " has `" + clean + "`, which installs from sources or outside the "
                        + "virtual environment", "split the stages by hand");
            } else if (!option.startsWith("-")) {
                names.add(requirement(clean.replaceFirst("\\s--hash\\S*.*$", ""), at));
            }
        }
        return names;
    }

    private static final Pattern DEPENDENCIES = Pattern.compile("(?m)^\\s*dependencies\\s*=\\s*\\[([^]]*)]");
    private static final Pattern STRING = Pattern.compile("\"([^\"]*)\"|'([^']*)'");
    private static final Pattern SCRIPT = Pattern.compile("(?m)^\\s*\"?([A-Za-z0-9._-]+)\"?\\s*=");

    /** The dependencies of a project (a folder of the sources) pip install builds, from its pyproject.toml's [project] table. */
    private List<String> localProject(BuildStage stage, String folder, Artefact sources, int at) {
        if (!sources.holds(folder)) {
            throw new Declined(at, "pip install builds " + folder + ", outside the WORKDIR " + sources.path() + " the runtime stage gets",
                    "install the project from " + sources.path());
        }
        Optional<String> toml = stage.contextPath(Paths.join(folder, "pyproject.toml"))
                .flatMap(path -> stage.buildContext().flatMap(context -> context.read(path)));
        String project = toml.map(text -> table(text, "project")).orElse("");
        Matcher dependencies = DEPENDENCIES.matcher(project);
        boolean listed = dependencies.find();
        if (project.isEmpty() || !listed && project.contains("dependencies")) {
            throw new Declined(at, "the project pip install builds in " + folder + " declares no dependencies the recipe reads "
                    + (stage.buildContext().isEmpty() ? "without the build context" : "(a [project] table of pyproject.toml with "
                    + "a literal dependencies list)"), stage.buildContext().isEmpty() ? "run dockmend with --context DIR"
                    : "list the dependencies in pyproject.toml's [project] table");
        }
        List<String> names = new ArrayList<>();
        Matcher string = STRING.matcher(listed ? dependencies.group(1) : "");
        while (string.find()) {
            names.add(requirement(string.group(1) != null ? string.group(1) : string.group(2), at));
        }
        Matcher script = SCRIPT.matcher(table(toml.get(), "project.scripts"));
        while (script.find()) {
            programs.add(script.group(1));
        }
        return names;
    }

    /** The body of TOML table {@code [name]}, up to the next table header; "" when absent. */
    private static String table(String toml, String name) {
        Matcher header = Pattern.compile("(?m)^\\s*\\[" + Pattern.quote(name) + "]\\s*$").matcher(toml);
        if (!header.find()) {
            return "";
        }
        String rest = toml.substring(header.end());
        Matcher next = Pattern.compile("(?m)^\\s*\\[").matcher(rest);
        return next.find() ? rest.substring(0, next.start()) : rest;
    }

    /**
     * The command's words; a shell-form one may expand variables ({@code CMD exec gunicorn --bind :$PORT app:app}),
     * as the -slim image has the same shell (/bin/sh, dash) to expand them.
     */
    @Override
    public List<String> startWords(BuildStage stage) {
        boolean shell = stage.toolchain().runtime("slim", stage.reference())
                .map(image -> RuntimeImage.of(image, stage.stage().first()).hasShell()).orElse(false);
        return shell ? stage.startWordsExpanding() : stage.startWords();
    }

    /**
     * The command must run the environment's python (by name, which PATH finds in the environment first), on a
     * script in the WORKDIR, or a program of a package the build installs, by name or in the environment's bin.
     */
    @Override
    public void checkStart(BuildStage stage, Artefact artefact, List<String> words) {
        int at = stage.fileIndex(stage.startCommand());
        String program = words.get(0);
        String name = Paths.name(Paths.join("/", program));
        if (program.contains("/") && !Paths.join(stage.finalWorkdir(), program).equals(VENV + "/bin/" + name)) {
            throw new Declined(at, "the image runs " + program + " by its path, which is not a program of the virtual environment "
                    + VENV + " the packages would now be installed into", "run python, or the program pip installs, by its name");
        }
        if (PYTHON.matcher(name).matches()) {
            checkScript(stage, artefact, withCmd(stage, words), at);
        } else if (!programs.contains(name)) {
            throw new Declined(at, "the image runs " + name + ", which is neither python nor the program of a package the build "
                    + "installs (" + String.join(", ", programs) + ")", "run it as python -m MODULE, or start it with python");
        }
    }

    /** The command's words, followed by the CMD's when they are an ENTRYPOINT's ({@code ENTRYPOINT ["python"]}, {@code CMD ["main.py"]}). */
    private static List<String> withCmd(BuildStage stage, List<String> words) {
        if (!(stage.instructions().get(stage.startCommand()) instanceof dev.dockmend.tree.Entrypoint)) {
            return words;
        }
        List<String> all = new ArrayList<>(words);
        for (Instruction instruction : stage.instructions()) {
            if (instruction instanceof dev.dockmend.tree.Cmd cmd) {
                all = new ArrayList<>(words);
                all.addAll(cmd.command() instanceof dev.dockmend.tree.CommandForm.ExecForm exec ? exec.arguments()
                        : List.of(cmd.args().isEmpty() ? "" : "$"));
            }
        }
        return all;
    }

    /** python's script, if it runs one, lies in the WORKDIR the runtime stage gets. */
    private static void checkScript(BuildStage stage, Artefact artefact, List<String> words, int at) {
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("-m") || word.equals("-c") || word.equals("-")) {
                return;
            }
            if (word.equals("-W") || word.equals("-X")) {
                i++;
            } else if (!word.startsWith("-")) {
                if (word.contains("$")) {
                    throw new Declined(at, "python runs a script named by a variable, " + word + ", which the recipe cannot follow",
                            "name the script literally");
                }
                if (!artefact.holds(Paths.join(stage.finalWorkdir(), word))) {
                    throw new Declined(at, "python runs " + word + ", outside the WORKDIR " + artefact.path() + " the runtime stage gets",
                            "copy the script into " + artefact.path());
                }
                return;
            }
        }
    }
}
