package dev.dockmend.recipes.images;

import java.util.Optional;

/**
 * Whether an image's entrypoint starts as root and leaves root itself: then a {@code USER} line breaks it
 * ({@code gosu} and {@code su-exec} cannot switch from a non-root user; nginx, httpd and php-fpm masters need
 * root to bind their ports and switch their workers).
 */
public enum PrivilegeDrop {
    /** The image runs its command as the user it is started as. */
    NONE,
    /** The entrypoint script re-runs itself through {@code gosu} (Debian and Ubuntu variants). */
    GOSU,
    /** The entrypoint script re-runs itself through {@code su-exec} (Alpine variants). */
    SU_EXEC,
    /** The server's master process stays root and switches its workers to its own user. */
    SERVER;

    public String label() {
        return Labels.of(this);
    }

    /** Whether the image leaves root by itself, so that adding {@code USER} would break it. */
    public boolean drops() {
        return this != NONE;
    }

    public static Optional<PrivilegeDrop> ofLabel(String label) {
        return Labels.find(values(), label);
    }
}
