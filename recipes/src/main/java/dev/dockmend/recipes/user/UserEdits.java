package dev.dockmend.recipes.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.dockmend.edit.Edits;
import dev.dockmend.recipe.Change;
import dev.dockmend.recipe.LineRange;
import dev.dockmend.recipe.RecipeContext;
import dev.dockmend.recipe.RecipeResult;
import dev.dockmend.recipe.Safety;
import dev.dockmend.shell.RunScript;
import dev.dockmend.shell.ShellAnalysis;
import dev.dockmend.shell.ShellParser;
import dev.dockmend.shell.ShellState;
import dev.dockmend.tree.Add;
import dev.dockmend.tree.Copy;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.Run;
import dev.dockmend.tree.Workdir;

/**
 * The edits of add-non-root-user, made in one pass: the RUN that creates the user (when one is created) and
 * the USER line before the anchor (or after the stage's last instruction), and, with {@code chown=true},
 * {@code --chown} on the COPYs of the application into its WORKDIR, with the RUN moved before the first of
 * them so the name resolves. Changes made together are tied: one is not made without the others.
 */
final class UserEdits {
    private final Dockerfile file;
    private final RecipeContext context;
    private final AddNonRootUser.Placement placement;
    private final RunAs user;

    /** What goes before an instruction (by file index) and what replaces one. */
    private final Map<Integer, List<Instruction>> before = new TreeMap<>();
    private final Map<Integer, Instruction> replaced = new TreeMap<>();
    private final Map<Integer, String> reasons = new TreeMap<>();

    UserEdits(Dockerfile file, RecipeContext context, AddNonRootUser.Placement placement, RunAs user) {
        this.file = file;
        this.context = context;
        this.placement = placement;
        this.user = user;
    }

    RecipeResult result() {
        String ending = context.style().lineEnding();
        List<Integer> chowned = context.booleanOption(AddNonRootUser.CHOWN) ? applicationCopies() : List.of();
        Optional<Instruction> creation = user.creation().map(script ->
                Edits.instruction(file, context.style().keyword("RUN") + " " + script + ending));
        Instruction userLine = Edits.instruction(file, context.style().keyword("USER") + " " + user.user() + ending);
        List<Instruction> block = new ArrayList<>();
        int anchor = placement.anchor().orElse(placement.app().stage().end() - 1);
        boolean atEnd = placement.anchor().isEmpty();
        Optional<Integer> beforeShellChange = creation.isEmpty() ? Optional.empty()
                : shellChangingRunBefore(chowned.isEmpty() ? (atEnd ? anchor + 1 : anchor) : chowned.get(0));
        if (creation.isPresent() && beforeShellChange.isPresent()) {
            int run = beforeShellChange.get();
            before.computeIfAbsent(run, k -> new ArrayList<>()).add(creation.get());
            if (run != anchor) {
                reasons.put(run, "the RUN that creates `" + user.user() + "` comes before this RUN, which changes the shell's "
                        + "state, so that this one stays the last where RUNs are joined and needs no subshell");
            }
        } else if (creation.isPresent() && !chowned.isEmpty()) {
            before.computeIfAbsent(chowned.get(0), k -> new ArrayList<>()).add(creation.get());
            reasons.put(chowned.get(0), "the RUN that creates `" + user.user() + "` comes before the first COPY that gives it files");
        } else {
            creation.ifPresent(block::add);
        }
        block.add(userLine);
        for (int index : chowned) {
            Instruction copy = file.instructions().get(index);
            replaced.put(index, Edits.instruction(file, withChown(copy) + ending));
            reasons.merge(index, "COPY gives the application's files to " + user.owner() + " (--chown), so the process may "
                    + "write to them, and rewrite its own code", (a, b) -> a + "; " + b);
        }
        reasons.put(anchor, reason(chowned));
        if (!atEnd) {
            before.computeIfAbsent(anchor, k -> new ArrayList<>()).addAll(block);
        }
        return build(atEnd ? block : List.of(), anchor);
    }

    /**
     * The file index of the RUN right before {@code at} (the place the new RUN would take), when that RUN's script
     * changes the shell's state ({@link ShellState}: {@code cd}, {@code export}...). The RUN that creates the user
     * then goes before it instead: RUNs next to each other are joined into one (merge-run-layers), and a part that
     * changes the shell and is not the last must run in a subshell; before it, the new RUN leaves that RUN the
     * last, as it was, whatever the created user's RUN is joined to.
     */
    private Optional<Integer> shellChangingRunBefore(int at) {
        int previous = at - 1;
        if (previous <= placement.app().stage().first() || !(file.instructions().get(previous) instanceof Run run)
                || !(RunScript.of(run) instanceof RunScript.ShellText text)
                || !(ShellParser.parse(text.text()) instanceof ShellAnalysis.Understood understood)
                || !ShellState.changesState(understood.script())) {
            return Optional.empty();
        }
        return Optional.of(previous);
    }

