package dev.dockmend.recipes.stages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import dev.dockmend.edit.Edits;
import dev.dockmend.recipe.Change;
import dev.dockmend.recipe.Finding;
import dev.dockmend.recipe.LineRange;
import dev.dockmend.recipe.Recipe;
import dev.dockmend.recipe.RecipeContext;
import dev.dockmend.recipe.RecipeId;
import dev.dockmend.recipe.RecipeResult;
import dev.dockmend.recipe.Safety;
import dev.dockmend.recipe.Severity;
import dev.dockmend.recipes.images.ImageFacts;
import dev.dockmend.recipes.images.ImageName;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.view.Stage;
import dev.dockmend.tree.view.Stages;

/**
 * Splits a single-stage Dockerfile whose base image is a build toolchain ({@code golang:1.22},
 * {@code maven:3.9-eclipse-temurin-17}, {@code mcr.microsoft.com/dotnet/sdk:8.0}) into a named build stage that
 * keeps every step of the build, and a runtime stage on the smaller image {@code knowledge/runtime-images.txt}
 * gives for that toolchain tag (same version, same variant), which receives only the artefact, at the same path,
 * and the instructions the running program needs. It declines, with a finding that says why and what to do, when
 * the artefact's path is not known, when a RUN makes something the program may need at run time, when copied
 * files may be read at run time, and when the command does not run the artefact.
 */
public final class ConvertToMultiStage implements Recipe {
    static final RecipeId ID = RecipeId.of("convert-to-multi-stage");
    private static final RuntimeImages TABLE = RuntimeImages.shipped();

    @Override
    public RecipeId id() {
        return ID;
    }

    @Override
    public String summary() {
        return "Build in a toolchain stage and run the result in a small runtime stage";
    }

    @Override
    public String rationale() {
        return "A single stage on a toolchain image ships the compilers, package caches and sources with the program: "
                + "hundreds of MB that the program never uses and that widen what an attacker can use. A build stage "
                + "with the toolchain and a runtime stage that receives only the built program keep the image small. "
                + "https://docs.docker.com/build/building/multi-stage/";
    }

    @Override
    public Safety safety() {
        return Safety.REVIEW;
    }

    /**
     * First (340). The conversion decides which stage's image runs, and the recipes judged by that image must see
     * it: add-non-root-user (350) and add-healthcheck (970) then act on the runtime stage (its user, its tools), and
     * a second run changes nothing (run after them, the conversion would change the image under their changes, and
     * a second run would add the user the new image allows). The size recipes (merge-run-layers,
     * clean-package-cache) then act only on the runtime stage, whose layers ship, and say once per build stage why
     * they leave it alone; reorder-copy-for-cache still orders the build stage's copies for the cache.
     */
    @Override
    public int order() {
        return 340;
    }

