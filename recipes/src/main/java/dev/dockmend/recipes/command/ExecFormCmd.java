package dev.dockmend.recipes.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.dockmend.edit.Edits;
import dev.dockmend.edit.InstructionEdits;
import dev.dockmend.recipe.Change;
import dev.dockmend.recipe.Finding;
import dev.dockmend.recipe.Recipe;
import dev.dockmend.recipe.RecipeContext;
import dev.dockmend.recipe.RecipeId;
import dev.dockmend.recipe.RecipeResult;
import dev.dockmend.recipe.Safety;
import dev.dockmend.recipe.Severity;
import dev.dockmend.recipes.Knowledge;
import dev.dockmend.recipes.images.StageImage;
import dev.dockmend.recipes.images.StageImages;
import dev.dockmend.shell.LiteralCommand;
import dev.dockmend.shell.ShellInEffect;
import dev.dockmend.tree.Cmd;
import dev.dockmend.tree.CommandForm;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Entrypoint;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.PhysicalLine;
import dev.dockmend.tree.view.Stage;
import dev.dockmend.tree.view.Stages;

/**
 * Rewrites shell-form CMD and ENTRYPOINT ({@code CMD nginx -g 'daemon off;'}) in exec form
 * ({@code CMD ["nginx", "-g", "daemon off;"]}) where that keeps the meaning: the command is one
 * simple command of literal words (no variables, operators, redirections, globs or escapes), does
 * not start with a shell built-in, and no SHELL instruction changed the stage's shell. A leading
 * {@code exec} is dropped: the shell would have replaced itself with the program anyway.
 *
 * <p>An ENTRYPOINT is only rewritten when its stage has no CMD: in shell form it ignores CMD, in
 * exec form CMD becomes its arguments. Even then arguments given to {@code docker run} start to reach
 * the program, so those changes are marked {@code review}. Windows files ({@code # escape=`}) are
 * left alone: their default shell is {@code cmd /S /C} with other quoting rules.
 */
public final class ExecFormCmd implements Recipe {
    private static final RecipeId ID = RecipeId.of("exec-form-cmd");
    private static final Set<String> BUILTINS = Knowledge.words("shell-builtins.txt");
    private static final List<String> SCRIPT_EXTENSIONS = List.of(".sh", ".bash", ".py", ".rb", ".pl", ".js");
    /** Where the distribution's packages put programs; /usr/local/bin is left out: images copy their own scripts there. */
    private static final List<String> SYSTEM_PROGRAM_FOLDERS = List.of("/bin/", "/sbin/", "/usr/bin/", "/usr/sbin/");

    @Override
    public RecipeId id() {
        return ID;
    }

    @Override
    public String summary() {
        return "Write CMD and ENTRYPOINT in exec form where the meaning stays the same";
    }

    @Override
    public String rationale() {
        return "In shell form the command runs under /bin/sh -c, so the shell is PID 1 and signals such as SIGTERM "
                + "from docker stop do not reach the program, which is killed after the timeout instead of shutting "
                + "down cleanly. The exec form runs the program directly. "
                + "https://docs.docker.com/reference/build-checks/json-args-recommended/";
    }

    @Override
    public Safety safety() {
        return Safety.REVIEW;
    }

