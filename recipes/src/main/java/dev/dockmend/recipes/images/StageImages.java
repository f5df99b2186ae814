package dev.dockmend.recipes.images;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.dockmend.recipes.cache.PackageChanges;
import dev.dockmend.recipes.cache.PackageManagers;
import dev.dockmend.shell.EffectiveCommand;
import dev.dockmend.shell.RunScript;
import dev.dockmend.shell.Script;
import dev.dockmend.shell.ShellAnalysis;
import dev.dockmend.shell.ShellInEffect;
import dev.dockmend.shell.ShellParser;
import dev.dockmend.shell.SimpleCommand;
import dev.dockmend.shell.Word;
import dev.dockmend.tree.CommandForm;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Entrypoint;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.Keyword;
import dev.dockmend.tree.Run;
import dev.dockmend.tree.User;
import dev.dockmend.tree.view.Stage;
import dev.dockmend.tree.view.Stages;

/**
 * The one place recipes learn what each stage's image offers: {@code StageImages.of(file)} reads every FROM
 * (expanding the global ARGs' defaults, following {@code FROM <stage>} back to a real image), looks the image
 * up in {@code knowledge/image-families.txt}, and adds what the chain's RUNs installed or removed (through the
 * shell analysis and {@code package-managers.txt}), the users they created, and the chain's USER and
 * ENTRYPOINT. One pass over the file; RUNs are parsed once.
 */
public final class StageImages {
    private StageImages() {
    }

    /** Every stage's image, in stage order, with the shipped tables. */
    public static List<StageImage> of(Dockerfile file) {
        return of(file, ImageFamilies.shipped(), PackageManagers.shipped());
    }

    /** The last stage's image (the one a build without {@code --target} runs); empty for a file without FROM. */
    public static Optional<StageImage> last(Dockerfile file) {
        List<StageImage> stages = of(file);
        return stages.isEmpty() ? Optional.empty() : Optional.of(stages.get(stages.size() - 1));
    }

    /**
     * What each stage's FROM names, in stage order: the global ARGs' defaults put in, an earlier stage ({@code FROM
     * build}, also through an ARG) by its number. Reads no RUN, for recipes that need only the base image.
     */
    public static List<StageBase> bases(Dockerfile file) {
        return bases(Stages.of(file), FromArgs.of(file.instructions(), file.escapeCharacter()));
    }

    /** The base at the root of the chain of stage {@code number}: an image, scratch or unresolved, never a stage. */
    public static StageBase root(List<StageBase> bases, int number) {
        StageBase base = bases.get(number);
        while (base instanceof StageBase.Stage earlier) {
            base = bases.get(earlier.number()); // an earlier stage: this ends
        }
        return base;
    }

    private static List<StageBase> bases(List<Stage> stages, FromArgs args) {
        List<StageBase> bases = new ArrayList<>(stages.size());
        Map<String, Integer> named = new HashMap<>();
        for (Stage stage : stages) {
            bases.add(base(stage, args, named));
            stage.name().ifPresent(name -> named.put(name, stage.number()));
        }
        return bases;
    }

    static List<StageImage> of(Dockerfile file, ImageFamilies families, PackageManagers managers) {
        List<Stage> stages = Stages.of(file);
        List<StageBase> bases = bases(stages, FromArgs.of(file.instructions(), file.escapeCharacter()));
        List<StageImage> images = new ArrayList<>();
        List<ShellInEffect> shells = ShellInEffect.of(file);
        for (Stage stage : stages) {
            StageBase base = bases.get(stage.number());
            Optional<StageImage> parent = base instanceof StageBase.Stage earlier ? Optional.of(images.get(earlier.number()))
                    : Optional.empty();
            Optional<ImageFacts> facts;
            Optional<String> why;
            if (parent.isPresent()) {
                facts = parent.get().image();
                why = parent.get().unknownWhy();
            } else {
                facts = facts(base, families);
                why = facts.isPresent() ? Optional.empty() : Optional.of(unknownWhy(base));
            }
            Chain chain = parent.map(Chain::new).orElseGet(Chain::new);
            boolean windows = facts.map(ImageFacts::windows).orElse(false);
            for (int i = 1; i < stage.instructions().size(); i++) {
                Instruction instruction = stage.instructions().get(i);
                if (instruction instanceof Run run && !windows && shells.get(stage.fileIndex(i)).posix()) {
                    chain.run(run, families, managers);
                } else if (instruction instanceof User user) {
                    chain.user = Optional.of(user.user() + user.group().map(g -> ":" + g).orElse(""));
                } else if (instruction instanceof Entrypoint entrypoint) {
                    chain.entrypoint = Optional.of(entrypoint(entrypoint.command(), facts));
                }
            }
            images.add(new StageImage(stage, base, facts, why, chain.installed, chain.removed, chain.users, chain.user,
                    chain.entrypoint));
        }
        return List.copyOf(images);
    }

