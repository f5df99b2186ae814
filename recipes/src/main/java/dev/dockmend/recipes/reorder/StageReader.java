package dev.dockmend.recipes.reorder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.dockmend.context.BuildContext;
import dev.dockmend.recipe.Finding;
import dev.dockmend.recipe.RecipeContext;
import dev.dockmend.recipe.Severity;
import dev.dockmend.recipes.cache.PackageManagers;
import dev.dockmend.shell.AndOrList;
import dev.dockmend.shell.EffectiveCommand;
import dev.dockmend.shell.ListItem;
import dev.dockmend.shell.Pipeline;
import dev.dockmend.shell.RunScript;
import dev.dockmend.shell.Script;
import dev.dockmend.shell.ShellAnalysis;
import dev.dockmend.shell.ShellInEffect;
import dev.dockmend.shell.ShellParser;
import dev.dockmend.shell.SimpleCommand;
import dev.dockmend.tree.Copy;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.Run;
import dev.dockmend.tree.Workdir;
import dev.dockmend.tree.view.Stage;

/**
 * Reads one stage for the recipe: finds the first copy of the whole context, the first RUN after it that
 * installs dependencies, and either the {@link ReorderCopyForCache.Move} that puts the install first or
 * the finding that says why it cannot (once per stage, at the copy's line).
 */
final class StageReader {
    private static final String SEPARATE = "put the install in a RUN of its own, right after the copy, and run dockmend again";

    private final Stage stage;
    private final Dockerfile file;
    private final RecipeContext context;
    private final List<Finding> findings;
    private final List<ShellInEffect> shells;
    private int copyLine;
    /** The broad copy as the findings name it: {@code COPY . /app}. */
    private String copyText = "COPY . .";

    private StageReader(Stage stage, Dockerfile file, RecipeContext context, List<Finding> findings, List<ShellInEffect> shells) {
        this.shells = shells;
        this.stage = stage;
        this.file = file;
        this.context = context;
        this.findings = findings;
    }

    /** @param shells the shell in effect at each instruction of {@code file} */
    static Optional<ReorderCopyForCache.Move> read(Stage stage, Dockerfile file, RecipeContext context, List<Finding> findings,
                                                   List<ShellInEffect> shells) {
        return new StageReader(stage, file, context, findings, shells).read();
    }

    private Optional<ReorderCopyForCache.Move> read() {
        List<Instruction> instructions = stage.instructions();
        Optional<String> workdir = Optional.empty();
        int copy = -1;
        for (int i = 0; i < instructions.size() && copy < 0; i++) {
            Instruction instruction = instructions.get(i);
            if (ReorderCopyForCache.isBroadCopy(instruction)) {
                copy = i;
            } else if (instruction instanceof Workdir workdirInstruction) {
                workdir = nextWorkdir(workdir, workdirInstruction.path());
            }
        }
        if (copy < 0) {
            return Optional.empty();
        }
        Ecosystems ecosystems = Ecosystems.shipped();
        int firstBetween = -1;
        // A WORKDIR between the copy and the install is fine when the copy names an absolute destination
        // (COPY . /app, WORKDIR /app): the install then runs where the sources landed.
        boolean workdirBetween = false;
        for (int i = copy + 1; i < instructions.size(); i++) {
            Instruction instruction = instructions.get(i);
            if (instruction instanceof Workdir moved && firstBetween < 0) {
                workdir = nextWorkdir(workdir, moved.path());
                workdirBetween = true;
                continue;
            }
            if (ReorderCopyForCache.isBroadCopy(instruction)) {
                return Optional.empty();
            }
            if (instruction instanceof Run run) {
                Optional<Reading> reading = Reading.of(run, ecosystems);
                if (reading.isPresent()) {
                    if (cachedBefore(copy, reading.get())) {
                        return Optional.empty();
                    }
                    copyLine = file.located().get(stage.fileIndex(copy)).startLine();
                    Instruction broad = instructions.get(copy);
                    List<String> words = new ArrayList<>(broad.flags());
                    words.addAll(broad.args());
                    copyText = broad.keywordText().toUpperCase(java.util.Locale.ROOT) + " " + String.join(" ", words);
                    if (firstBetween >= 0) {
                        return decline("the install at line " + line(i) + " comes after line " + line(firstBetween)
                                + ", which may read the sources that COPY copies",
                                "move that instruction above the COPY, or the install right after it, and run dockmend again");
                    }
                    ShellInEffect shell = shells.get(stage.fileIndex(i));
                    if (!shell.posix()) {
                        return decline("the install runs in " + String.join(" ", shell.command()) + " (" + shell.origin()
                                + "), whose scripts the recipe does not read", "copy the manifests before the install by hand");
                    }
                    return plan(copy, i, run, reading.get(), workdir, workdirBetween);
                }
            }
            if (firstBetween < 0 && !ReorderCopyForCache.mayStandBetween(instruction)) {
                firstBetween = i;
            }
        }
        return Optional.empty();
    }