    @Override
    public List<String> fixes() {
        return List.of("JSONArgsRecommended", "DL3025");
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public RecipeResult apply(Dockerfile file, RecipeContext context) {
        List<Finding> findings = new ArrayList<>();
        InstructionEdits edits = new InstructionEdits(file);
        // Findings name lines of the file this recipe was given, as changes do; positions are computed once.
        List<Dockerfile.Located> located = file.located();
        List<ShellInEffect> shells = ShellInEffect.of(file);
        List<Stage> stages = Stages.of(file);
        List<Optional<Entrypoint>> entrypoints = entrypoints(stages);
        List<StageImage> images = null; // the base images' ENTRYPOINTs, read when a CMD is rewritten
        Set<Instruction> receivesCmd = receivingCmd(stages, entrypoints);
        for (Stage stage : stages) {
            boolean hasCmd = false;
            for (Instruction other : stage.instructions()) {
                hasCmd |= other instanceof Cmd;
            }
            Optional<Entrypoint> inherited = entrypoints.get(stage.number());
            for (int i = 0; i < stage.instructions().size(); i++) {
                Instruction instruction = stage.instructions().get(i);
                int index = stage.fileIndex(i);
                boolean entrypoint = instruction instanceof Entrypoint;
                if (!(instruction instanceof Cmd || entrypoint) || instruction.isExecForm() || instruction.args().isEmpty()
                        || !context.mayChange(index)) {
                    continue;
                }
                int line = located.get(index).startLine();
                String keyword = instruction.keywordText().toUpperCase(java.util.Locale.ROOT);
                Optional<Finding> windows = windows(shells.get(index), file, keyword, line);
                if (windows.isPresent()) {
                    findings.add(windows.get());
                    continue;
                }
                if (!entrypoint && inherited.isPresent() && !inherited.get().isExecForm()) {
                    // a warning: a CMD that never runs is a mistake of the file, whichever of the two is meant
                    findings.add(new Finding(ID, line, 1, Severity.WARNING, "CMD is not run: the stage's ENTRYPOINT is in shell form, which "
                            + "ignores CMD, so writing it in exec form would change nothing",
                            "remove the CMD, or write the ENTRYPOINT in exec form if it should receive the CMD as arguments"));
                    continue;
                }
                Optional<Kept> kept = kept(instruction, shells.get(index).setByShellInstruction(), entrypoint && hasCmd,
                        entrypoint && receivesCmd.contains(instruction));
                if (kept.isPresent()) {
                    findings.add(new Finding(ID, line, 1, kept.get().severity(), keyword + " is in shell form, but "
                            + kept.get().reason() + ", so exec form could change what runs",
                            "if the shell is not needed, write it in exec form by hand, or wrap a script: "
                                    + "[\"/bin/sh\", \"-c\", \"...\"] keeps shell behaviour explicitly"));
                    continue;
                }
                List<String> words = words(instruction);
                String text = instruction.keywordText() + " " + JsonArray.of(words) + context.style().lineEnding();
                Optional<Entrypoint> receiver = entrypoint ? Optional.empty() : inherited;
                String shellWords = JsonArray.of(List.of("/bin/sh", "-c", ((CommandForm.ShellForm) command(instruction)).script().strip()));
                String reason;
                boolean imageMayRead = false;
                if (receiver.isPresent()) {
                    reason = "CMD now gives the ENTRYPOINT " + JsonArray.of(((CommandForm.ExecForm) receiver.get().command()).arguments())
                            + " the arguments " + JsonArray.of(words) + " instead of " + shellWords
                            + "; check that the entrypoint runs them as it ran the shell";
                } else if (entrypoint) {
                    reason = keyword + " now runs " + words.get(0) + " directly instead of through /bin/sh -c, so it receives signals "
                            + "such as SIGTERM; arguments given to docker run now reach it too (the stage has no CMD)";
                } else {
                    if (images == null) {
                        images = StageImages.of(file);
                    }
                    StageImage image = images.get(stage.number());
                    ImageEntrypoint read = ImageEntrypoint.of(image);
                    imageMayRead = !read.none();
                    reason = read.reason(words, shellWords);
                }
                boolean script = isLocalScript(words.get(0));
                if (script) {
                    reason += "; " + words.get(0) + " is now run directly, so if it is a script it needs a #! line "
                            + "(/bin/sh ran scripts without one)";
                }
                String why = reason;
                Safety safety = entrypoint || receiver.isPresent() || imageMayRead || script ? Safety.REVIEW : Safety.SAFE;
                edits.replace(index, Edits.instruction(file, text), (before, after) -> new Change(ID, before, after, why, safety));
            }
        }
        return edits.result(findings);
    }

    /**
     * Per stage number, the ENTRYPOINT in force for the stage's CMD: the stage's last one, else that of the stage
     * it builds on in this file, and so on. Empty when none is set in the file (the base image may still have one).
     * A parent is an earlier stage, so one pass in order answers for every stage.
     */
    private static List<Optional<Entrypoint>> entrypoints(List<Stage> stages) {
        int[] parents = Stages.parents(stages);
        List<Optional<Entrypoint>> entrypoints = new ArrayList<>(stages.size());
        for (Stage stage : stages) {
            Optional<Entrypoint> own = Optional.empty();
            List<Instruction> instructions = stage.instructions();
            for (int i = instructions.size() - 1; i >= 0 && own.isEmpty(); i--) {
                if (instructions.get(i) instanceof Entrypoint found && !found.args().isEmpty()) {
                    own = Optional.of(found);
                }
            }
            int parent = parents[stage.number()];
            entrypoints.add(own.isPresent() || parent < 0 ? own : entrypoints.get(parent));
        }
        return entrypoints;
    }

    /**
     * The ENTRYPOINTs that a CMD of a stage built on theirs is given to (or, in shell form, ignored by): in exec form
     * that CMD would become their arguments. By identity: two stages may have equal ENTRYPOINT lines.
     */
    private static Set<Instruction> receivingCmd(List<Stage> stages, List<Optional<Entrypoint>> entrypoints) {
        Set<Instruction> receiving = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Stage stage : stages) {
            if (stage.instructions().stream().anyMatch(Cmd.class::isInstance)) {
                entrypoints.get(stage.number()).ifPresent(receiving::add);
            }
        }
        return receiving;
    }

