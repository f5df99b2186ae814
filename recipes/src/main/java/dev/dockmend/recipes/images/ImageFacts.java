package dev.dockmend.recipes.images;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code knowledge/image-families.txt} says of one base image: its family's facts with those of the
 * entries that cover the image laid over them. An {@link Optional#empty()} fact is one the data does not
 * know (an official image's alpine variant is known to be Alpine, its ENTRYPOINT not), which a recipe must
 * treat as unknown, never as absent.
 *
 * @param image           the image, as the data is keyed
 * @param family          its family
 * @param shell           the shell's path; empty when the image has none
 * @param tools           the probe tools it has
 * @param shippedUser     the non-root user it ships, if any
 * @param runsAs          the USER the image sets; empty when it runs as root
 * @param entrypoint      its ENTRYPOINT ({@link Entrypoint#NONE} when it has none); empty when not known
 * @param dropsPrivileges whether its entrypoint leaves root itself; empty when not known
 * @param toolchain       the ecosystem it is a build toolchain for ({@code go}, {@code java}); empty when it is none
 * @param exposes         the TCP ports the image's own EXPOSE declares (nginx: 80), which every image built on it
 *                        declares too; empty when it declares none or they are not known
 * @param sources         where the facts are read, family's last
 */
public record ImageFacts(ImageName image, ImageFamily family, Optional<String> shell, Set<Tool> tools,
                         Optional<ShippedUser> shippedUser, Optional<String> runsAs, Optional<Entrypoint> entrypoint,
                         Optional<PrivilegeDrop> dropsPrivileges, Optional<String> toolchain, List<Integer> exposes,
                         List<String> sources) {
    public ImageFacts {
        Objects.requireNonNull(image, "image is null");
        Objects.requireNonNull(family, "family is null");
        Objects.requireNonNull(shell, "shell is null");
        tools = Set.copyOf(tools);
        Objects.requireNonNull(shippedUser, "shippedUser is null");
        Objects.requireNonNull(runsAs, "runsAs is null");
        Objects.requireNonNull(entrypoint, "entrypoint is null");
        Objects.requireNonNull(dropsPrivileges, "dropsPrivileges is null");
        Objects.requireNonNull(toolchain, "toolchain is null");
        exposes = List.copyOf(exposes);
        sources = List.copyOf(sources);
    }

    /** How users are created in the image. */
    public UserCreation users() {
        return family.users();
    }

    public boolean windows() {
        return family.windows();
    }

    public boolean has(Tool tool) {
        return tools.contains(tool);
    }
}
