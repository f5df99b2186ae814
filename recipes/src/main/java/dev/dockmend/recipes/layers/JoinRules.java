package dev.dockmend.recipes.layers;

import java.util.List;
import java.util.Optional;

import dev.dockmend.shell.AndOrList;
import dev.dockmend.shell.FreshShell;
import dev.dockmend.shell.ListItem;
import dev.dockmend.shell.Pipeline;
import dev.dockmend.shell.Script;
import dev.dockmend.shell.ShellState;
import dev.dockmend.shell.SimpleCommand;

/**
 * How one RUN's script may be written as a part of a merged RUN whose parts are joined with
 * {@code &&}, so that the merged RUN does what the separate ones did: it stops at the first part that
 * fails, with a failing status, and each part sees the shell a new RUN would. The rules, each pinned by
 * {@code MergeTruthTableTest} and checked against a real {@code /bin/sh} by {@code MergeDifferentialTest}:
 * <ul>
 * <li>{@code &&} between parts: a part runs only when the ones before it succeeded, and the merged RUN
 *     ends with the status of the part that stopped it, or of the last part.</li>
 * <li>The first part may stay bare whatever its operators: and-or lists are left-associative and
 *     {@code ;} binds loosest, so {@code a; b && next} is {@code a; (b && next)} and
 *     {@code a || b && next} is {@code (a || b) && next}, as separate RUNs behave.</li>
 * <li>A later part with a top-level {@code ;}, {@code ||} or {@code &} is put in braces,
 *     {@code { a || b; }}: bare, {@code prev && a || b} would run {@code b} when {@code prev} fails, and
 *     {@code prev && a &} would send {@code prev} to the background too. {@code &&} and {@code |} need no
 *     braces.</li>
 * <li>A part other than the last that changes the shell's state ({@link ShellState}: {@code cd},
 *     {@code export}, {@code set}, {@code umask}, {@code exit}, {@code exec}, functions, assignments...)
 *     runs in a subshell, {@code ( cd /src && make )}, so the change ends with it as it ended with its
 *     RUN; {@code exit 3} in the subshell ends only the subshell, whose status stops the chain.</li>
 * <li>A part other than the last is never merged when it turns on {@code set -e}: the shell ignores -e on
 *     the left of {@code &&}, in the subshell too, so a failing command would no longer stop it. Under a
 *     shell that runs with -e ({@code SHELL [..., "-e", ...]}) a part other than the last must stay bare
 *     and its last and-or list must hold only simple commands, for the same reason.</li>
 * <li>A part other than the last that sends anything to the background ({@code &}, at any depth), or
 *     starts a service ({@link ServiceStarters}: {@code service ssh start}), is not merged: the job would
 *     keep running during the next parts instead of ending with its RUN.</li>
 * <li>A part other than the last after which only a new shell sees the system as it is ({@link FreshShell}:
 *     {@code pip install --upgrade pip}, whose old path the shell remembers; {@code ln -sf /bin/bash /bin/sh})
 *     is not merged: the next RUN would have started a new shell, the merged parts run on in the old one.</li>
 * <li>A trailing {@code # comment} would swallow anything written after it on the logical line, so it
 *     moves to a line of its own whenever something follows; a trailing {@code ;} of a bare part before
 *     {@code &&} is dropped ({@code a; && b} does not parse).</li>
 * </ul>
 */
final class JoinRules {
    private JoinRules() {
    }

    /** What a part becomes, or why it cannot be one. */
    sealed interface Verdict permits Join, Decline {
    }

    /**
     * The part is written with {@code grouping}.
     *
     * @param why                   why it is grouped, for the change's reason (empty when bare)
     * @param dropTrailingSeparator its trailing {@code ;} goes (a bare part before {@code &&})
     * @param moveTrailingComment   its trailing comment goes to a line of its own
     * @param endsWithSeparator     its script ends with {@code ;} or {@code &} (which decides how braces close)
     */
    record Join(Grouping grouping, Optional<String> why, boolean dropTrailingSeparator, boolean moveTrailingComment,
                boolean endsWithSeparator) implements Verdict {
        /** The text that closes the group after the script, "" when bare. */
        String close() {
            return grouping.close(endsWithSeparator && !dropTrailingSeparator);
        }
    }

    /** The part cannot be merged there: why (a phrase whose subject is the RUN) and what the user can do. */
    record Decline(String reason, String suggestion) implements Verdict {
    }