    @Override
    public RecipeResult apply(Dockerfile file, RecipeContext context) {
        List<Stage> stages = Stages.of(file);
        if (stages.isEmpty()) {
            return RecipeResult.unchanged(file);
        }
        Stage last = stages.get(stages.size() - 1);
        Optional<ToolchainFrom> written = ToolchainFrom.of(file, last);
        Optional<ImageName> image = written.flatMap(from -> ImageName.of(from.resolved()));
        Optional<String> ecosystem = image.flatMap(name -> RuntimeImage.toolchainFacts(name.toString())).flatMap(ImageFacts::toolchain);
        if (image.isEmpty() || ecosystem.isEmpty() && TABLE.building(image.get().toString()).isEmpty()) {
            return RecipeResult.unchanged(file);
        }
        String reference = image.get().toString();
        List<Finding> findings = new ArrayList<>();
        if (stages.size() > 1) {
            findings.add(finding(file, last.first(), "the file is already multi-stage, but its final stage runs on the toolchain image "
                    + reference, "copy the built program into a stage on a runtime image by hand"));
            return new RecipeResult(file, List.of(), findings);
        }
        if (!context.mayChange(last.first())) {
            return RecipeResult.unchanged(file);
        }
        if (TABLE.building(reference).isEmpty()) {
            findings.add(TABLE.converts(ecosystem.get())
                    ? finding(file, last.first(), "the stage runs on the " + ecosystem.get() + " toolchain " + reference
                            + ", a tag for which the recipe knows no runtime image of the same version and variant",
                            "split the stages by hand, or use a tag of " + Paths.name("/" + image.get().name()) + " the table lists")
                    : finding(file, last.first(), "the stage runs on the " + ecosystem.get() + " toolchain " + reference
                            + ", whose builds the recipe does not convert yet (" + knownBuilds() + ")", "split the stages by hand"));
            return new RecipeResult(file, List.of(), findings);
        }
        Optional<Declined> declined = Optional.empty();
        for (Toolchain toolchain : TABLE.building(reference)) {
            Optional<BuildReader> reader = BuildReader.of(toolchain);
            if (reader.isEmpty()) {
                continue;
            }
            try {
                Dockerfile ended = withFinalLineEnding(file, context);
                BuildStage stage = new BuildStage(ended, Stages.of(ended).get(0), toolchain, reference, context);
                Optional<Artefact> artefact = reader.get().read(stage);
                if (artefact.isPresent()) {
                    return convert(stage, reader.get(), artefact.get(), written.get(), context);
                }
            } catch (Declined reason) {
                declined = Optional.of(reason);
                break;
            }
        }
        Declined why = declined.orElseGet(() -> new Declined(last.first(), "the stage is on the toolchain image " + reference
                + ", but none of its RUNs is a build the recipe knows (" + knownBuilds() + ")",
                "if the image only runs a program built elsewhere, base it on a runtime image such as " + someRuntime(reference)
                        + "; else split the stages by hand"));
        findings.add(finding(file, why.index(), why.reason(), why.suggestion()));
        return new RecipeResult(file, List.of(), findings);
    }

    private static String knownBuilds() {
        return "go build, cargo build, mvn package, gradle build, dotnet publish, npm run build, yarn build, pnpm build, pip install";
    }

    private RecipeResult convert(BuildStage stage, BuildReader reader, Artefact artefact, ToolchainFrom written, RecipeContext context) {
        Dockerfile file = stage.file();
        String reference = stage.reference();
        String runtimeImage = stage.toolchain().runtime(artefact.kind(), reference).orElseThrow(() -> new Declined(
                stage.stage().first(), "no runtime image is known for a " + artefact.kind() + " build on " + reference,
                "split the stages by hand"));
        RuntimeImage runtime = RuntimeImage.of(runtimeImage, stage.stage().first());
        List<String> words = reader.startWords(stage);
        reader.checkStart(stage, artefact, words);
        Optional<ImageFacts> toolchainFacts = RuntimeImage.toolchainFacts(reference);
        List<String> startNotes = runtime.checkStart(stage, toolchainFacts);
        runtime.checkHealthchecks(stage, artefact, toolchainFacts);
        RunCheck.check(stage, TABLE);
        RuntimeFiles.check(stage, artefact, TABLE);
        int start = stage.startCommand();
        boolean toExec = !stage.instructions().get(start).isExecForm() && !runtime.hasShell();
        String runtimeFrom = written.runtimeFrom(stage.toolchain(), artefact.kind(), runtimeImage, stage.stage().first());
        StageSplit.Result split = StageSplit.split(stage, artefact, runtimeFrom, toExec ? words : null, context);
        List<String> notes = new ArrayList<>(split.notes());
        written.note(runtimeFrom).ifPresent(notes::add);
        if (toExec) {
            notes.add("wrote the command in exec form, `" + StageSplit.execText(stage.instructions().get(start), words) + "`, as "
                    + runtimeImage + " has no shell");
        }
        notes.addAll(startNotes);
        Dockerfile after = file.withInstructions(split.instructions());
        List<Dockerfile.Located> before = file.located();
        List<Dockerfile.Located> lines = after.located();
        LineRange from = new LineRange(before.get(stage.stage().first()).startLine(), before.get(stage.stage().end() - 1).endLine());
        int lastIndex = split.instructions().size() - (file.instructions().size() - stage.stage().end()) - 1;
        LineRange to = new LineRange(lines.get(stage.stage().first()).startLine(), lines.get(lastIndex).endLine());
        String reason = "split into a build stage on " + stage.stage().from().image() + ", where " + artefact.how() + " makes "
                + artefact.path() + ", and a runtime stage on " + runtimeImage + " that receives only " + String.join(" and ", artefact.copied()) + ": "
                + size(reference, runtimeImage) + (notes.isEmpty() ? "" : "; " + String.join("; ", notes));
        List<Finding> findings = new ArrayList<>();
        if (stage.stage().from().image().contains("@")) {
            findings.add(finding(file, stage.stage().first(), "the toolchain image is pinned by digest, and the runtime image "
                    + runtimeImage + " is not", "pin " + runtimeImage + " by its digest too"));
        }
        return new RecipeResult(after, List.of(new Change(ID, from, to, reason, Safety.REVIEW)), findings);
    }