    private static StageBase base(Stage stage, FromArgs args, Map<String, Integer> named) {
        String written = stage.from().image();
        FromArgs.Expansion expansion = args.expand(written);
        if (expansion instanceof FromArgs.Unknown unknown) {
            return new StageBase.Unresolved(written, unknown.why());
        }
        FromArgs.Known known = (FromArgs.Known) expansion;
        Integer earlier = named.get(Keyword.lowerCase(known.text()));
        if (earlier != null) {
            return new StageBase.Stage(earlier, Keyword.lowerCase(known.text()));
        }
        if (known.text().equals("scratch")) {
            return new StageBase.Scratch();
        }
        try {
            return new StageBase.Image(ImageReference.parse(known.text()), known.defaults(),
                    stage.from().platform().map(args::expand));
        } catch (IllegalArgumentException e) {
            return new StageBase.Unresolved(written, "`" + known.text() + "` is not a valid image reference: " + e.getMessage());
        }
    }

    private static Optional<ImageFacts> facts(StageBase base, ImageFamilies families) {
        if (base instanceof StageBase.Scratch) {
            return families.of(new ImageName("scratch", "latest"));
        }
        if (base instanceof StageBase.Image image) {
            return image.reference().imageName().flatMap(families::of);
        }
        return Optional.empty();
    }

    private static String unknownWhy(StageBase base) {
        if (base instanceof StageBase.Unresolved unresolved) {
            return "the base image `" + unresolved.written() + "` is not known before the build: " + unresolved.why();
        }
        StageBase.Image image = (StageBase.Image) base;
        if (image.reference().imageName().isEmpty()) {
            return "the base image `" + image.reference() + "` is pinned by a digest alone, so its tag (and family) is not known";
        }
        return "the base image `" + image.reference() + "` is of no family dockmend knows (knowledge/image-families.txt)";
    }

    /** An ENTRYPOINT's words; a shell-form one runs the image's shell with {@code -c}. */
    private static dev.dockmend.recipes.images.Entrypoint entrypoint(CommandForm command, Optional<ImageFacts> facts) {
        if (command instanceof CommandForm.ExecForm exec) {
            return new dev.dockmend.recipes.images.Entrypoint(exec.arguments());
        }
        String shell = facts.flatMap(ImageFacts::shell).orElse("/bin/sh");
        return new dev.dockmend.recipes.images.Entrypoint(List.of(shell, "-c", ((CommandForm.ShellForm) command).script()));
    }

    /** What the chain of stages up to the current one has changed, while its instructions are read. */
    private static final class Chain {
        private final Set<Tool> installed = EnumSet.noneOf(Tool.class);
        private final Set<Tool> removed = EnumSet.noneOf(Tool.class);
        private final Set<String> users = new LinkedHashSet<>();
        /** apk's {@code --virtual} groups and the packages added under them, for {@code apk del GROUP}. */
        private final Map<String, List<String>> groups = new HashMap<>();
        private Optional<String> user = Optional.empty();
        private Optional<dev.dockmend.recipes.images.Entrypoint> entrypoint = Optional.empty();

        Chain() {
        }

        Chain(StageImage parent) {
            installed.addAll(parent.installedTools());
            removed.addAll(parent.removedTools());
            users.addAll(parent.createdUsers());
            user = parent.user();
            entrypoint = parent.ownEntrypoint();
        }

        void run(Run run, ImageFamilies families, PackageManagers managers) {
            if (!(RunScript.of(run) instanceof RunScript.ShellText text)
                    || !(ShellParser.parse(text.text()) instanceof ShellAnalysis.Understood understood)) {
                return;
            }
            Script script = understood.script();
            for (PackageChanges.Change change : PackageChanges.in(script, managers)) {
                List<String> packages = new ArrayList<>(change.packages());
                if (change.kind() == PackageChanges.Kind.INSTALL) {
                    change.group().ifPresent(group -> groups.put(group, change.packages()));
                } else {
                    for (String name : change.packages()) {
                        packages.addAll(groups.getOrDefault(name, List.of()));
                    }
                }
                for (String name : packages) {
                    families.toolOfPackage(name).ifPresent(tool -> {
                        boolean install = change.kind() == PackageChanges.Kind.INSTALL;
                        (install ? installed : removed).add(tool);
                        (install ? removed : installed).remove(tool);
                    });
                }
            }
            for (SimpleCommand command : script.simpleCommands()) {
                createdUser(command, families).ifPresent(users::add);
            }
        }

        /** The user a {@code useradd}/{@code adduser} command creates: its first word that is no option nor an option's value. */
        private static Optional<String> createdUser(SimpleCommand command, ImageFamilies families) {
            Optional<EffectiveCommand> effective = command.effectiveCommand();
            Optional<Set<String>> valueOptions = effective.flatMap(EffectiveCommand::baseName).flatMap(families::userCommand);
            if (valueOptions.isEmpty()) {
                return Optional.empty();
            }
            List<Word> arguments = effective.get().arguments();
            for (int i = 0; i < arguments.size(); i++) {
                Optional<String> word = arguments.get(i).literal();
                if (word.isEmpty()) {
                    return Optional.empty();
                }
                if (word.get().startsWith("-")) {
                    i += valueOptions.get().contains(word.get()) ? 1 : 0;
                    continue;
                }
                return word;
            }
            return Optional.empty();
        }
    }
}