    /**
     * @param first        the part comes first in the merged RUN
     * @param last         the part comes last
     * @param errexitShell the shell runs every RUN with -e
     */
    static Verdict decide(Script script, boolean first, boolean last, boolean errexitShell) {
        List<ListItem> items = script.items();
        if (items.isEmpty()) {
            return new Decline("runs no command", "remove it, or merge it by hand");
        }
        if (!last) {
            Optional<Decline> decline = notBeforeOthers(script, errexitShell);
            if (decline.isPresent()) {
                return decline.get();
            }
        }
        ListItem lastItem = items.get(items.size() - 1);
        boolean endsWithSeparator = lastItem.separator() != ListItem.Separator.NONE;
        List<ShellState.Change> changes = last ? List.of() : ShellState.changes(script);
        Grouping grouping;
        Optional<String> why;
        if (!changes.isEmpty()) {
            grouping = Grouping.SUBSHELL;
            ShellState.Change change = changes.get(0);
            why = Optional.of("`" + shortened(script.text(change.span())) + "` " + change.reason());
        } else if (!first && bracesFor(items).isPresent()) {
            grouping = Grouping.BRACES;
            why = bracesFor(items);
        } else {
            grouping = Grouping.BARE;
            why = Optional.empty();
        }
        if (errexitShell && !last && (grouping != Grouping.BARE || !onlySimpleCommands(lastItem.andOr()))) {
            return new Decline("would need grouping or `&&` around its commands, where the shell's -e (from the SHELL "
                    + "instruction) no longer applies, so a failing command there would not stop the build",
                    "merge by hand, keeping each command where -e stops it");
        }
        boolean dropSeparator = grouping == Grouping.BARE && !last && endsWithSeparator;
        boolean moveComment = script.trailingComment().isPresent() && (!last || grouping != Grouping.BARE);
        return new Join(grouping, why, dropSeparator, moveComment, endsWithSeparator);
    }

    /** Why a part may not be followed by others, if it may not. */
    private static Optional<Decline> notBeforeOthers(Script script, boolean errexitShell) {
        if (sendsToBackground(script)) {
            return Optional.of(new Decline("sends a command to the background (`&`), and the job would keep running during "
                    + "the RUN after it instead of ending with its own layer",
                    "merge by hand if the background job may run on, or end it (`wait`, `kill`) within its RUN"));
        }
        Optional<SimpleCommand> service = ServiceStarters.in(script);
        if (service.isPresent()) {
            return Optional.of(new Decline("starts a service (`" + shortened(script.text(service.get().span())) + "`), and it "
                    + "would keep running during the RUN after it instead of ending with its own layer",
                    "merge by hand if the service may run on, or stop it within its RUN"));
        }
        Optional<FreshShell.Need> fresh = FreshShell.neededAfter(script);
        if (fresh.isPresent()) {
            return Optional.of(new Decline("runs `" + shortened(script.text(fresh.get().command().span())) + "`: it "
                    + fresh.get().reason(), fresh.get().suggestion()));
        }
        Optional<SimpleCommand> errexit = Errexit.turnedOnIn(script);
        if (errexit.isPresent() && !errexitShell) {
            return Optional.of(new Decline("turns on `" + shortened(script.text(errexit.get().span())) + "`, and the shell "
                    + "ignores -e on the left of `&&` (in a subshell too), so a failing command there would no longer stop "
                    + "the build",
                    "merge by hand with `set -e` at the start of the merged RUN, if every command may run under it"));
        }
        return Optional.empty();
    }

    /** Why a later part needs braces: an operator that would otherwise reach the parts before it. */
    private static Optional<String> bracesFor(List<ListItem> items) {
        if (items.size() > 1) {
            ListItem.Separator separator = items.get(0).separator();
            String symbol = separator == ListItem.Separator.NEWLINE ? "newline" : "`" + separator.symbol() + "`";
            return Optional.of("its " + symbol + " would otherwise " + (separator == ListItem.Separator.AMPERSAND
                    ? "send the commands before it to the background" : "run what follows it even when the commands before it failed"));
        }
        ListItem only = items.get(0);
        if (only.andOr().operators().contains(AndOrList.Operator.OR)) {
            return Optional.of("its `||` would otherwise run when the commands before it failed");
        }
        if (only.separator() == ListItem.Separator.AMPERSAND) {
            return Optional.of("its `&` would otherwise send the commands before it to the background");
        }
        return Optional.empty();
    }

    private static boolean sendsToBackground(Script script) {
        for (var list : script.commandLists()) {
            for (ListItem item : list.items()) {
                if (item.separator() == ListItem.Separator.AMPERSAND) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean onlySimpleCommands(AndOrList list) {
        for (Pipeline pipeline : list.pipelines()) {
            for (var command : pipeline.commands()) {
                if (!(command instanceof SimpleCommand)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A command's text for a message: its first 40 characters. */
    static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
