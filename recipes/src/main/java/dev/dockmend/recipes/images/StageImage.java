package dev.dockmend.recipes.images;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.dockmend.tree.view.Stage;

/**
 * What one stage's image offers at its end: the facts of the real image its FROM chain starts from, with what
 * the stage and the stages it builds on changed (packages installed or removed by RUNs, users created, USER,
 * ENTRYPOINT). Recipes that add a USER or a HEALTHCHECK, or move instructions into a runtime stage, read it.
 *
 * @param stage          the stage
 * @param base           what its FROM names
 * @param image          the facts of the image at the root of its chain; empty when not known
 * @param unknownWhy     why {@code image} is empty, a clause for a finding; empty when it is known
 * @param installedTools probe tools RUNs of the chain installed (and did not remove again)
 * @param removedTools   probe tools RUNs of the chain removed (and did not install again)
 * @param createdUsers   users RUNs of the chain created ({@code useradd app}, {@code adduser -S app})
 * @param user           the last USER of the chain as written ({@code app}, {@code 1000:1000}); empty when the
 *                       chain sets none (see {@link #runsAs()})
 * @param ownEntrypoint  the last ENTRYPOINT of the chain; empty when it sets none (see {@link #entrypoint()})
 */
public record StageImage(Stage stage, StageBase base, Optional<ImageFacts> image, Optional<String> unknownWhy,
                         Set<Tool> installedTools, Set<Tool> removedTools, Set<String> createdUsers,
                         Optional<String> user, Optional<Entrypoint> ownEntrypoint) {
    public StageImage {
        Objects.requireNonNull(stage, "stage is null");
        Objects.requireNonNull(base, "base is null");
        Objects.requireNonNull(image, "image is null");
        Objects.requireNonNull(unknownWhy, "unknownWhy is null");
        installedTools = Set.copyOf(installedTools);
        removedTools = Set.copyOf(removedTools);
        createdUsers = Set.copyOf(createdUsers);
        Objects.requireNonNull(user, "user is null");
        Objects.requireNonNull(ownEntrypoint, "ownEntrypoint is null");
        if (image.isPresent() == unknownWhy.isPresent()) {
            throw new IllegalArgumentException("a stage's image is known or has a reason why not, not both");
        }
    }

    /** Whether the image at the root of the chain is known to the data. */
    public boolean known() {
        return image.isPresent();
    }

    /** The probe tools the stage has: its image's, less those its RUNs removed, plus those they installed. */
    public Set<Tool> tools() {
        Set<Tool> tools = EnumSet.noneOf(Tool.class);
        image.ifPresent(facts -> tools.addAll(facts.tools()));
        tools.removeAll(removedTools);
        tools.addAll(installedTools);
        return Set.copyOf(tools);
    }

    public boolean has(Tool tool) {
        return tools().contains(tool);
    }

    /**
     * Who the stage runs as: its chain's last USER, else the USER its image sets ({@code nonroot} in
     * Chainguard images); empty for root, or when the image is not known (see {@link #known()}).
     */
    public Optional<String> runsAs() {
        return user.isPresent() ? user : image.flatMap(ImageFacts::runsAs);
    }

    /** The ENTRYPOINT in effect: the chain's own, else the image's; empty when neither is known. */
    public Optional<Entrypoint> entrypoint() {
        return ownEntrypoint.isPresent() ? ownEntrypoint : image.flatMap(ImageFacts::entrypoint);
    }

    /**
     * Whether the stage's container leaves root by itself: a server that switches its workers does so
     * whatever the ENTRYPOINT; a gosu or su-exec entrypoint script only while the image's own ENTRYPOINT is in
     * effect, so with one of the chain's own the answer is unknown (its script may still call the image's).
     */
    public Optional<PrivilegeDrop> dropsPrivileges() {
        Optional<PrivilegeDrop> drop = image.flatMap(ImageFacts::dropsPrivileges);
        if (ownEntrypoint.isPresent() && drop.isPresent() && (drop.get() == PrivilegeDrop.GOSU || drop.get() == PrivilegeDrop.SU_EXEC)) {
            return Optional.empty();
        }
        return drop;
    }

    /** Whether {@code name} is a user of the stage: created by a RUN of the chain, or shipped by the image. */
    public boolean hasUser(String name) {
        return createdUsers.contains(name) || image.flatMap(ImageFacts::shippedUser).map(u -> u.name().equals(name)).orElse(false);
    }
}
