package dev.dockmend.recipes.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.dockmend.recipe.Finding;
import dev.dockmend.recipe.Recipe;
import dev.dockmend.recipe.RecipeContext;
import dev.dockmend.recipe.RecipeId;
import dev.dockmend.recipe.RecipeOption;
import dev.dockmend.recipe.RecipeResult;
import dev.dockmend.recipe.Safety;
import dev.dockmend.recipe.Severity;
import dev.dockmend.recipes.images.ImageFacts;
import dev.dockmend.recipes.images.PrivilegeDrop;
import dev.dockmend.recipes.images.StageBase;
import dev.dockmend.recipes.images.StageImage;
import dev.dockmend.recipes.images.StageImages;
import dev.dockmend.recipes.images.UserCreation;
import dev.dockmend.shell.ShellInEffect;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.InstructionSyntax;
import dev.dockmend.tree.PhysicalLine;
import dev.dockmend.tree.User;

/**
 * Makes the image's container run as a non-root user: in the final stage, when it sets no USER or its last
 * USER is root, adds {@code USER} before CMD/ENTRYPOINT, after every instruction that builds (so the build
 * runs as before and only the running container changes), with the user the stage already creates, the one
 * its image ships ({@code node}, {@code nonroot}), one created in the image family's way, or a numeric uid
 * where the image has no tool to create users. What the image is and has comes from the base-image knowledge
 * ({@link StageImages}); what in the stage needs root at run time from {@link RootAtRunTime}. Where either
 * is not known, or something needs root, it leaves the file alone with a finding.
 */
public final class AddNonRootUser implements Recipe {
    static final RecipeId ID = RecipeId.of("add-non-root-user");
    static final String NAME = "name";
    static final String UID = "uid";
    static final String GID = "gid";
    static final String CHOWN = "chown";

    @Override
    public RecipeId id() {
        return ID;
    }

    @Override
    public String summary() {
        return "Run the final stage as a non-root user";
    }

    @Override
    public String rationale() {
        return "A container without USER runs its process as root: a flaw in the program then has root's rights in the "
                + "container, and on the host through any mounted path or kernel escape. Running as an unprivileged user "
                + "limits that. https://docs.docker.com/build/building/best-practices/#user";
    }

    @Override
    public Safety safety() {
        return Safety.REVIEW;
    }

    /** hadolint's rule on a last USER that is root; tally's on a user the final stage creates and never switches to. */
    @Override
    public List<String> fixes() {
        return List.of("DL3002", "tally/user-created-but-never-used");
    }

    @Override
    public List<RecipeOption> options() {
        return List.of(
                new RecipeOption(NAME, RecipeOption.Type.STRING, "app",
                        "The user and group to create where the stage creates none and its image ships none."),
                new RecipeOption(UID, RecipeOption.Type.INTEGER, "10001",
                        "The uid of a created user, and of the numeric USER where the image has no tool to create users."),
                new RecipeOption(GID, RecipeOption.Type.INTEGER, "10001", "The gid of a created group, and of the numeric USER."),
                new RecipeOption(CHOWN, RecipeOption.Type.BOOLEAN, "false",
                        "Give the application's files (COPY into the WORKDIR) to the user with --chown, so it may write "
                                + "to them; by default they stay root's and readable, and the process cannot rewrite its own code."));
    }

    /**
     * First of the recipes, before reorder-copy-for-cache (400): the USER goes after the stage's last RUN or COPY,
     * where no later recipe moves anything past it, and a change that only adds lines is then one the others
     * take as they find it (reorder-copy-for-cache declines an install that ends a file without a final newline,
     * which the added USER no longer does). Before merge-run-layers (600), which joins the RUN that creates
     * the user to a RUN next to it in the same run, so a second run changes nothing.
     */
    @Override
    public int order() {
        return 350;
    }

