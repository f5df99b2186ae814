package dev.dockmend.recipes.stages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.dockmend.recipes.images.ImageFacts;
import dev.dockmend.recipes.images.ImageFamilies;
import dev.dockmend.recipes.images.ImageName;
import dev.dockmend.tree.Cmd;
import dev.dockmend.tree.CommandForm;
import dev.dockmend.tree.Copy;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Entrypoint;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.Run;
import dev.dockmend.tree.Workdir;
import dev.dockmend.tree.view.Stage;
import dev.dockmend.tree.view.Stages;

/**
 * What every multi-stage file the recipe writes must be, checked independently of how the recipe decides: the
 * final stage is on an image the base-image knowledge knows and does not mark as a toolchain, nor the
 * toolchain table lists; every {@code COPY --from} names an earlier stage of the file and a
 * path that stage's RUNs write (an {@code -o}/{@code --output} they give, GOPATH's bin folder for {@code go install}, the {@code target/} or
 * {@code build/libs/} folder of a Maven or Gradle build, {@code target/} of a cargo build, the folder of an {@code npm run build},
 * {@code yarn build} or {@code pnpm run build}, the virtual environment {@code python -m venv} makes and the WORKDIR a pip install's
 * sources are copied into); and the final
 * stage's command uses what was copied.
 */
final class MultiStageShape {
    private MultiStageShape() {
    }

    /** The problems of {@code file}; empty when it has the shape. */
    static List<String> problems(Dockerfile file) {
        List<String> problems = new ArrayList<>();
        List<Stage> stages = Stages.of(file);
        if (stages.size() < 2) {
            return List.of("the file has " + stages.size() + " stage(s)");
        }
        Stage last = stages.get(stages.size() - 1);
        // A FROM may name the image with the global ARGs (FROM node:${NODE_VERSION}-slim): read with their defaults.
        Optional<ImageName> image = ImageName.of(dev.dockmend.recipes.images.FromArgs.of(file.instructions(), file.escapeCharacter())
                .expand(last.from().image()) instanceof dev.dockmend.recipes.images.FromArgs.Known known ? known.text() : "");
        Optional<ImageFacts> facts = image.flatMap(ImageFamilies.shipped()::of);
        if (facts.isEmpty() || facts.get().toolchain().isPresent() || !RuntimeImages.shipped().building(image.get().toString()).isEmpty()) {
            problems.add("the final stage runs on " + last.from().image() + ", a toolchain image (or one not known)");
        }
        List<String> copied = new ArrayList<>();
        for (Instruction instruction : last.instructions()) {
            if (!(instruction instanceof Copy copy) || copy.from().isEmpty()) {
                continue;
            }
            Optional<Stage> source = stages.stream().filter(s -> s.number() < last.number() && s.name().equals(copy.from())).findFirst();
            if (source.isEmpty()) {
                problems.add("COPY --from=" + copy.from().get() + " names no earlier stage");
                continue;
            }
            for (String path : copy.sources()) {
                if (!produces(source.get(), path)) {
                    problems.add("stage " + copy.from().get() + " writes no " + path);
                }
                copied.add(path);
            }
        }
        if (copied.isEmpty()) {
            problems.add("the final stage copies nothing from the build");
        } else if (!commandUses(last, copied)) {
            problems.add("the final stage's command uses none of " + copied);
        }
        return problems;
    }