    /** The runtime image of the first kind the first toolchain of {@code reference} gives. */
    private static String someRuntime(String reference) {
        for (Toolchain toolchain : TABLE.building(reference)) {
            for (Toolchain.Runtime runtime : toolchain.runtimes()) {
                Optional<String> image = toolchain.runtime(runtime.kind(), reference);
                if (image.isPresent()) {
                    return image.get();
                }
            }
        }
        return "the runtime image of the toolchain";
    }

    /** "runtime image X instead of Y: about N MB smaller", from the table's sizes. */
    static String size(String toolchain, String runtime) {
        OptionalInt big = TABLE.megabytes(toolchain);
        OptionalInt small = TABLE.megabytes(runtime);
        if (big.isEmpty() || small.isEmpty()) {
            return "the runtime image " + runtime + " instead of " + toolchain + " (their sizes are not in the data)";
        }
        int saved = big.getAsInt() - small.getAsInt();
        String amount = saved >= 1000 ? String.format(java.util.Locale.ROOT, "%.1f GB", saved / 1000.0)
                : ((saved + 5) / 10 * 10) + " MB";
        List<String> estimated = java.util.stream.Stream.of(toolchain, runtime).filter(TABLE::estimatedSize).toList();
        return "the runtime image " + runtime + " instead of " + toolchain + " is about " + amount + " smaller"
                + (estimated.isEmpty() ? "" : estimated.size() == 1 ? " (the size of " + estimated.get(0) + " is an estimate, no published figure)"
                : " (the sizes of both are estimates, no published figures)");
    }

    /**
     * The file with a line ending after its last instruction (or its last heredoc's terminator): the split moves
     * that instruction into one of the two stages, with text after it.
     */
    private static Dockerfile withFinalLineEnding(Dockerfile file, RecipeContext context) {
        if (endsWithNewline(file)) {
            return file;
        }
        List<Instruction> instructions = new ArrayList<>(file.instructions());
        int last = instructions.size() - 1;
        instructions.set(last, Edits.withLastLineEnding(instructions.get(last), context.style().lineEnding()));
        return file.withInstructions(instructions);
    }

    private static boolean endsWithNewline(Dockerfile file) {
        Instruction last = file.instructions().get(file.instructions().size() - 1);
        StringBuilder text = new StringBuilder();
        last.syntax().appendTo(text);
        return text.toString().endsWith("\n");
    }

    private static Finding finding(Dockerfile file, int index, String reason, String suggestion) {
        return new Finding(ID, file.located().get(index).startLine(), 1, Severity.INFO, reason, suggestion);
    }
}