    @Override
    public RecipeResult apply(Dockerfile file, RecipeContext context) {
        List<StageImage> images = StageImages.of(file);
        if (images.isEmpty()) {
            return RecipeResult.unchanged(file);
        }
        StageImage app = images.get(images.size() - 1);
        int from = app.stage().first();
        Optional<Integer> lastUser = lastUser(app);
        if (!context.mayChange(from) || lastUser.isPresent() && !context.mayChange(lastUser.get())) {
            return RecipeResult.unchanged(file);
        }
        Decline decline = new Decline(file, lastUser.orElse(from), lastUser.isPresent());
        Optional<String> runsAs = app.runsAs();
        if (runsAs.isPresent() && !isRoot(runsAs.get())) {
            // Already what the recipe would make it: nothing to say (as add-healthcheck says nothing of an existing
            // HEALTHCHECK), so a gate with --fail-on info passes a file that is right.
            return runsAs.get().contains("$")
                    ? decline.info("the stage's USER is `" + runsAs.get() + "`, set from a build argument or variable, which "
                    + "dockmend cannot read", "nothing to do if it names a non-root user")
                    : RecipeResult.unchanged(file);
        }
        if (!app.known()) {
            return decline.of("left alone: " + app.unknownWhy().orElseThrow() + ", so how to create a user in it is not known",
                    "add a user and USER by hand, or teach dockmend the image (docs/base-images.md)");
        }
        ImageFacts image = app.image().orElseThrow();
        if (image.windows()) {
            return decline.info("left alone: " + image.image() + " is a Windows image, whose users (ContainerUser, "
                    + "ContainerAdministrator) work differently", "on Windows, USER ContainerUser runs without administrator rights");
        }
        Optional<PrivilegeDrop> drop = app.dropsPrivileges();
        if (drop.isEmpty()) {
            return decline.of("left alone: whether the entrypoint of " + image.image() + " (or the stage's own ENTRYPOINT, which "
                    + "may call the image's) leaves root by itself is not known, and adding USER breaks one that does",
                    "if the entrypoint does not switch users (gosu, su-exec), add a user and USER by hand");
        }
        if (drop.get().drops()) {
            return decline.info("left alone: " + image.image() + " starts as root and leaves it by itself ("
                    + dropWay(drop.get()) + "); a USER line would break it", "nothing to do: the image's process does not run as root");
        }
        Optional<RunAs> chosen = choose(app, image, context, decline);
        if (chosen.isEmpty()) {
            return decline.result();
        }
        Placement placement = Placement.of(app, images);
        if (chosen.get().creation().isPresent() && !ShellInEffect.of(file).get(placement.shellAt()).posix()) {
            return decline.info("left alone: a SHELL instruction makes RUN use a shell that is not POSIX, in which the user "
                    + "cannot be created", "create the user and add USER by hand");
        }
        if (placement.runsOnAtTheEnd(file.escapeCharacter())) {
            return decline.info("left alone: the file's last instruction runs on to its end (a line continuation with "
                    + file.escapeCharacter() + "), so a line added after it would join it",
                    "end the file with a line break, without a trailing " + file.escapeCharacter());
        }
        Optional<RootAtRunTime.Need> need = RootAtRunTime.first(placement.chain(), placement.chainIndexes(), chosen.get())
                .or(() -> RootAtRunTime.imagePort(app, from));
        if (need.isPresent()) {
            return decline.at(need.get().instruction()).of("left alone: " + need.get().reason(), need.get().suggestion());
        }
        return new UserEdits(file, context, placement, chosen.get()).result();
    }

    /** The file index of the final stage's last USER, if the stage itself has one. */
    private static Optional<Integer> lastUser(StageImage app) {
        List<Instruction> instructions = app.stage().instructions();
        for (int i = instructions.size() - 1; i > 0; i--) {
            if (instructions.get(i) instanceof User) {
                return Optional.of(app.stage().fileIndex(i));
            }
        }
        return Optional.empty();
    }

    /** Whether a USER argument ({@code root}, {@code 0:0}) is root. */
    static boolean isRoot(String user) {
        String name = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
        return name.equals("root") || name.equals("0");
    }

    private static String dropWay(PrivilegeDrop drop) {
        return switch (drop) {
            case GOSU, SU_EXEC -> "its entrypoint script re-runs itself as the service's user with " + drop.label();
            case SERVER -> "the server's master process binds its ports as root and runs its workers as its own user";
            case NONE -> "it does not";
        };
    }

    /** The user to run as, or empty with a finding added to {@code decline}. */
    private static Optional<RunAs> choose(StageImage app, ImageFacts image, RecipeContext context, Decline decline) {
        String name = context.option(NAME);
        int uid = Integer.parseInt(context.option(UID));
        int gid = Integer.parseInt(context.option(GID));
        if (!name.matches("[a-z_][a-z0-9_-]{0,31}") || uid <= 0 || gid <= 0) {
            decline.warn("the options name=" + name + ", uid=" + uid + ", gid=" + gid + " do not name a non-root user",
                    "set name to a lower-case user name and uid and gid above 0");
            return Optional.empty();
        }
        if (app.createdUsers().contains(name) || app.createdUsers().size() == 1) {
            String created = app.createdUsers().contains(name) ? name : app.createdUsers().iterator().next();
            return Optional.of(new RunAs.Created(created));
        }
        if (app.createdUsers().size() > 1) {
            decline.info("left alone: the stage creates several users (" + String.join(", ", app.createdUsers().stream().sorted().toList())
                    + ") and runs as none of them, so which one the process should run as is not known",
                    "add USER with the right one, or set the option name to it");
            return Optional.empty();
        }
        if (image.shippedUser().isPresent()) {
            return Optional.of(new RunAs.Shipped(image.shippedUser().get(), image));
        }
        if (image.users() == UserCreation.NONE || image.shell().isEmpty()) {
            return Optional.of(new RunAs.Numeric(uid, gid));
        }
        return Optional.of(new RunAs.New(name, uid, gid, UserCommands.script(image, name, uid, gid).orElseThrow()));
    }