    /** Whether a RUN of {@code stage} writes {@code path} (absolute), by the rules of the builds the recipe knows. */
    private static boolean produces(Stage stage, String path) {
        String workdir = "/go".equals(goWorkdir(stage)) ? "/go" : "/";
        for (Instruction instruction : stage.instructions()) {
            if (instruction instanceof Workdir w) {
                workdir = Paths.join(workdir, w.path());
            }
            if (!(instruction instanceof Run run)) {
                continue;
            }
            List<String> words = List.of(run.value().original().split("\\s+"));
            for (int i = 0; i + 1 < words.size(); i++) {
                if ((words.get(i).equals("-o") || words.get(i).equals("--output")) && Paths.join(workdir, words.get(i + 1)).equals(path)) {
                    return true;
                }
            }
            String text = run.value().original();
            if ((text.contains("mvn") && path.startsWith(Paths.join(workdir, "target") + "/")
                    || text.contains("gradle") && path.startsWith(Paths.join(workdir, "build/libs") + "/")) && path.endsWith(".jar")) {
                return true;
            }
            if (text.contains("cargo build") && path.startsWith(Paths.join(workdir, "target") + "/")) {
                return true;
            }
            if (text.matches("(?s).*\\b(npm|yarn|pnpm)( run)? build.*") && path.equals(workdir)) {
                return true;
            }
            if (text.matches("(?s).*python3? -m venv " + java.util.regex.Pattern.quote(path) + "(\\s.*)?")) {
                return true; // the virtual environment of a pip install
            }
            if (text.contains("pip install") && copiesInto(stage, path)) {
                return true; // the sources pip installs for, in the WORKDIR
            }
            if (text.contains("go install") && Paths.parent(path).equals("/go/bin")) {
                return true; // go install writes into the golang image's GOPATH/bin
            }
            if (text.contains("go build") && !text.contains(" -o") && Paths.parent(path).equals(workdir)) {
                return true; // go build's default name, in the folder it runs in
            }
        }
        return false;
    }

    /** Whether a COPY or ADD of the stage puts files in folder {@code path} (absolute), which is its final WORKDIR. */
    private static boolean copiesInto(Stage stage, String path) {
        List<String> workdirs = workdirs(stage);
        boolean copied = false;
        for (int i = 0; i < stage.instructions().size(); i++) {
            Instruction instruction = stage.instructions().get(i);
            java.util.Optional<String> target = instruction instanceof Copy copy && copy.from().isEmpty() ? copy.destination()
                    : instruction instanceof dev.dockmend.tree.Add add ? add.destination() : java.util.Optional.empty();
            if (target.isPresent()) {
                String destination = Paths.join(workdirs.get(i), target.get());
                copied |= destination.equals(path) || destination.startsWith(path + "/");
            }
        }
        return copied && path.equals(workdirs.get(workdirs.size() - 1));
    }

    /** The absolute WORKDIR at each instruction of the stage, with the variables ENV sets before it put in. */
    private static List<String> workdirs(Stage stage) {
        List<String> workdirs = new ArrayList<>();
        String workdir = "/";
        java.util.Map<String, String> env = new java.util.HashMap<>();
        for (Instruction instruction : stage.instructions()) {
            if (instruction instanceof dev.dockmend.tree.Env set) {
                set.pairs().forEach(pair -> env.put(pair.key(), pair.value()));
            }
            if (instruction instanceof Workdir w) {
                String text = w.path();
                for (java.util.Map.Entry<String, String> variable : env.entrySet()) {
                    text = text.replace("${" + variable.getKey() + "}", variable.getValue()).replace("$" + variable.getKey(), variable.getValue());
                }
                workdir = Paths.join(workdir, text);
            }
            workdirs.add(workdir);
        }
        return workdirs;
    }

    /** golang images set WORKDIR /go. */
    private static String goWorkdir(Stage stage) {
        return stage.from().image().startsWith("golang") ? "/go" : "/";
    }

    /** Whether the stage's last CMD or ENTRYPOINT names a copied path, or a file in a copied folder. */
    private static boolean commandUses(Stage stage, List<String> copied) {
        List<String> workdirs = workdirs(stage);
        String workdir = workdirs.get(workdirs.size() - 1);
        List<String> words = List.of();
        for (Instruction instruction : stage.instructions()) {
            CommandForm form = instruction instanceof Cmd cmd ? cmd.command() : instruction instanceof Entrypoint e ? e.command() : null;
            if (form instanceof CommandForm.ExecForm exec) {
                words = exec.arguments();
            } else if (form instanceof CommandForm.ShellForm shell) {
                words = List.of(shell.script().strip().split("\\s+"));
            }
        }
        for (String word : words) {
            String absolute = Paths.join(workdir, word);
            for (String path : copied) {
                if (absolute.equals(path) || absolute.startsWith(path + "/") || word.equals(Paths.name(path))) {
                    return true;
                }
            }
        }
        // npm start runs the folder's package.json: the command runs in the copied folder.
        return words.contains("npm") && copied.contains(workdir);
    }
}
