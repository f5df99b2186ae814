package dev.dockmend.recipes.images;

import java.util.Optional;

/**
 * How an image's users are created, which decides the commands add-non-root-user writes: BusyBox's applets
 * ({@code addgroup -S app && adduser -S -G app app}), the shadow tools ({@code groupadd --system} and
 * {@code useradd --system}), or none at all (distroless, scratch, ubi-minimal), where only a numeric
 * {@code USER 65532:65532} works, since it needs no {@code /etc/passwd} entry.
 */
public enum UserCreation {
    BUSYBOX,
    SHADOW,
    NONE;

    public String label() {
        return Labels.of(this);
    }

    public static Optional<UserCreation> ofLabel(String label) {
        return Labels.find(values(), label);
    }
}