    /**
     * The change's reason: who the container now runs as, and what the reviewer must check, since nothing in
     * the file shows it: that the process writes only where the user may, and needs no root when it runs.
     */
    private String reason(List<Integer> chowned) {
        String files = chowned.isEmpty()
                ? "the application's files stay owned by root and readable, so check that the process writes only to /tmp, "
                + "to its home or to volumes (or set chown=true)"
                : "the files COPY puts in the WORKDIR are the user's; files elsewhere stay root's, so check that the process "
                + "writes nowhere else but /tmp and volumes";
        return "the container ran as root; it now runs as " + user.describe() + ". Review: " + files
                + "; that it needs no root when it runs (no port below 1024, no chown, no package installs, no other "
                + "user's files); and that the USER in `docker run -u`, compose or Kubernetes does not override it";
    }

    /** The COPY and ADD instructions of the final stage, without --chown, whose destination is in the WORKDIR. */
    private List<Integer> applicationCopies() {
        List<Integer> copies = new ArrayList<>();
        Optional<String> workdir = Optional.empty();
        List<Instruction> own = placement.app().stage().instructions();
        for (int i = 1; i < own.size(); i++) {
            Instruction instruction = own.get(i);
            if (instruction instanceof Workdir w) {
                workdir = w.path().startsWith("/") ? Optional.of(w.path()) : workdir.map(dir -> dir + "/" + w.path());
            } else if ((instruction instanceof Copy || instruction instanceof Add) && instruction.heredocs().isEmpty()
                    && instruction.flag("chown").isEmpty() && workdir.isPresent() && inside(destination(instruction), workdir.get())) {
                copies.add(placement.app().stage().fileIndex(i));
            }
        }
        return copies;
    }

    private static String destination(Instruction copy) {
        List<String> args = copy.args();
        return args.isEmpty() ? "" : args.get(args.size() - 1);
    }

    /** Whether a COPY destination is the WORKDIR or under it (a relative one always is). */
    static boolean inside(String destination, String workdir) {
        if (destination.isEmpty() || destination.contains("$")) {
            return false;
        }
        if (!destination.startsWith("/")) {
            return true;
        }
        String dir = workdir.endsWith("/") ? workdir : workdir + "/";
        return !dir.equals("/") && (destination.equals(workdir) || destination.startsWith(dir));
    }

    /** The COPY's text with {@code --chown=OWNER} after its keyword and before its other flags. */
    private String withChown(Instruction copy) {
        String text = copy.syntax().lines().stream().map(line -> line.content() + line.lineEnding())
                .reduce("", String::concat).stripTrailing();
        int keyword = copy.keywordText().length();
        int start = text.indexOf(copy.keywordText());
        return text.substring(0, start + keyword) + " --chown=" + user.owner() + text.substring(start + keyword);
    }

    private RecipeResult build(List<Instruction> appended, int last) {
        List<Instruction> instructions = new ArrayList<>();
        List<int[]> spans = new ArrayList<>(); // per edited input index: {input index, first output index, last output index}
        for (int i = 0; i < file.instructions().size(); i++) {
            Instruction original = file.instructions().get(i);
            boolean edited = before.containsKey(i) || replaced.containsKey(i) || i == last && !appended.isEmpty();
            int first = instructions.size();
            instructions.addAll(before.getOrDefault(i, List.of()));
            Instruction kept = replaced.containsKey(i) ? Edits.placed(replaced.get(i), original, original) : original;
            if (i == last && !appended.isEmpty()) {
                // the stage's last instruction takes a line ending, the added ones the ending it had (none at the end of a file)
                instructions.add(Edits.placed(kept, kept, appended.get(0)));
                for (int k = 0; k < appended.size(); k++) {
                    Instruction added = appended.get(k);
                    instructions.add(k == appended.size() - 1 ? Edits.placed(added, added, original) : added);
                }
            } else {
                instructions.add(kept);
            }
            if (edited) {
                spans.add(new int[] {i, first, instructions.size() - 1});
            }
        }
        Dockerfile after = file.withInstructions(instructions);
        List<Dockerfile.Located> linesBefore = file.located();
        List<Dockerfile.Located> linesAfter = after.located();
        Optional<String> tie = spans.size() > 1 ? Optional.of("add-non-root-user") : Optional.empty();
        List<Change> changes = new ArrayList<>();
        for (int[] span : spans) {
            Dockerfile.Located was = linesBefore.get(span[0]);
            changes.add(new Change(AddNonRootUser.ID, new LineRange(was.startLine(), was.endLine()),
                    new LineRange(linesAfter.get(span[1]).startLine(), linesAfter.get(span[2]).endLine()),
                    reasons.get(span[0]), Safety.REVIEW, tie));
        }
        return new RecipeResult(after, changes, List.of());
    }
}
