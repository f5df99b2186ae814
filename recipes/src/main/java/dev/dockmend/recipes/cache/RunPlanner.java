package dev.dockmend.recipes.cache;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.dockmend.recipe.RecipeContext;
import dev.dockmend.recipe.Severity;
import dev.dockmend.recipes.images.ToolVersion;
import dev.dockmend.shell.AndOrList;
import dev.dockmend.shell.ListItem;
import dev.dockmend.shell.Pipeline;
import dev.dockmend.shell.Script;
import dev.dockmend.shell.SimpleCommand;
import dev.dockmend.shell.Word;
import dev.dockmend.tree.CommandForm;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.Onbuild;
import dev.dockmend.tree.Run;
import dev.dockmend.tree.view.Stage;

/**
 * Decides, manager by manager, what the recipe does to one RUN: the edits, what they do (for the change's
 * reason), and why it leaves a visible cache alone (for findings). RUNs are planned from the last to the
 * first, so that a RUN whose cleanup removes a package index can check the plans of the RUNs after it: one
 * that installs without downloading the index again would break.
 */
final class RunPlanner {
    /** Programs that run shell code the script does not show. */
    private static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "ash", "zsh", "ksh", "mksh", ".", "source");
    /** Programs that run a shell on code given to them ({@code su -c}, {@code runuser -c}). */
    private static final Set<String> SHELL_RUNNERS = Set.of("su", "runuser");

    private final FileContext file;
    private final PackageManagers managers;
    private final RecipeContext context;
    private final boolean optionOn;
    private final Map<Integer, RunPlan> plans;
    /** Per RUN, whether it runs code the analysis cannot see into ({@link #runsUnseenCode(Run)}). */
    private final Map<Run, Boolean> unseen = new IdentityHashMap<>();

    /** @param plans the plans made so far (of later RUNs), by instruction index */
    RunPlanner(FileContext file, PackageManagers managers, RecipeContext context, boolean optionOn, Map<Integer, RunPlan> plans) {
        this.file = file;
        this.managers = managers;
        this.context = context;
        this.optionOn = optionOn;
        this.plans = plans;
    }

    /** How a RUN uses a manager's package index, once the plan is carried out. */
    record IndexUse(boolean needs, boolean writes) {
        static final IndexUse NONE = new IndexUse(false, false);
    }

    /**
     * A visible cache the recipe leaves: why, what the user can do, and the finding's severity. A cache left in
     * the layer is a warning: the user can clean it by hand. It is info only where the cache may be meant to
     * stay (a decline the table marks info, such as Yarn 2's cache, which may hold the installed packages).
     */
    record Note(String reason, String suggestion, Severity severity) {
    }

    /** What the recipe does to one RUN. */
    record RunPlan(RunFacts facts, List<RunLines.Edit> edits, List<String> changes, boolean review, List<Note> notes,
                   Map<PackageManager, IndexUse> uses) {
        IndexUse use(PackageManager manager) {
            return uses.getOrDefault(manager, IndexUse.NONE);
        }
    }

    /** @param editable whether the recipe may edit the RUN (false: only how it uses package indexes is worked out) */
    RunPlan plan(RunFacts facts, boolean editable) {
        boolean may = editable && context.mayChange(facts.index());
        List<RunLines.Edit> edits = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        Map<PackageManager, IndexUse> uses = new LinkedHashMap<>();
        boolean review = false;
        if (facts.script().isEmpty()) {
            for (PackageManager manager : managers.all()) {
                boolean mentioned = Mentions.mentions(facts.text(), manager);
                if (mentioned && manager.index().isPresent()) {
                    uses.put(manager, new IndexUse(true, false));
                }
                if (may && facts.problem().isPresent() && mentioned && visiblyFills(facts, manager)) {
                    notes.add(note(manager, false, facts.problem().get(), advice(manager), Severity.WARNING));
                }
            }
            return new RunPlan(facts, edits, changes, false, notes, uses);
        }
        for (Map.Entry<PackageManager, List<ManagerCommand>> entry : facts.commands().entrySet()) {
            PackageManager manager = entry.getKey();
            Outcome outcome = may ? manager(facts, manager, entry.getValue()) : Outcome.NOTHING;
            if (!facts.editable() && !outcome.edits().isEmpty()) {
                notes.add(note(manager, true, facts.problem().orElseThrow(), advice(manager), Severity.WARNING));
                outcome = Outcome.NOTHING;
            }
            edits.addAll(outcome.edits());
            if (!outcome.clauses().isEmpty()) {
                changes.add(manager.name() + ": " + String.join("; ", outcome.clauses()));
            }
            review |= outcome.review();
            notes.addAll(outcome.notes());
            if (manager.index().isPresent() && !mountsCache(facts.run(), manager.signs(), false)) {
                // with the index itself in a cache mount, the RUN neither reads nor leaves one in the layers
                uses.put(manager, indexUse(facts, manager, manager.index().get(), entry.getValue(), outcome));
            }
        }
        for (PackageManager manager : facts.readers().keySet()) {
            if (!uses.containsKey(manager) && !mountsCache(facts.run(), manager.signs(), false)) {
                uses.put(manager, indexUse(facts, manager, manager.index().orElseThrow(), List.of(), Outcome.NOTHING));
            }
        }
        return new RunPlan(facts, edits, changes, review, notes, uses);
    }

    /** What the recipe does about one manager in one RUN. */
    private record Outcome(List<RunLines.Edit> edits, List<String> clauses, boolean review, List<Note> notes,
                           Set<ManagerCommand> flagged, boolean dropped) {
        static final Outcome NOTHING = new Outcome(List.of(), List.of(), false, List.of(), Set.of(), false);

        static Outcome note(Note note) {
            return new Outcome(List.of(), List.of(), false, List.of(note), Set.of(), false);
        }

        Outcome plus(Outcome other) {
            Set<ManagerCommand> both = Collections.newSetFromMap(new IdentityHashMap<>());
            both.addAll(flagged);
            both.addAll(other.flagged);
            return new Outcome(concat(edits, other.edits), concat(clauses, other.clauses), review || other.review,
                    concat(notes, other.notes), both, dropped || other.dropped);
        }

        private static <T> List<T> concat(List<T> a, List<T> b) {
            List<T> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }
    }

    private Outcome manager(RunFacts facts, PackageManager manager, List<ManagerCommand> commands) {
        Outcome option = option(facts, manager, commands);
        List<ManagerCommand> fills = new ArrayList<>();
        for (ManagerCommand command : commands) {
            if (command.fills()) {
                fills.add(command);
            }
        }
        if (fills.isEmpty() || leftAlone(facts, manager, commands, fills)) {
            return option;
        }
        for (PackageManager.Decline decline : manager.declines()) {
            if (decline.before() ? mentionedBefore(facts, decline.text()) : anyHasOption(commands, decline.text())) {
                return option.plus(Outcome.note(note(manager, true, decline.reason(),
                        decline.suggestion().orElse("if that is safe here, " + advice(manager)), decline.severity())));
            }
        }
        if (manager.remedy() instanceof PackageManager.Flag flag && flag.needs().isPresent()) {
            return option.plus(versioned(facts, manager, commands, fills, flag, flag.needs().get()));
        }
        return option.plus(manager.remedy() instanceof PackageManager.Flag flag
                ? flag(facts, manager, commands, fills, flag)
                : cleanup(facts, manager, commands, (PackageManager.Cleanup) manager.remedy()));
    }

    /**
     * A flag that old versions of the tool reject: the flag where the tool is known to be new enough, the
     * table's cleanup for every version where it is not known, and a finding where it is known to be too old.
     */
    private Outcome versioned(RunFacts facts, PackageManager manager, List<ManagerCommand> commands, List<ManagerCommand> fills,
                              PackageManager.Flag flag, PackageManager.Needs needs) {
        boolean allFlagged = true;
        for (ManagerCommand fill : fills) {
            allFlagged &= fill.hasOption(flag.option()) || fill.hasAnyOption(manager.signs().chosenBy());
        }
        if (allFlagged) {
            // the file already gives every install the flag (or its own cache): nothing to add, nothing to say
            return Outcome.NOTHING;
        }
        ToolVersions.Check check = ToolVersions.check(file, facts.index(), needs);
        String needed = "`" + flag.option() + "` needs " + needs.tool() + " " + needs.minimum() + " or later (see " + needs.source() + ")";
        if (check.verdict() == ToolVersion.Verdict.NEW_ENOUGH) {
            return flag(facts, manager, commands, fills, flag);
        }
        String byHand = needs.otherwise().map(cleanup -> "where the build still works with it, add `&& " + cleanup.text()
                + "` by hand after the last " + manager.name() + " command").orElse("add `" + flag.option() + "` by hand where "
                + needs.tool() + " is " + needs.minimum() + " or later");
        if (check.verdict() == ToolVersion.Verdict.TOO_OLD) {
            // info: the base is past its end of life, and nothing is wrong in the RUN
            return Outcome.note(note(manager, true, needed + ", and " + check.why(),
                    "move to a supported base image; " + byHand, Severity.INFO));
        }
        if (needs.otherwise().isEmpty()) {
            // info: a declined fix, not a problem of the file
            return Outcome.note(note(manager, true, needed + ", and " + check.why(), byHand, Severity.INFO));
        }
        for (ManagerCommand fill : fills) {
            if (fill.hasAnyOption(manager.signs().chosenBy())) {
                // a cache of its own choosing, which the cleanup of the default cache would not reach
                return Outcome.NOTHING;
            }
        }
        Optional<String> moved = relocation(facts, manager.signs());
        if (moved.isPresent()) {
            // info: a declined fix, not a problem of the file
            return Outcome.note(note(manager, true, needed + ", " + check.why() + ", and " + moved.get()
                    + " may keep the cache elsewhere than " + needs.otherwise().get().text() + " removes", byHand, Severity.INFO));
        }
        return cleanup(facts, manager, commands, needs.otherwise().get());
    }

    /** The first sign that the manager's cache may have been moved ({@code PIP_CACHE_DIR}), if any. */
    private Optional<String> relocation(RunFacts facts, PackageManager.Signs signs) {
        for (String sign : signs.relocatedBy()) {
            boolean file = sign.indexOf('.') >= 0;
            if (file ? mentionedBefore(facts, sign) : facts.text().contains(sign)) {
                return Optional.of("`" + sign + "`");
            }
            if (!file) {
                if (this.file.setsVariable(facts.index(), sign)) {
                    return Optional.of("`" + sign + "`");
                }
            }
        }
        return Optional.empty();
    }

    /** The flag only the recipe option turns on ({@code --no-install-recommends}), marked review. */
    private Outcome option(RunFacts facts, PackageManager manager, List<ManagerCommand> commands) {
        if (manager.option().isEmpty() || !optionOn || !context.mayFix(facts.index(), manager.option().get().rule())) {
            return Outcome.NOTHING;
        }
        PackageManager.OptionFlag option = manager.option().get();
        List<ManagerCommand> targets = new ArrayList<>();
        List<RunLines.Edit> edits = new ArrayList<>();
        for (ManagerCommand command : commands) {
            if (command.is(option.subcommand()) && !command.hasOption(option.flag()) && !hasWordContainingAny(command, option.unless())) {
                targets.add(command);
                edits.add(new RunLines.Insert(command.anchor().span().end(), " " + option.flag()));
            }
        }
        if (targets.isEmpty()) {
            return Outcome.NOTHING;
        }
        return new Outcome(edits, List.of("added `" + option.flag() + "` to " + describe(manager, targets) + " (option "
                + option.name() + "): review that the image needs none of the packages it no longer installs"),
                true, List.of(), Set.of(), false);
    }

    /**
     * A flag remedy: the flag after the subcommand of each command that fills the cache without it, and the
     * index commands it makes useless dropped ({@code apk update}).
     */
    private Outcome flag(RunFacts facts, PackageManager manager, List<ManagerCommand> commands, List<ManagerCommand> fills,
                         PackageManager.Flag flag) {
        List<ManagerCommand> targets = new ArrayList<>();
        for (ManagerCommand fill : fills) {
            if (!fill.hasOption(flag.option()) && !fill.hasAnyOption(manager.signs().chosenBy())) {
                targets.add(fill);
            }
        }
        Set<ManagerCommand> flagged = Collections.newSetFromMap(new IdentityHashMap<>());
        flagged.addAll(targets);
        List<RunLines.Edit> edits = new ArrayList<>();
        for (ManagerCommand target : targets) {
            edits.add(new RunLines.Insert(target.anchor().span().end(), " " + flag.option()));
        }
        List<RunLines.Edit> deletions = new ArrayList<>();
        Optional<Note> kept = dropIndex(facts, manager, commands, flagged, deletions);
        boolean dropped = !deletions.isEmpty() && kept.isEmpty();
        if (dropped) {
            edits.addAll(deletions);
        }
        List<Note> notes = kept.map(why -> List.of(note(manager, true, why.reason(), why.suggestion(), why.severity())))
                .orElse(List.of());
        if (targets.isEmpty() && !dropped) {
            return new Outcome(List.of(), List.of(), false, notes, Set.of(), false);
        }
        String index = manager.index().map(PackageManager.Index::subcommand).orElse("");
        String what = targets.isEmpty() ? "" : "added `" + flag.option() + "` to " + describe(manager, targets);
        String drop = dropped ? "dropped `" + manager.name() + " " + index + "`, which `" + flag.option() + "` makes useless" : "";
        String clause = what + (what.isEmpty() || drop.isEmpty() ? "" : " and ") + drop
                + (kept.isPresent() ? "; `" + manager.name() + " " + index + "` stays (see the finding), so the layer still keeps its "
                : ", so the layer does not keep its ") + manager.saves();
        return new Outcome(edits, List.of(clause), false, notes, flagged, dropped);
    }

    /** A cleanup remedy: its commands right after the manager's last command, where that keeps the outcome. */
    private Outcome cleanup(RunFacts facts, PackageManager manager, List<ManagerCommand> commands, PackageManager.Cleanup cleanup) {
        Script script = facts.script().orElseThrow();
        Optional<Note> problem = indexProblem(facts, manager, commands);
        if (problem.isPresent()) {
            return Outcome.note(note(manager, true, problem.get().reason(), problem.get().suggestion(), problem.get().severity()));
        }
        List<ManagerCommand> placed = manager.index().isPresent() ? withIndexReaders(facts, manager, commands) : commands;
        Placement.Result placement = Placement.of(script, ScriptPaths.of(script), placed,
                Errexit.mayBeOn(facts.simpleCommands(), file.shell(facts.index())));
        if (placement instanceof Placement.Declined declined) {
            return Outcome.note(note(manager, true, declined.reason(), advice(manager), Severity.WARNING));
        }
        Placement.After after = (Placement.After) placement;
        String rest = script.text().substring(after.offset());
        if (Mentions.mentions(rest, manager)) {
            return Outcome.note(note(manager, true, manager.name() + " also runs after its last command in a way the "
                    + "analysis cannot follow (through xargs, sh -c or the like)", advice(manager), Severity.WARNING));
        }
        if (manager.index().isPresent() && runsHiddenCode(facts.simpleCommands(), after.offset())) {
            return Outcome.note(note(manager, true, "a shell runs code the analysis cannot see after the last "
                    + manager.name() + " command (| sh, bash -c, a sourced file), which may install from the package lists",
                    advice(manager), Severity.WARNING));
        }
        List<String> lines = cleanupCommands(cleanup, manager, commands, script);
        ManagerCommand lastPlaced = placed.get(placed.size() - 1);
        String where = lastPlaced.command() == commands.get(commands.size() - 1).command()
                ? "the last " + manager.name() + " command"
                : "`" + lastPlaced.effective().baseName().orElse(lastPlaced.program()) + "`, the last command that may read its "
                + "package index";
        return new Outcome(List.of(new RunLines.Append(after.offset(), after.start(), after.joiner(), lines)),
                List.of("added `" + String.join(" && ", lines) + "` after " + where
                        + ", so the layer does not keep its " + manager.saves()),
                false, List.of(), Set.of(), false);
    }

    /**
     * The manager's commands and, after the first of them, the commands that may read its package index
     * without being the manager: the programs the table names ({@code aptitude}, {@code rosdep}) and scripts
     * the analysis cannot see into (a shell running a file or text, a {@code *.sh} program). The cleanup goes
     * after the last of them.
     */
    private static List<ManagerCommand> withIndexReaders(RunFacts facts, PackageManager manager, List<ManagerCommand> commands) {
        int first = commands.get(0).command().span().start();
        List<ManagerCommand> all = new ArrayList<>(commands);
        for (SimpleCommand command : facts.simpleCommands()) {
            if (command.span().start() <= first || command.effectiveCommand().isEmpty()) {
                continue;
            }
            boolean reader = facts.readers().getOrDefault(manager, List.of()).contains(command);
            if (reader || runsUnseenCode(command)) {
                all.add(ManagerCommand.of(manager, command, command.effectiveCommand().get()));
            }
        }
        all.sort((a, b) -> Integer.compare(a.command().span().start(), b.command().span().start()));
        return all;
    }

    /**
     * Whether a RUN runs code the analysis cannot see into: a command of its script that does, a script it
     * cannot read, or an exec form that runs a script. Asked of the RUNs after one whose index cleanup
     * depends on them, and remembered.
     */
    private boolean runsUnseenCode(Run run) {
        return unseen.computeIfAbsent(run, r -> {
            if (r.command() instanceof CommandForm.ExecForm exec) {
                String program = exec.arguments().isEmpty() ? "" : exec.arguments().get(0);
                return unseenProgram(program.substring(program.lastIndexOf('/') + 1));
            }
            if (!(dev.dockmend.shell.RunScript.of(r) instanceof dev.dockmend.shell.RunScript.ShellText text)) {
                return false;
            }
            if (!(dev.dockmend.shell.ShellParser.parse(text.text()) instanceof dev.dockmend.shell.ShellAnalysis.Understood understood)) {
                return true;
            }
            for (SimpleCommand command : understood.script().simpleCommands()) {
                if (runsUnseenCode(command)) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * Whether the command runs shell code the script does not show: a shell, a {@code *.sh} program, a
     * {@code *-shell} program ({@code rvm-shell -c '...'}), or {@code su}/{@code runuser}, which run a shell.
     */
    private static boolean runsUnseenCode(SimpleCommand command) {
        Optional<String> program = command.effectiveCommand().flatMap(dev.dockmend.shell.EffectiveCommand::baseName);
        return program.isPresent() && unseenProgram(program.get());
    }

    private static boolean unseenProgram(String program) {
        return SHELLS.contains(program) || SHELL_RUNNERS.contains(program) || program.endsWith(".sh") || program.endsWith("-shell");
    }

    /**
     * Whether the cache is already dealt with, so the manager is left alone without a word: cleaned after the
     * last command that fills it, kept in a cache mount, configured by a variable or an earlier RUN, or chosen
     * by an option of the command.
     */
    private boolean leftAlone(RunFacts facts, PackageManager manager, List<ManagerCommand> commands, List<ManagerCommand> fills) {
        int lastFill = fills.get(fills.size() - 1).command().span().start();
        PackageManager.Signs signs = manager.signs();
        for (ManagerCommand command : commands) {
            if (command.command().span().start() > lastFill) {
                for (List<String> cleaning : signs.cleanedBy()) {
                    if (command.startsWith(cleaning)) {
                        return true;
                    }
                }
            }
        }
        for (SimpleCommand command : facts.simpleCommands()) {
            if (command.span().start() > lastFill && removesCache(command, signs.cache())) {
                return true;
            }
        }
        if (mountsCache(facts.run(), signs, true) || linksIntoMount(facts, signs)) {
            return true;
        }
        // a cache moved by a variable or a config file may be in any cache mount of the RUN: honour the mount
        if (hasCacheMount(facts.run()) && relocation(facts, signs).isPresent()) {
            return true;
        }
        if (!signs.env().isEmpty()) {
            for (String name : signs.env()) {
                if (facts.text().contains(name) || file.setsVariable(facts.index(), name)) {
                    return true;
                }
            }
        }
        if (signs.configuredBy().isPresent() && mentionedBefore(facts, signs.configuredBy().get())) {
            return true;
        }
        if (manager.remedy() instanceof PackageManager.Cleanup) {
            for (ManagerCommand fill : fills) {
                if (fill.hasAnyOption(signs.chosenBy())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a command after {@code offset} runs shell code that is not in the script: a shell reading a pipe,
     * a file or {@code -c} text, or {@code .}/{@code source}.
     */
    private static boolean runsHiddenCode(List<SimpleCommand> commands, int offset) {
        for (SimpleCommand command : commands) {
            if (command.span().start() >= offset && command.effectiveCommand().isPresent()) {
                Optional<String> program = command.effectiveCommand().get().baseName();
                if (program.isPresent() && SHELLS.contains(program.get())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the command is an {@code rm} of a cache path or a folder above it. */
    private static boolean removesCache(SimpleCommand command, List<String> caches) {
        if (command.effectiveCommand().isEmpty() || !command.effectiveCommand().get().is("rm")) {
            return false;
        }
        for (Word argument : command.effectiveCommand().get().arguments()) {
            String path = CachePaths.normalise(argument.text());
            for (String cache : caches) {
                if (CachePaths.removes(path, cache)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the RUN or an instruction before it (in its stage or a stage it builds on) mentions {@code text}. */
    private boolean mentionedBefore(RunFacts facts, String text) {
        if (facts.text().contains(text)) {
            return true;
        }
        return file.mentionedBefore(facts.index(), text);
    }

    /**
     * Whether the RUN has a cache mount somewhere and its script names one of the manager's cache paths, as
     * in {@code ln -s /pkg-cache /etc/apk/cache}: the cache is then probably kept in the mount on purpose.
     */
    private static boolean linksIntoMount(RunFacts facts, PackageManager.Signs signs) {
        boolean cacheMount = false;
        for (String mount : facts.run().mounts()) {
            cacheMount |= mount.contains("type=cache");
        }
        return cacheMount && (namesAny(facts.text(), signs.cache()) || namesAny(facts.text(), signs.mounts()));
    }

    /** Whether {@code text} names one of {@code paths} ({@code ~} dropped: the text may spell the home folder out). */
    private static boolean namesAny(String text, List<String> paths) {
        for (String path : paths) {
            if (text.contains(path.replace("~", ""))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the RUN has a cache or tmpfs mount on the manager's cache (or, with {@code otherTargets}, on
     * one of its other mount targets): cleaning it would defeat the mount, and the layer does not hold it.
     */
    private static boolean mountsCache(Run run, PackageManager.Signs signs, boolean otherTargets) {
        for (String held : cacheMountTargets(run)) {
            if (holdsAny(held, signs.cache()) || otherTargets && holdsAny(held, signs.mounts())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCacheMount(Run run) {
        return !cacheMountTargets(run).isEmpty();
    }

    /** The targets of the RUN's cache and tmpfs mounts, normalised: what the layer does not keep. */
    private static List<String> cacheMountTargets(Run run) {
        List<String> targets = new ArrayList<>();
        for (String mount : run.mounts()) {
            String type = "bind";
            String target = null;
            for (String field : mount.split(",")) {
                int eq = field.indexOf('=');
                String key = eq < 0 ? field : field.substring(0, eq);
                String value = eq < 0 ? "" : field.substring(eq + 1);
                switch (key) {
                    case "type" -> type = value;
                    case "target", "dst", "destination" -> target = CachePaths.normalise(value);
                    default -> {
                    }
                }
            }
            if (target != null && (type.equals("cache") || type.equals("tmpfs"))) {
                targets.add(target);
            }
        }
        return targets;
    }

    private static boolean holdsAny(String target, List<String> paths) {
        for (String path : paths) {
            if (CachePaths.holds(target, path)) {
                return true;
            }
        }
        return false;
    }

    /**
     * For a flag that makes the package index useless (apk's {@code --no-cache}): the deletions of the index
     * commands ({@code apk update}), when every other command of the manager in the RUN then does without the
     * index. Returns why an index command must stay, if one must.
     */
    private Optional<Note> dropIndex(RunFacts facts, PackageManager manager, List<ManagerCommand> commands,
                                     Set<ManagerCommand> flagged, List<RunLines.Edit> deletions) {
        if (manager.index().isEmpty() || manager.index().get().droppableBeside().isEmpty()) {
            return Optional.empty();
        }
        PackageManager.Index index = manager.index().get();
        String option = ((PackageManager.Flag) manager.remedy()).option();
        List<ManagerCommand> refreshes = new ArrayList<>();
        boolean useless = true;
        for (ManagerCommand c : commands) {
            if (c.is(index.subcommand())) {
                refreshes.add(c);
            } else if (!(c.fills() && (c.hasOption(option) || flagged.contains(c)) || c.isAny(index.droppableBeside().get()))) {
                useless = false;
            }
        }
        if (refreshes.isEmpty() || !useless) {
            return Optional.empty();
        }
        String command = "`" + manager.name() + " " + index.subcommand() + "`";
        Optional<Integer> later = laterNeed(facts.index(), manager);
        if (later.isPresent()) {
            String run = laterRun(later.get());
            return Optional.of(new Note(command + " stays: " + run + " " + readsVerb(later.get(), manager) + " the index it downloads",
                    "give " + run + " `" + option + "` too, or run " + command + " there, then drop it here",
                    Severity.WARNING));
        }
        String byHand = "drop " + command + " by hand: with `" + option + "` nothing needs it";
        ScriptPaths paths = ScriptPaths.of(facts.script().orElseThrow());
        for (ManagerCommand refresh : refreshes) {
            Optional<RunLines.Delete> deletion = deletion(paths, refresh);
            if (deletion.isEmpty()) {
                return Optional.of(new Note(command + " stays: it is joined to the script by ||, | or a final position "
                        + "that dropping it would change", byHand, Severity.WARNING));
            }
            if (facts.lines().map(lines -> lines.deletionDropsComment(deletion.get().offset(), deletion.get().end()))
                    .orElse(false)) {
                return Optional.of(new Note(command + " stays: a comment line inside the text to drop would be lost", byHand,
                        Severity.WARNING));
            }
            deletions.add(deletion.get());
        }
        return Optional.empty();
    }

    /**
     * The script text to delete to drop a command without changing what runs around it: {@code cmd && } before
     * a following pipeline in an {@code &&} chain, or the command and its separator when it is an item alone.
     */
    private static Optional<RunLines.Delete> deletion(ScriptPaths paths, ManagerCommand command) {
        Optional<List<ScriptPaths.Frame>> path = paths.of(command.command());
        if (path.isEmpty()) {
            return Optional.empty();
        }
        ScriptPaths.Frame frame = path.get().get(path.get().size() - 1);
        Pipeline pipeline = frame.pipelineNode();
        if (pipeline.negated() || pipeline.commands().size() != 1 || !(pipeline.commands().get(0) instanceof SimpleCommand)) {
            return Optional.empty();
        }
        List<Pipeline> pipelines = frame.andOr().pipelines();
        int j = frame.pipeline();
        if (pipelines.size() > 1) {
            boolean andAfter = j < pipelines.size() - 1 && frame.andOr().operators().get(j) == AndOrList.Operator.AND;
            boolean andBefore = j == 0 || frame.andOr().operators().get(j - 1) == AndOrList.Operator.AND;
            return andAfter && andBefore
                    ? Optional.of(new RunLines.Delete(pipeline.span().start(), pipelines.get(j + 1).span().start()))
                    : Optional.empty();
        }
        ListItem item = frame.listItem();
        if (frame.lastItem() || item.separator() == ListItem.Separator.AMPERSAND) {
            return Optional.empty();
        }
        return Optional.of(new RunLines.Delete(item.span().start(), frame.list().items().get(frame.item() + 1).span().start()));
    }

    /**
     * For a manager with a package index (apt-get's lists): why removing the index in this RUN would be
     * wrong, if it would. A later RUN may install from it without downloading it again, or nothing in this
     * RUN installs from it (it is then meant for something the analysis does not see).
     */
    private Optional<Note> indexProblem(RunFacts facts, PackageManager manager, List<ManagerCommand> commands) {
        if (manager.index().isEmpty()) {
            return Optional.empty();
        }
        PackageManager.Index index = manager.index().get();
        String download = "`" + manager.name() + " " + index.subcommand() + "`";
        Optional<Integer> later = laterNeed(facts.index(), manager);
        if (later.isPresent()) {
            String run = laterRun(later.get());
            return Optional.of(new Note(run + " " + readsVerb(later.get(), manager) + " what this RUN downloads with " + download,
                    "merge the two RUNs, or run " + download + " in " + run + " too; then clean after the install",
                    Severity.WARNING));
        }
        int lastRefresh = -1;
        for (ManagerCommand command : commands) {
            if (command.is(index.subcommand())) {
                lastRefresh = command.command().span().start();
            }
        }
        boolean installsAfter = false;
        for (ManagerCommand command : commands) {
            installsAfter |= command.command().span().start() > lastRefresh && command.isAny(index.readers());
        }
        if (!installsAfter) {
            return Optional.of(new Note("nothing in this RUN installs from what " + download
                    + " downloads, so it may be meant for a step the analysis does not see",
                    "install in the same RUN as " + download + " and clean after the install", Severity.WARNING));
        }
        return Optional.empty();
    }

    /** How the later RUN at {@code index} uses the index: it installs from it, or may (code the analysis cannot see). */
    private String readsVerb(int index, PackageManager manager) {
        RunPlan plan = plans.get(index);
        boolean seen = file.file().instructions().get(index) instanceof Onbuild || plan != null && plan.use(manager).needs();
        return seen ? "installs from" : "runs code the analysis cannot see, which may install from";
    }

    /** {@code the RUN at line 7}, or for an ONBUILD, {@code the ONBUILD RUN at line 7 (run in images built on this one)}. */
    private String laterRun(int index) {
        int line = file.line(index);
        return file.file().instructions().get(index) instanceof Onbuild
                ? "the ONBUILD RUN at line " + line + " (run in images built on this one)"
                : "the RUN at line " + line;
    }

    /**
     * The first later RUN, in the stage or in a stage built on it, that reads the manager's package index
     * before downloading it again: it relies on the index the RUN at {@code index} leaves.
     */
    private Optional<Integer> laterNeed(int index, PackageManager manager) {
        Optional<Stage> stage = file.stage(index);
        return stage.isEmpty() ? Optional.empty() : scan(stage.get(), index + 1, manager);
    }

    private Optional<Integer> scan(Stage stage, int from, PackageManager manager) {
        for (int i = Math.max(from, stage.first() + 1); i < stage.end(); i++) {
            Instruction instruction = file.file().instructions().get(i);
            if (!(instruction instanceof Run)) {
                continue;
            }
            RunPlan plan = plans.get(i);
            IndexUse use = plan == null ? IndexUse.NONE : plan.use(manager);
            if (use.needs()) {
                return Optional.of(i);
            }
            if (use.writes()) {
                return Optional.empty();
            }
            // a script the analysis cannot see into may install from the index without downloading it
            if (runsUnseenCode((Run) instruction)) {
                return Optional.of(i);
            }
        }
        // ONBUILD RUNs are later RUNs of every image built on this one, after all of the stage's RUNs
        for (int onbuild : file.onbuilds(stage)) {
            if (onbuildNeeds(onbuild, manager)) {
                return Optional.of(onbuild);
            }
        }
        for (Stage child : file.children(stage)) {
            Optional<Integer> found = scan(child, child.first() + 1, manager);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Whether the RUN of the ONBUILD at {@code index} reads the manager's index before downloading it. */
    private boolean onbuildNeeds(int index, PackageManager manager) {
        Optional<Instruction> trigger = ((Onbuild) file.file().instructions().get(index)).trigger();
        if (trigger.isEmpty() || !(trigger.get() instanceof Run run)) {
            return false;
        }
        RunFacts facts = RunFacts.of(index, run, file, managers);
        if (facts.script().isEmpty()) {
            // a trigger the analysis cannot read: it may install, if it names the manager
            return Mentions.mentions(facts.text(), manager);
        }
        return indexUse(facts, manager, manager.index().orElseThrow(), facts.commands().getOrDefault(manager, List.of()),
                Outcome.NOTHING).needs();
    }

    /**
     * How the RUN uses the index once its plan is carried out (flags added, index commands dropped). A
     * command that downloads the index counts only where nothing can skip it ({@link CommandOrder}): for
     * the RUN's own reads when it surely runs before them, for later RUNs when it runs whenever the RUN
     * succeeds. The table's other readers ({@code rosdep}) read it too.
     */
    private static IndexUse indexUse(RunFacts facts, PackageManager manager, PackageManager.Index index,
                                     List<ManagerCommand> commands, Outcome outcome) {
        Optional<String> flag = manager.remedy() instanceof PackageManager.Flag f ? Optional.of(f.option()) : Optional.empty();
        List<SimpleCommand> writes = new ArrayList<>();
        List<SimpleCommand> reads = new ArrayList<>(facts.readers().getOrDefault(manager, List.of()));
        for (ManagerCommand command : commands) {
            boolean fetchesItself = flag.map(command::hasOption).orElse(false) || outcome.flagged().contains(command);
            if (command.is(index.subcommand()) && !outcome.dropped()
                    || command.isAny(index.readers()) && command.hasAnyOption(List.copyOf(index.options())) && !fetchesItself) {
                writes.add(command.command());
            }
            if ((command.isAny(index.readers()) || command.unknownSubcommand()) && !fetchesItself
                    && !command.hasAnyOption(List.copyOf(index.options()))) {
                reads.add(command.command());
            }
        }
        if (facts.script().isEmpty()) {
            return new IndexUse(!reads.isEmpty(), false);
        }
        ScriptPaths paths = ScriptPaths.of(facts.script().get());
        boolean needs = false;
        for (SimpleCommand read : reads) {
            boolean refreshed = false;
            for (SimpleCommand write : writes) {
                refreshed |= CommandOrder.runsBefore(paths, write, read);
            }
            needs |= !refreshed;
        }
        boolean refreshes = false;
        for (SimpleCommand write : writes) {
            refreshes |= CommandOrder.runsWhenScriptSucceeds(paths, write);
        }
        return new IndexUse(needs, refreshes);
    }

    /**
     * The cleanup's commands as written: the manager's program as the script writes it, run as the same user. A
     * cache in the home folder is cleaned once for each user whose commands fill it ({@code npm install -g x &&
     * gosu node npm install}: root's cache and node's), since a cleanup reaches only its own user's; the user of
     * the last command comes last.
     */
    private static List<String> cleanupCommands(PackageManager.Cleanup cleanup, PackageManager manager, List<ManagerCommand> commands,
                                                Script script) {
        Map<String, ManagerCommand> lastByUser = new LinkedHashMap<>();
        boolean inHome = manager.signs().cache().stream().anyMatch(cache -> cache.startsWith("~"));
        for (ManagerCommand command : commands) {
            if (inHome && command.fills() || command == commands.get(commands.size() - 1)) {
                String prefix = command.userPrefix(script);
                lastByUser.remove(prefix);
                lastByUser.put(prefix, command);
            }
        }
        List<String> lines = new ArrayList<>();
        lastByUser.forEach((prefix, last) -> {
            for (List<String> words : cleanup.commands()) {
                List<String> written = new ArrayList<>(words);
                if (manager.runsAs(written.get(0))) {
                    written.set(0, last.program());
                }
                lines.add(prefix + String.join(" ", written));
            }
        });
        return lines;
    }

    /** {@code `pip3 install`}, or {@code 2 pip commands}. */
    private static String describe(PackageManager manager, List<ManagerCommand> commands) {
        if (commands.size() == 1) {
            ManagerCommand command = commands.get(0);
            String sub = command.subcommand().filter(s -> !s.equals(PackageManager.NO_SUBCOMMAND)).map(s -> " " + s).orElse("");
            return "`" + command.effective().baseName().orElse(manager.name()) + sub + "`";
        }
        return commands.size() + " " + manager.name() + " commands";
    }

    /**
     * Whether a RUN the analysis cannot read visibly runs a command of the manager that fills its cache: an
     * exec form that runs the manager with such a subcommand, or text that names both and no sign of cleaning.
     */
    private static boolean visiblyFills(RunFacts facts, PackageManager manager) {
        String text = facts.text();
        if (facts.run().command() instanceof CommandForm.ExecForm exec) {
            List<String> arguments = exec.arguments();
            String program = arguments.get(0).substring(arguments.get(0).lastIndexOf('/') + 1);
            if (!manager.runsAs(program) || !anyFills(manager, arguments.subList(1, arguments.size()))) {
                return false;
            }
        } else if (!mentionsAnyFill(manager, text)) {
            return false;
        }
        if (manager.remedy() instanceof PackageManager.Flag flag && text.contains(flag.option())) {
            return false;
        }
        if (namesAny(text, manager.signs().cache())) {
            return false;
        }
        for (List<String> cleaned : manager.signs().cleanedBy()) {
            for (String command : manager.commands()) {
                if (text.contains(command + " " + String.join(" ", cleaned))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean anyFills(PackageManager manager, List<String> words) {
        for (String word : words) {
            if (manager.fills().contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsAnyFill(PackageManager manager, String text) {
        for (String fill : manager.fills()) {
            if (fill.equals(PackageManager.NO_SUBCOMMAND) || Mentions.mentions(text, fill)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyHasOption(List<ManagerCommand> commands, String option) {
        for (ManagerCommand command : commands) {
            if (command.hasOption(option)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasWordContainingAny(ManagerCommand command, List<String> texts) {
        for (String text : texts) {
            if (command.hasWordContaining(text)) {
                return true;
            }
        }
        return false;
    }

    private static Note note(PackageManager manager, boolean certain, String why, String suggestion, Severity severity) {
        return new Note("the layer " + (certain ? "keeps" : "may keep") + " " + manager.name() + "'s " + manager.saves()
                + ", not cleaned because " + why, suggestion, severity);
    }

    /** What the user can do by hand. */
    private static String advice(PackageManager manager) {
        if (manager.remedy() instanceof PackageManager.Flag flag) {
            String fill = "";
            for (String subcommand : manager.fills()) {
                if (!subcommand.equals(PackageManager.NO_SUBCOMMAND)) {
                    fill = subcommand;
                    break;
                }
            }
            return "add `" + flag.option() + "` to each `" + manager.name() + " " + fill + "` by hand";
        }
        return "add `&& " + manager.remedy().text() + "` by hand after the last command that needs the cache, in the same RUN";
    }
}
