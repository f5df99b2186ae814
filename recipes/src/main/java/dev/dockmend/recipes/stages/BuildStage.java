package dev.dockmend.recipes.stages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.dockmend.context.BuildContext;
import dev.dockmend.recipe.RecipeContext;
import dev.dockmend.shell.RunScript;
import dev.dockmend.shell.ShellAnalysis;
import dev.dockmend.shell.ShellParser;
import dev.dockmend.shell.SimpleCommand;
import dev.dockmend.tree.Cmd;
import dev.dockmend.tree.CommandForm;
import dev.dockmend.tree.Copy;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Entrypoint;
import dev.dockmend.tree.Env;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.KeyValue;
import dev.dockmend.tree.Run;
import dev.dockmend.tree.Workdir;
import dev.dockmend.tree.view.Stage;

/**
 * The facts of the single stage the recipe splits, worked out once: the toolchain image it builds on, the
 * absolute WORKDIR at each instruction and the variables ENV sets, and the commands of each RUN. Build readers
 * ({@link GoBuild}, {@link JarBuild}...) ask it.
 */
final class BuildStage {
    private final Dockerfile file;
    private final Stage stage;
    private final Toolchain toolchain;
    private final String reference;
    private final RecipeContext context;
    /** Per instruction of the stage, the absolute WORKDIR in effect for it; null once a WORKDIR is not literal. */
    private final List<String> workdirs = new ArrayList<>();
    private final Map<Integer, Optional<List<SimpleCommand>>> commands = new HashMap<>();

    BuildStage(Dockerfile file, Stage stage, Toolchain toolchain, String reference, RecipeContext context) {
        this.file = file;
        this.stage = stage;
        this.toolchain = toolchain;
        this.reference = reference;
        this.context = context;
        String workdir = toolchain.workdir();
        // The literal ENV values so far, kept as the instructions are read, so that WORKDIRs cost one lookup each.
        Map<String, Optional<String>> env = new HashMap<>();
        for (int i = 0; i < stage.instructions().size(); i++) {
            Instruction instruction = stage.instructions().get(i);
            if (instruction instanceof Workdir change && workdir != null) {
                String base = workdir;
                workdir = expand(change.path(), name -> env.getOrDefault(name, Optional.empty())).map(path -> Paths.join(base, path))
                        .orElse(null);
            }
            if (instruction instanceof Env set) {
                for (KeyValue pair : set.pairs()) {
                    env.put(pair.key(), pair.value().indexOf('$') < 0 ? Optional.of(pair.value()) : Optional.empty());
                }
            }
            workdirs.add(workdir);
        }
    }

    Dockerfile file() {
        return file;
    }

    Stage stage() {
        return stage;
    }

    Toolchain toolchain() {
        return toolchain;
    }

    /** The toolchain image as {@code name:tag}. */
    String reference() {
        return reference;
    }

    Optional<BuildContext> buildContext() {
        return context.buildContext();
    }

    /** The instructions of the stage, the FROM first. */
    List<Instruction> instructions() {
        return stage.instructions();
    }

    /** The file index of the stage's {@code i}-th instruction. */
    int fileIndex(int i) {
        return stage.fileIndex(i);
    }

    /**
     * The absolute WORKDIR in effect at the stage's {@code i}-th instruction.
     *
     * @throws Declined when a WORKDIR before it uses a variable the stage does not set
     */
    String workdir(int i) {
        String workdir = workdirs.get(i);
        if (workdir == null) {
            for (int w = i; w >= 0; w--) {
                if (instructions().get(w) instanceof Workdir) {
                    throw new Declined(fileIndex(w), "the WORKDIR is computed from a variable the stage does not set",
                            "write the WORKDIR as a literal path");
                }
            }
        }
        return workdir;
    }

    /** The absolute WORKDIR the image runs in: the one in effect at the end of the stage. */
    String finalWorkdir() {
        return workdir(instructions().size() - 1);
    }

    /** {@code path} (absolute, or relative to the WORKDIR of the stage's {@code i}-th instruction), made absolute and clean. */
    String absolute(String path, int i) {
        return Paths.join(workdir(i), path);
    }