    private int line(int stageIndex) {
        return file.located().get(stage.fileIndex(stageIndex)).startLine();
    }

    private Optional<ReorderCopyForCache.Move> plan(int copyAt, int runAt, Run run, Reading reading, Optional<String> workdir,
                                                    boolean workdirBetween) {
        if (reading.problem().isPresent()) {
            return decline(reading.problem().get(), reading.suggestion());
        }
        Instruction copy = stage.instructions().get(copyAt);
        if (copy.flag("from").isPresent()) {
            return decline("the copy is from " + copy.flag("from").get() + ", not from the build context",
                    "copy the manifests from that stage or image before the install by hand");
        }
        int copyIndex = stage.fileIndex(copyAt);
        int runIndex = stage.fileIndex(runAt);
        if (!context.mayChange(copyIndex) || !context.mayChange(runIndex)) {
            return Optional.empty();
        }
        String dest = copy.args().get(1);
        Optional<String> destination = destination(dest, workdir).filter(d -> !workdirBetween || d.startsWith("/"));
        if (destination.isEmpty()) {
            return decline("the install runs in another directory than the copy's destination " + dest + " (the WORKDIR"
                    + workdir.map(w -> " " + w).orElse(", which the stage does not set,") + (workdirBetween ? " set after the copy" : "") + ")",
                    "copy the sources to the WORKDIR where the install runs (COPY . .)");
        }
        List<String> flags = new ArrayList<>();
        for (String flag : copy.flags()) {
            if (!(flag.startsWith("--chown") || flag.startsWith("--chmod") || flag.startsWith("--link"))) {
                return decline("the recipe does not know how " + flag + " of the copy applies to the manifests",
                        "copy the manifests before the install by hand");
            }
            flags.add(flag);
        }
        boolean dummySources = reading.installs().stream().anyMatch(install -> install.ecosystem().dummySources());
        Reading.Cut cut = reading.cut();
        if (cut.restStart() < 0 && !dummySources && runIndex == file.instructions().size() - 1 && !context.style().finalNewline()) {
            return decline("the install ends a file without a final newline, after which the copy cannot follow",
                    "end the file with a newline and run dockmend again");
        }
        Optional<String> copied = alreadyCopied(copyAt, reading.installs());
        if (copied.isPresent()) {
            return decline("the manifests are already copied before it (" + copied.get() + ")",
                    "move " + copyText + " below the install");
        }
        Optional<RunSplit> parts = RunSplit.of(run, cut.script(), cut.installEnd(), cut.restStart(), file.escapeCharacter(),
                context.style().lineEnding());
        if (parts.isEmpty()) {
            return decline("the RUN's script is not found in its lines", SEPARATE);
        }
        Optional<BuildContext> buildContext = context.buildContext();
        ManifestPlan plan = ManifestPlan.of(reading.installs(), buildContext);
        if (plan instanceof ManifestPlan.Declined declined) {
            return decline(declined.reason(), declined.suggestion());
        }
        ManifestPlan.Copy manifests = (ManifestPlan.Copy) plan;
        if (manifests.sources().isEmpty()) {
            return decline("no manifest of the install is known", "copy the manifests before the install by hand");
        }
        Optional<String> prepared = Optional.empty();
        if (dummySources) {
            DummySourceBuild dummy = DummySourceBuild.of(reading.installs(), buildContext.orElseThrow(), file, runIndex);
            if (dummy instanceof DummySourceBuild.Declined declined) {
                return decline(declined.reason(), declined.suggestion());
            }
            DummySourceBuild.Plan build = (DummySourceBuild.Plan) dummy;
            prepared = Optional.of(parts.get().head() + build.script(parts.get().installBody()) + parts.get().ending());
            manifests = manifests.with(build.manifests(), build.note());
        }
        if (manifests.safety() != dev.dockmend.recipe.Safety.SAFE && !context.allowsReview()) {
            return decline("the move would be review (" + String.join("; ", manifests.notes()) + "), and only safe changes are allowed",
                    "run without --safe-only to see it");
        }
        List<String> names = new ArrayList<>();
        for (InstallCommand.Install install : reading.installs()) {
            if (!names.contains(install.ecosystem().name())) {
                names.add(install.ecosystem().name());
            }
        }
        Optional<RunSplit> split = cut.restStart() < 0 || dummySources ? Optional.empty() : parts;
        return Optional.of(new ReorderCopyForCache.Move(copyIndex, runIndex, split, prepared, manifests, destination.get(), flags, names));
    }

