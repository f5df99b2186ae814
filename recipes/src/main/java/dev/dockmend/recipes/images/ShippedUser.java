package dev.dockmend.recipes.images;

import java.util.Objects;

/**
 * A non-root user an image already has in its {@code /etc/passwd} ({@code node} 1000 in node images,
 * {@code nonroot} 65532 in distroless and Chainguard): a recipe may switch to it without creating one.
 */
public record ShippedUser(String name, int uid, int gid) {
    public ShippedUser {
        Objects.requireNonNull(name, "name is null");
        if (uid <= 0 || gid < 0) {
            throw new IllegalArgumentException("a shipped user is not root: uid " + uid + ", gid " + gid);
        }
    }

    /** {@code 65532:65532}: the numeric form, for a USER that must not depend on the name. */
    public String numeric() {
        return uid + ":" + gid;
    }
}