    /**
     * A finding for a CMD or ENTRYPOINT of a Windows stage (an escape=` file, a Windows base image, or a
     * SHELL that is not a POSIX shell): its shell form runs under cmd or PowerShell, whose quoting and
     * built-ins exec form does not have. Empty for a POSIX stage. Info: the shell form is how such stages
     * are written, and the signal problem of exec-form-cmd is one of /bin/sh.
     */
    private static Optional<Finding> windows(ShellInEffect shell, Dockerfile file, String keyword, int line) {
        boolean windowsFile = file.escapeCharacter() == '`';
        if (shell.posix() && !windowsFile) {
            return Optional.empty();
        }
        String command = String.join(" ", shell.command());
        String how = shell.posix() ? "this is a Windows Dockerfile (escape=`)" : "its shell is `"
                + (command.length() <= 20 ? command : shell.command().get(0)) + "` (" + shell.origin() + ")";
        return Optional.of(new Finding(ID, line, 1, Severity.INFO, keyword + " is in shell form and " + how
                + ": exec form would run the program without that shell, whose quoting, variables and built-ins "
                + "the command may rely on, so dockmend leaves it",
                "if the program needs nothing of the shell, write it in exec form by hand, e.g. [\"app.exe\", \"--serve\"]"));
    }

    /**
     * Whether the program is likely a script of the image's own (a path, or a script's file extension) rather
     * than an installed program: /bin/sh ran such a script itself when it had no #! line; exec form cannot.
     */
    static boolean isLocalScript(String program) {
        for (String extension : SCRIPT_EXTENSIONS) {
            if (program.endsWith(extension)) {
                return true;
            }
        }
        if (program.indexOf('/') < 0) {
            return false;
        }
        for (String folder : SYSTEM_PROGRAM_FOLDERS) {
            if (program.startsWith(folder) && program.indexOf('/', folder.length()) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Why a POSIX stage's instruction stays in shell form, and what the finding asks of the user. A warning
     * where the shell form is the problem BuildKit's JSONArgsRecommended reports (the shell is PID 1 and keeps
     * SIGTERM from the program) and a person can fix it: by exec form by hand, or a script that ends with
     * {@code exec}. Info where nothing needs doing: BuildKit does not report a stage whose SHELL was set.
     */
    private record Kept(String reason, Severity severity) {
        static Kept info(String reason) {
            return new Kept(reason, Severity.INFO);
        }

        static Kept warning(String reason) {
            return new Kept(reason, Severity.WARNING);
        }
    }

    /** Why the instruction must stay in shell form, if it must. */
    private static Optional<Kept> kept(Instruction instruction, boolean shellSet, boolean entrypointWithCmd, boolean cmdBuiltOn) {
        if (shellSet) {
            return Optional.of(Kept.info("a SHELL instruction changed the shell of this stage"));
        }
        if (entrypointWithCmd) {
            // In shell form the ENTRYPOINT ignores the CMD (and docker run's arguments): almost always a mistake.
            return Optional.of(Kept.warning("the stage also has a CMD, which exec form would pass to it as arguments"));
        }
        if (cmdBuiltOn) {
            // in shell form it ignores that CMD; in exec form the CMD would become its arguments
            return Optional.of(Kept.warning("a stage built on this one has a CMD, which exec form would pass to it as arguments"));
        }
        if (!instruction.flags().isEmpty()) {
            return Optional.of(Kept.warning("it has flags"));
        }
        if (instruction.syntax().hasCommentLines()) {
            return Optional.of(Kept.warning("comment lines inside it would be lost"));
        }
        String script = ((CommandForm.ShellForm) command(instruction)).script();
        LiteralCommand.Result parsed = LiteralCommand.parse(script);
        if (parsed instanceof LiteralCommand.NotLiteral notLiteral) {
            return Optional.of(Kept.warning(notLiteral.reason()));
        }
        List<String> words = ((LiteralCommand.Words) parsed).words();
        int start = words.get(0).equals("exec") ? 1 : 0;
        if (start == words.size()) {
            return Optional.of(Kept.warning("it is only `exec`"));
        }
        String first = words.get(start);
        if (LiteralCommand.isAssignment(first)) {
            return Optional.of(Kept.warning("it sets a variable (`" + first + "`)"));
        }
        if (BUILTINS.contains(first)) {
            return Optional.of(Kept.warning("`" + first + "` is a shell built-in, not a program"));
        }
        return Optional.empty();
    }

    private static CommandForm command(Instruction instruction) {
        return instruction instanceof Cmd cmd ? cmd.command() : ((Entrypoint) instruction).command();
    }

    private static List<String> words(Instruction instruction) {
        String script = ((CommandForm.ShellForm) command(instruction)).script();
        List<String> words = ((LiteralCommand.Words) LiteralCommand.parse(script)).words();
        return words.get(0).equals("exec") ? words.subList(1, words.size()) : words;
    }
}
