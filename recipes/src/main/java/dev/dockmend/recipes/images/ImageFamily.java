package dev.dockmend.recipes.images;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code family} of {@code knowledge/image-families.txt}: what every image of a distribution or image line
 * has at run time.
 *
 * @param name         the family's name ({@code alpine}, {@code distroless-static})
 * @param distribution the distribution ({@code alpine}, {@code debian}, {@code distroless}, {@code windows})
 * @param users        how users are created
 * @param shell        the POSIX shell's path; empty when the image has none (exec form only)
 * @param tools        probe tools every image of the family has
 * @param user         a non-root user every image of the family ships
 * @param windows      a Windows image
 * @param sources      where the facts are read
 */
public record ImageFamily(String name, String distribution, UserCreation users, Optional<String> shell, Set<Tool> tools,
                          Optional<ShippedUser> user, boolean windows, List<String> sources) {
    public ImageFamily {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(distribution, "distribution is null");
        Objects.requireNonNull(users, "users is null");
        Objects.requireNonNull(shell, "shell is null");
        tools = Set.copyOf(tools);
        Objects.requireNonNull(user, "user is null");
        sources = List.copyOf(sources);
    }
}