    /** Where the instructions go: the final stage's instructions, those of the stages it builds on, and the anchor. */
    record Placement(List<Instruction> chain, List<Integer> chainIndexes, StageImage app, int lastBuild, Optional<Integer> anchor) {
        /**
         * The final stage's own instructions that build (RUN, COPY, ADD, WORKDIR, USER) all stay before the new
         * USER, so the build runs as it did; it goes before the first CMD, ENTRYPOINT or HEALTHCHECK after them, or at
         * the end.
         */
        static Placement of(StageImage app, List<StageImage> images) {
            List<StageImage> chain = new ArrayList<>();
            for (StageImage at = app; ; at = images.get(((StageBase.Stage) at.base()).number())) {
                chain.add(0, at);
                if (!(at.base() instanceof StageBase.Stage)) {
                    break;
                }
            }
            List<Instruction> instructions = new ArrayList<>();
            List<Integer> indexes = new ArrayList<>();
            for (StageImage stage : chain) {
                for (int i = 1; i < stage.stage().instructions().size(); i++) {
                    instructions.add(stage.stage().instructions().get(i));
                    indexes.add(stage.stage().fileIndex(i));
                }
            }
            List<Instruction> own = app.stage().instructions();
            int lastBuild = 0;
            for (int i = 1; i < own.size(); i++) {
                String keyword = own.get(i).keywordText().toUpperCase(Locale.ROOT);
                if (List.of("RUN", "COPY", "ADD", "WORKDIR", "USER").contains(keyword)) {
                    lastBuild = i;
                }
            }
            Optional<Integer> anchor = Optional.empty();
            for (int i = lastBuild + 1; i < own.size() && anchor.isEmpty(); i++) {
                String keyword = own.get(i).keywordText().toUpperCase(Locale.ROOT);
                // a HEALTHCHECK too: it runs as the image's last USER wherever it stands, and a check that
                // add-healthcheck writes before CMD then lands after the USER whichever recipe runs first
                if (keyword.equals("CMD") || keyword.equals("ENTRYPOINT") || keyword.equals("HEALTHCHECK")) {
                    anchor = Optional.of(app.stage().fileIndex(i));
                }
            }
            return new Placement(instructions, indexes, app, app.stage().fileIndex(lastBuild), anchor);
        }

        /** Whether the USER goes at the end of a stage whose last line continues: what is added would join it. */
        boolean runsOnAtTheEnd(char escape) {
            if (anchor.isPresent()) {
                return false;
            }
            InstructionSyntax last = app.stage().instructions().get(app.stage().instructions().size() - 1).syntax();
            if (!last.heredocBodies().isEmpty()) {
                // a heredoc's terminator without a line break gets one (Edits.withLastLineEnding), as any last line does
                return false;
            }
            // the last line that carries the instruction (comment and blank lines inside it do not end it)
            PhysicalLine carrying = last.lines().get(0);
            for (PhysicalLine line : last.lines()) {
                carrying = line.kind() == PhysicalLine.Kind.FIRST || line.kind() == PhysicalLine.Kind.CONTINUATION ? line : carrying;
            }
            return carrying.content().stripTrailing().endsWith(String.valueOf(escape));
        }

        /** The file index whose shell the new RUN would run in: the anchor's, or the stage's last instruction's. */
        int shellAt() {
            return anchor.orElse(app.stage().end() - 1);
        }
    }

    /** The finding of a recipe that leaves the file alone: a warning under an explicit {@code USER root} (DL3002), else info. */
    private static final class Decline {
        private final Dockerfile file;
        private int index;
        private final boolean explicitRoot;
        private final List<Finding> findings = new ArrayList<>();

        Decline(Dockerfile file, int index, boolean explicitRoot) {
            this.file = file;
            this.index = index;
            this.explicitRoot = explicitRoot;
        }

        Decline at(int other) {
            index = other;
            return this;
        }

        /** A finding of a problem in the file: a warning when the stage sets USER root itself, info when it sets none. */
        RecipeResult of(String reason, String suggestion) {
            add(explicitRoot ? Severity.WARNING : Severity.INFO, reason, suggestion);
            return result();
        }

        RecipeResult info(String reason, String suggestion) {
            add(Severity.INFO, reason, suggestion);
            return result();
        }

        void warn(String reason, String suggestion) {
            add(Severity.WARNING, reason, suggestion);
        }

        private void add(Severity severity, String reason, String suggestion) {
            findings.add(new Finding(ID, file.located().get(index).startLine(), 1, severity, reason, suggestion));
        }

        RecipeResult result() {
            return new RecipeResult(file, List.of(), findings);
        }
    }
}