    /** The copy's destination as a folder of the new copies ({@code ./}, {@code /app/}), if the install runs there. */
    private static Optional<String> destination(String dest, Optional<String> workdir) {
        if (dest.contains("$")) {
            return Optional.empty();
        }
        if (dest.equals(".") || dest.equals("./")) {
            return Optional.of("./");
        }
        if (dest.startsWith("/") && workdir.isPresent() && clean(dest).equals(workdir.get())) {
            return Optional.of(dest.endsWith("/") ? dest : dest + "/");
        }
        return Optional.empty();
    }

    /** The WORKDIR after {@code WORKDIR path}: absolute, or unknown when it depends on the image or a variable. */
    private static Optional<String> nextWorkdir(Optional<String> current, String path) {
        if (path.contains("$")) {
            return Optional.empty();
        }
        if (path.startsWith("/")) {
            return Optional.of(clean(path));
        }
        return current.map(base -> clean(base + "/" + path));
    }

    private static String clean(String absolute) {
        return "/" + BuildContext.normalize(absolute).orElse(".").replaceFirst("^\\.$", "");
    }

    /**
     * Whether a RUN of the stage before the broad copy already caches the dependencies of an install that
     * needs dummy sources: it runs that install ({@code cargo build}) or one of the ecosystem's
     * {@code cached-by} commands ({@code cargo chef cook}). Such a stage already has what the recipe would write.
     */
    private boolean cachedBefore(int copyAt, Reading reading) {
        for (InstallCommand.Install install : reading.installs()) {
            Ecosystem ecosystem = install.ecosystem();
            if (!ecosystem.dummySources()) {
                continue;
            }
            for (int i = 0; i < copyAt; i++) {
                if (stage.instructions().get(i) instanceof Run earlier && caches(earlier, ecosystem)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean caches(Run run, Ecosystem ecosystem) {
        if (!(RunScript.of(run) instanceof RunScript.ShellText text)
                || !(ShellParser.parse(text.text()) instanceof ShellAnalysis.Understood understood)) {
            return false;
        }
        for (SimpleCommand command : understood.script().simpleCommands()) {
            Optional<EffectiveCommand> effective = command.effectiveCommand();
            if (effective.isEmpty() || effective.get().baseName().filter(ecosystem.programs()::contains).isEmpty()) {
                continue;
            }
            if (InstallCommand.of(Ecosystems.shipped(), effective.get()) instanceof InstallCommand.Install) {
                return true;
            }
            List<String> words = effective.get().arguments().stream().map(word -> word.literal().orElse("")).toList();
            for (List<String> cachedBy : ecosystem.cachedBy()) {
                if (words.size() >= cachedBy.size() && words.subList(0, cachedBy.size()).equals(cachedBy)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A COPY before the broad copy that already copies a manifest of the installs, if any. */
    private Optional<String> alreadyCopied(int copyAt, List<InstallCommand.Install> installs) {
        for (int i = 0; i < copyAt; i++) {
            if (stage.instructions().get(i) instanceof Copy earlier && earlier.from().isEmpty()) {
                for (String source : earlier.sources()) {
                    String name = source.substring(source.lastIndexOf('/') + 1);
                    for (InstallCommand.Install install : installs) {
                        Ecosystem ecosystem = install.ecosystem();
                        if (ecosystem.reads().contains(name) || ecosystem.withoutContext().contains(name)
                                || install.named().contains(source) || ecosystem.required().contains(name)) {
                            return Optional.of("line " + line(i));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Optional<ReorderCopyForCache.Move> decline(String reason, String suggestion) {
        findings.add(new Finding(ReorderCopyForCache.ID, copyLine, 1, Severity.INFO, copyText + " comes before the dependency install, but " + reason,
                suggestion));
        return Optional.empty();
    }

    /**
     * What the recipe made of an install RUN: the installs at its start and where the script is cut after
     * them (and after a cache cleanup that follows them); or the problem that keeps it from moving.
     */
    record Reading(List<InstallCommand.Install> installs, Cut cut, Optional<String> problem, String suggestion) {

        /**
         * Where the RUN's script ({@code script}) is cut: the end of the last install, the start of the command
         * after the {@code &&} (-1 when the installs are the whole script).
         */
        record Cut(String script, int installEnd, int restStart) {
        }

        static Reading problem(String problem, String suggestion) {
            return new Reading(List.of(), new Cut("", 0, -1), Optional.of(problem), suggestion);
        }

        /** Empty when the RUN installs nothing the ecosystems know. */
        static Optional<Reading> of(Run run, Ecosystems ecosystems) {
            RunScript.Source source = RunScript.of(run);
            if (!(source instanceof RunScript.ShellText text)) {
                return Optional.empty();
            }
            ShellAnalysis analysis = ShellParser.parse(text.text());
            if (!(analysis instanceof ShellAnalysis.Understood understood)) {
                return mentionsInstall(run, ecosystems)
                        ? Optional.of(problem("its shell script is not understood (" + ((ShellAnalysis.Unknown) analysis).reason() + ")", SEPARATE))
                        : Optional.empty();
            }
            Script script = understood.script();
            List<InstallCommand> kinds = new ArrayList<>();
            boolean any = false;
            for (SimpleCommand command : script.simpleCommands()) {
                InstallCommand kind = command.effectiveCommand().map(c -> InstallCommand.of(ecosystems, c)).orElse(InstallCommand.OTHER);
                any |= !(kind instanceof InstallCommand.Other);
                kinds.add(kind);
            }
            if (!any) {
                return Optional.empty();
            }
            Optional<String> notAndList = run.heredocs().isEmpty() ? notOneAndList(script)
                    : Optional.of("the install is in a heredoc script, which the recipe does not split (its lines run on after one fails, unless set -e)");
            if (notAndList.isPresent()) {
                return Optional.of(problem(notAndList.get(), SEPARATE));
            }
            List<Pipeline> pipelines = script.items().get(0).andOr().pipelines();
            List<InstallCommand.Install> installs = new ArrayList<>();
            int k = 0;
            for (; k < pipelines.size(); k++) {
                SimpleCommand command = (SimpleCommand) pipelines.get(k).commands().get(0);
                Optional<EffectiveCommand> effective = command.effectiveCommand();
                InstallCommand kind = effective.map(c -> InstallCommand.of(ecosystems, c)).orElse(InstallCommand.OTHER);
                if (kind instanceof InstallCommand.Install install) {
                    installs.add(install);
                    continue;
                }
                if (k == 0 && kind instanceof InstallCommand.NeedsSources needs) {
                    return Optional.of(problem(needs.reason(), needs.suggestion()));
                }
                if (k == 0 && kind instanceof InstallCommand.NotUnderstood unknown) {
                    return Optional.of(problem("the install is not understood: " + unknown.reason(), "copy the manifests before the install by hand"));
                }
                if (k == 0 && effective.flatMap(EffectiveCommand::baseName).filter(name -> name.equals("cd") || name.equals("pushd")).isPresent()) {
                    return Optional.of(problem("the install runs in another directory than the copy's destination (it starts with "
                            + effective.get().name().text() + ")", "set WORKDIR to that directory and copy the sources there"));
                }
                break;
            }
            if (installs.isEmpty()) {
                return Optional.of(problem("the RUN runs other commands before the install", SEPARATE));
            }
            // A cache cleanup right after the installs (npm cache clean --force) stays with them: in the
            // other RUN it would leave the cache in the install's layer.
            PackageManagers managers = PackageManagers.shipped();
            while (k < pipelines.size() && managers.cleansCache((SimpleCommand) pipelines.get(k).commands().get(0))) {
                k++;
            }
            Cut cut = new Cut(text.text(), pipelines.get(k - 1).span().end(), k == pipelines.size() ? -1 : pipelines.get(k).span().start());
            return Optional.of(new Reading(installs, cut, Optional.empty(), ""));
        }

        /**
         * Why the script is not one {@code a && b && c} list of simple commands, the only form in which a
         * RUN of its own keeps what a failure of the install does (it stops the build); empty when it is.
         */
        private static Optional<String> notOneAndList(Script script) {
            List<ListItem> items = script.items();
            if (items.size() != 1 || items.get(0).separator() == ListItem.Separator.AMPERSAND) {
                return Optional.of("the RUN's commands are separated by `;`, `&` or newlines rather than `&&`, and the recipe splits"
                        + " only an `&&` list, where a failed install stops the build either way");
            }
            AndOrList list = items.get(0).andOr();
            if (list.operators().contains(AndOrList.Operator.OR)) {
                return Optional.of("the RUN has a `||`, whose other branch would no longer run when the install, in a RUN of its own, fails");
            }
            for (Pipeline pipeline : list.pipelines()) {
                if (pipeline.negated() || pipeline.commands().size() != 1 || !(pipeline.commands().get(0) instanceof SimpleCommand)) {
                    return Optional.of("the install is in a RUN whose commands are not one && list of simple commands");
                }
            }
            return Optional.empty();
        }

        private static boolean mentionsInstall(Run run, Ecosystems ecosystems) {
            String text = run.value().original();
            for (Ecosystem ecosystem : ecosystems.all()) {
                for (String program : ecosystem.programs()) {
                    if (text.contains(program + " ")) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