    /**
     * The literal value ENV gives {@code name} before the stage's {@code i}-th instruction, if an ENV of the stage
     * sets it (its value then does not depend on build arguments).
     */
    Optional<String> env(String name, int i) {
        Optional<String> value = Optional.empty();
        for (int k = 1; k < i; k++) {
            if (instructions().get(k) instanceof Env env) {
                for (KeyValue pair : env.pairs()) {
                    if (pair.key().equals(name)) {
                        value = pair.value().indexOf('$') < 0 ? Optional.of(pair.value()) : Optional.empty();
                    }
                }
            }
        }
        return value;
    }

    private static final java.util.regex.Pattern REFERENCE =
            java.util.regex.Pattern.compile("\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)}|([A-Za-z_][A-Za-z0-9_]*))");

    /** {@code text} with {@code values} put in for {@code $NAME} and {@code ${NAME}}; empty when one is unknown. */
    private static Optional<String> expand(String text, java.util.function.Function<String, Optional<String>> values) {
        if (text.indexOf('$') < 0) {
            return Optional.of(text);
        }
        java.util.regex.Matcher matcher = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            Optional<String> value = values.apply(name);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            matcher.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(value.get()));
        }
        matcher.appendTail(out);
        return out.indexOf("$") < 0 ? Optional.of(out.toString()) : Optional.empty();
    }

    /** The simple commands of the RUN at the stage's {@code i}-th instruction (nested ones too); empty when not understood. */
    Optional<List<SimpleCommand>> commands(int i) {
        return commands.computeIfAbsent(i, k -> {
            Run run = (Run) instructions().get(k);
            if (!(RunScript.of(run) instanceof RunScript.ShellText text)
                    || !(ShellParser.parse(text.text()) instanceof ShellAnalysis.Understood understood)) {
                return Optional.empty();
            }
            return Optional.of(understood.script().simpleCommands());
        });
    }

    /** The stage's index of the command the image runs: its last ENTRYPOINT with arguments, else its last CMD; -1 when none. */
    int startCommand() {
        int cmd = -1;
        for (int i = instructions().size() - 1; i > 0; i--) {
            Instruction instruction = instructions().get(i);
            if (instruction instanceof Entrypoint && !instruction.args().isEmpty()) {
                return i;
            }
            if (instruction instanceof Cmd && cmd < 0) {
                cmd = i;
            }
        }
        return cmd;
    }

    /**
     * The words of the command the image starts with (ENTRYPOINT's, else CMD's): exec form as written, shell form
     * when it is literal words.
     *
     * @throws Declined when there is none, or its shell form is more than literal words
     */
    List<String> startWords() {
        int i = startCommand();
        if (i < 0) {
            throw new Declined(stage.first(), "the stage has no CMD or ENTRYPOINT, so the image runs what " + reference
                    + " runs by default, which the runtime image does not have", "add the CMD that starts the program");
        }
        Instruction instruction = instructions().get(i);
        CommandForm form = instruction instanceof Cmd cmd ? cmd.command() : ((Entrypoint) instruction).command();
        if (form instanceof CommandForm.ExecForm exec) {
            return exec.arguments();
        }
        String script = ((CommandForm.ShellForm) form).script();
        if (dev.dockmend.shell.LiteralCommand.parse(script) instanceof dev.dockmend.shell.LiteralCommand.Words words
                && !words.words().isEmpty()) {
            List<String> list = words.words();
            return list.get(0).equals("exec") ? list.subList(1, list.size()) : list;
        }
        throw new Declined(fileIndex(i), "the " + instruction.keywordText().toUpperCase(java.util.Locale.ROOT)
                + " is a shell script, whose program and files the recipe cannot tell", "write it in exec form");
    }

    /**
     * The words of the command, as {@link #startWords()} gives them, except that a shell-form command may expand
     * variables in its arguments ({@code CMD exec gunicorn --bind :$PORT app:app}): such a word comes as written,
     * with its {@code $}. Only for a runtime image with the same shell, which expands them as the toolchain's did.
     *
     * @throws Declined as {@link #startWords()} does, and when the program itself is computed, or the script does
     *                  more than run one command (operators, redirections, command substitutions, globs)
     */
    List<String> startWordsExpanding() {
        try {
            return startWords();
        } catch (Declined notLiteral) {
            Instruction instruction = instructions().get(startCommand());
            CommandForm form = instruction instanceof Cmd cmd ? cmd.command() : ((Entrypoint) instruction).command();
            if (!(form instanceof CommandForm.ShellForm shell)
                    || !(ShellParser.parse(shell.script()) instanceof ShellAnalysis.Understood understood)
                    || understood.script().items().size() != 1 || understood.script().simpleCommands().size() != 1) {
                throw notLiteral;
            }
            SimpleCommand command = understood.script().simpleCommands().get(0);
            List<String> words = new ArrayList<>();
            for (dev.dockmend.shell.Word word : command.words()) {
                if (!word.parts().stream().allMatch(BuildStage::textOrVariable)) {
                    throw notLiteral;
                }
                words.add(word.literal().orElse(word.text()));
            }
            if (!command.redirections().isEmpty() || !command.assignments().isEmpty() || understood.script().text().contains("&")) {
                throw notLiteral;
            }
            List<String> program = !words.isEmpty() && words.get(0).equals("exec") ? words.subList(1, words.size()) : words;
            if (program.isEmpty() || program.get(0).contains("$")) {
                throw notLiteral;
            }
            return program;
        }
    }

    /** Fixed text, or a variable's value ({@code $PORT}, {@code "${HOST:-0.0.0.0}"}) with no command in it. */
    private static boolean textOrVariable(dev.dockmend.shell.WordPart part) {
        if (part instanceof dev.dockmend.shell.WordPart.DoubleQuoted quoted) {
            return quoted.parts().stream().allMatch(BuildStage::textOrVariable);
        }
        return part instanceof dev.dockmend.shell.WordPart.FixedText
                || part instanceof dev.dockmend.shell.WordPart.Parameter parameter && parameter.operand().stream().allMatch(BuildStage::textOrVariable);
    }

    /** The COPY instructions of the stage that read the build context (no {@code --from}), by stage index. */
    List<Integer> contextCopies() {
        List<Integer> copies = new ArrayList<>();
        for (int i = 1; i < instructions().size(); i++) {
            Instruction instruction = instructions().get(i);
            if (instruction instanceof Copy copy && copy.from().isEmpty() || instruction instanceof dev.dockmend.tree.Add) {
                copies.add(i);
            }
        }
        return copies;
    }

    /**
     * The path in the build context of file or folder {@code absolute} of the image, by the last COPY that put it
     * there ({@code COPY . /src} makes /src/go.mod the context's go.mod; {@code COPY pom.xml .} in /app makes
     * /app/pom.xml the context's pom.xml); empty when no COPY of the stage is known to have.
     */
    Optional<String> contextPath(String absolute) {
        List<Integer> copies = contextCopies();
        for (int k = copies.size() - 1; k >= 0; k--) {
            int i = copies.get(k);
            Instruction copy = instructions().get(i);
            List<String> args = copy.args();
            if (args.size() < 2 || !copy.heredocs().isEmpty()) {
                continue;
            }
            String written = args.get(args.size() - 1);
            String destination = absolute(written, i);
            boolean intoFolder = args.size() > 2 || written.endsWith("/") || written.equals(".") || written.endsWith("/.");
            for (String argument : args.subList(0, args.size() - 1)) {
                Optional<String> source = BuildContext.normalize(argument);
                if (source.isEmpty() || argument.chars().anyMatch(c -> c == '*' || c == '?' || c == '[')) {
                    continue;
                }
                boolean folder = source.get().equals(".") || buildContext().map(c -> c.isFolder(source.get())).orElse(false);
                if (folder) {
                    if (absolute.equals(destination)) {
                        return source;
                    }
                    if (absolute.startsWith(destination.endsWith("/") ? destination : destination + "/")) {
                        String rest = absolute.substring(destination.length()).replaceFirst("^/", "");
                        return Optional.of(source.get().equals(".") ? rest : source.get() + "/" + rest);
                    }
                } else {
                    String target = intoFolder ? Paths.join(destination, Paths.name("/" + source.get())) : destination;
                    if (absolute.equals(target)) {
                        return source;
                    }
                }
            }
        }
        return Optional.empty();
    }
}
