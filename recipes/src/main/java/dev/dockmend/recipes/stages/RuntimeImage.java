package dev.dockmend.recipes.stages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.dockmend.recipes.images.Entrypoint;
import dev.dockmend.recipes.images.ImageFacts;
import dev.dockmend.recipes.images.ImageFamilies;
import dev.dockmend.recipes.images.ImageName;
import dev.dockmend.recipes.images.Tool;
import dev.dockmend.tree.CommandForm;
import dev.dockmend.tree.Healthcheck;
import dev.dockmend.tree.User;

/**
 * What the runtime stage's image offers, from the base-image knowledge ({@link ImageFamilies}): whether the
 * command needs exec form (no shell), whether a HEALTHCHECK can move there (its probe tool), and whether the
 * image runs the command as the toolchain image did (its USER and ENTRYPOINT).
 *
 * @param reference the runtime image
 * @param facts     what the data says of it
 */
record RuntimeImage(String reference, ImageFacts facts) {

    /** The facts of {@code reference}, or why the recipe cannot use it. */
    static RuntimeImage of(String reference, int at) {
        Optional<ImageFacts> facts = ImageName.of(reference).flatMap(ImageFamilies.shipped()::of);
        if (facts.isEmpty()) {
            throw new Declined(at, "the base-image knowledge does not know the runtime image " + reference
                    + " (its shell, tools and user)", "split the stages by hand");
        }
        if (facts.get().toolchain().isPresent()) {
            throw new Declined(at, "the runtime image " + reference + " is itself a toolchain image", "split the stages by hand");
        }
        return new RuntimeImage(reference, facts.get());
    }

    /** The facts of toolchain image {@code reference}, if the data knows it. */
    static Optional<ImageFacts> toolchainFacts(String reference) {
        return ImageName.of(reference).flatMap(ImageFamilies.shipped()::of);
    }

    boolean hasShell() {
        return facts.shell().isPresent();
    }

    /**
     * Checks that the image runs the command as the toolchain image ran it: as the same user, through the same
     * ENTRYPOINT (or the stage's own). Returns what the change's reason must say when the data does not know
     * an ENTRYPOINT.
     *
     * @throws Declined when the runtime image runs as another user or through another ENTRYPOINT
     */
    List<String> checkStart(BuildStage stage, Optional<ImageFacts> toolchain) {
        List<String> notes = new ArrayList<>();
        boolean ownUser = stage.instructions().stream().anyMatch(User.class::isInstance);
        Optional<String> before = toolchain.flatMap(ImageFacts::runsAs);
        if (!ownUser && !facts.runsAs().equals(before)) {
            throw new Declined(stage.stage().first(), "the runtime image " + reference + " runs as " + facts.runsAs().orElse("root")
                    + " where " + stage.reference() + " ran as " + before.orElse("root"), "set the USER in the file");
        }
        boolean ownEntrypoint = stage.instructions().stream().anyMatch(i -> i instanceof dev.dockmend.tree.Entrypoint e
                && e.isExecForm() && !e.args().isEmpty());
        if (ownEntrypoint) {
            return notes;
        }
        Optional<Entrypoint> was = toolchain.flatMap(ImageFacts::entrypoint);
        Optional<Entrypoint> now = facts.entrypoint();
        if (was.isPresent() && now.isPresent() && !was.equals(now)) {
            throw new Declined(stage.stage().first(), "the runtime image " + reference + " starts the command through ENTRYPOINT "
                    + now.get() + ", where " + stage.reference() + " used " + was.get(), "set the ENTRYPOINT in the file");
        }
        if (was.isEmpty() || now.isEmpty()) {
            notes.add("the base-image knowledge does not know the ENTRYPOINT of " + (was.isEmpty() ? stage.reference() : reference)
                    + ": check that " + reference + " runs the CMD as " + stage.reference() + " did");
        }
        return notes;
    }

    /**
     * A HEALTHCHECK moves only where this image can run it: its program is the artefact, or a probe tool the
     * image has; a shell-form one needs a shell.
     *
     * @throws Declined at a HEALTHCHECK the image cannot run
     */
    void checkHealthchecks(BuildStage stage, Artefact artefact, Optional<ImageFacts> toolchain) {
        for (int i = 1; i < stage.instructions().size(); i++) {
            if (!(stage.instructions().get(i) instanceof Healthcheck check) || check.type().isEmpty() || check.isNone()) {
                continue;
            }
            CommandForm command = check.command();
            Optional<String> program = program(command);
            boolean runs = program.isPresent() && (command instanceof CommandForm.ExecForm || hasShell())
                    && (program.get().contains("/") && artefact.holds(Paths.join(stage.finalWorkdir(), program.get()))
                    || tool(program.get()).map(tool -> has(tool, toolchain)).orElse(false));
            if (!runs) {
                throw new Declined(stage.fileIndex(i), "the HEALTHCHECK runs " + program.map(p -> "`" + p + "`").orElse("a shell script")
                        + (command instanceof CommandForm.ShellForm && !hasShell() ? " through a shell" : "") + ", which the runtime image "
                        + reference + " does not have", "split the stages by hand, with a HEALTHCHECK the runtime image can run");
            }
        }
    }

    /**
     * Whether the image has the tool. BusyBox's wget takes fewer options than GNU wget: it stands in for a
     * {@code wget} only when the toolchain image's wget was BusyBox's too.
     */
    private boolean has(Tool tool, Optional<ImageFacts> toolchain) {
        return facts.has(tool) || tool == Tool.WGET && facts.has(Tool.BUSYBOX_WGET)
                && toolchain.map(t -> t.has(Tool.BUSYBOX_WGET) && !t.has(Tool.WGET)).orElse(false);
    }

    /** The first word of a HEALTHCHECK's command, when it is a plain word. */
    private static Optional<String> program(CommandForm command) {
        if (command instanceof CommandForm.ExecForm exec) {
            return exec.arguments().isEmpty() ? Optional.empty() : Optional.of(exec.arguments().get(0));
        }
        String script = ((CommandForm.ShellForm) command).script().strip();
        String first = script.split("\\s+", 2)[0];
        return first.matches("[A-Za-z0-9_./-]+") ? Optional.of(first) : Optional.empty();
    }

    /** The probe tool a program name is, as the data names tools ({@code python3} is python). */
    private static Optional<Tool> tool(String program) {
        String name = Paths.name(Paths.join("/", program)).replaceAll("[0-9.]+$", "");
        return Tool.ofLabel(name);
    }
}
