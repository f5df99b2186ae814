package dev.dockmend.recipes.cache;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.dockmend.shell.EffectiveCommand;
import dev.dockmend.shell.RunScript;
import dev.dockmend.shell.Script;
import dev.dockmend.shell.ShellAnalysis;
import dev.dockmend.shell.ShellParser;
import dev.dockmend.shell.SimpleCommand;
import dev.dockmend.tree.CommandForm;
import dev.dockmend.tree.Run;

/**
 * What the recipe can see of one RUN that mentions a package manager: its script, understood by the shell
 * analysis, and the package manager commands in it; or why there is none to work on.
 *
 * @param index    the RUN's index in the file
 * @param text     what the RUN runs, as text (the script, or the exec-form arguments joined)
 * @param script   the understood script; empty when the RUN runs no POSIX shell script or it is not understood
 * @param simpleCommands the script's simple commands (nested ones too), listed once for every use
 * @param problem  why the script cannot be edited, for a finding; empty when it can, or when the RUN is
 *                 outside the recipe's reach without a visible problem (another shell)
 * @param commands each manager's commands in the script, in table order (only managers with commands)
 * @param readers  by manager, the script's commands of other programs that may read its package index
 *                 ({@code rosdep install}), in script order
 * @param lines    where the script is in the RUN's lines, when the recipe may edit them
 */
record RunFacts(int index, Run run, String text, Optional<Script> script, List<SimpleCommand> simpleCommands,
                Optional<String> problem, Map<PackageManager, List<ManagerCommand>> commands,
                Map<PackageManager, List<SimpleCommand>> readers, Optional<RunLines> lines) {

    static RunFacts of(int index, Run run, FileContext context, PackageManagers managers) {
        if (!(run.command() instanceof CommandForm.ShellForm)) {
            String text = String.join(" ", ((CommandForm.ExecForm) run.command()).arguments());
            return new RunFacts(index, run, text, Optional.empty(), List.of(),
                    Optional.of("the RUN is in exec form, which runs no shell"), Map.of(), Map.of(), Optional.empty());
        }
        RunScript.Source source = RunScript.of(run);
        if (!(source instanceof RunScript.ShellText shellText) || !context.shell(index).posix()) {
            return new RunFacts(index, run, run.value().original(), Optional.empty(), List.of(), Optional.empty(), Map.of(),
                    Map.of(), Optional.empty());
        }
        String text = shellText.text();
        ShellAnalysis analysis = ShellParser.parse(text);
        if (analysis instanceof ShellAnalysis.Unknown unknown) {
            return new RunFacts(index, run, text, Optional.empty(), List.of(),
                    Optional.of("its script cannot be analysed (" + unknown.reason() + ")"), Map.of(), Map.of(), Optional.empty());
        }
        Script script = ((ShellAnalysis.Understood) analysis).script();
        List<SimpleCommand> simpleCommands = script.simpleCommands();
        Map<PackageManager, List<ManagerCommand>> found = new HashMap<>();
        Map<PackageManager, List<SimpleCommand>> readers = new HashMap<>();
        for (SimpleCommand command : simpleCommands) {
            Optional<EffectiveCommand> effective = command.effectiveCommand();
            Optional<String> program = effective.isPresent() ? effective.get().baseName() : Optional.empty();
            Optional<PackageManager> manager = program.isPresent() ? managers.runningAs(program.get()) : Optional.empty();
            Optional<PackageManager> reads = program.isPresent() && manager.isEmpty() ? managers.indexReadBy(program.get())
                    : Optional.empty();
            if (reads.isPresent()) {
                readers.computeIfAbsent(reads.get(), m -> new ArrayList<>()).add(command);
            }
            if (manager.isPresent()) {
                List<ManagerCommand> mine = found.get(manager.get());
                if (mine == null) {
                    mine = new ArrayList<>();
                    found.put(manager.get(), mine);
                }
                mine.add(ManagerCommand.of(manager.get(), command, effective.get()));
            }
        }
        Map<PackageManager, List<ManagerCommand>> commands = new LinkedHashMap<>();
        for (PackageManager manager : managers.all()) {
            List<ManagerCommand> mine = found.get(manager);
            if (mine != null) {
                mine.sort((a, b) -> Integer.compare(a.command().span().start(), b.command().span().start()));
                commands.put(manager, List.copyOf(mine));
            }
        }
        for (List<SimpleCommand> mine : readers.values()) {
            mine.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        }
        Optional<RunLines> lines = run.heredocs().isEmpty()
                ? RunLines.of(run.syntax().lines(), text, context.file().escapeCharacter()) : Optional.empty();
        Optional<String> problem = !run.heredocs().isEmpty()
                ? Optional.of("its script is a heredoc, which this recipe does not edit yet")
                : lines.isEmpty() ? Optional.of("its script could not be found in its lines") : Optional.empty();
        return new RunFacts(index, run, text, Optional.of(script), simpleCommands, problem, commands, Map.copyOf(readers), lines);
    }

    /** Whether the recipe may edit the script: understood, and written on the RUN's own lines. */
    boolean editable() {
        return script.isPresent() && problem.isEmpty();
    }
}
