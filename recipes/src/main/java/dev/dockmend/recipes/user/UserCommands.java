package dev.dockmend.recipes.user;

import java.util.Optional;
import java.util.Set;

import dev.dockmend.recipes.images.ImageFacts;
import dev.dockmend.recipes.images.UserCreation;

/**
 * The commands that create a system user and its group in an image's own way: BusyBox's applets on Alpine,
 * BusyBox and Wolfi; the shadow tools elsewhere, with the long options Debian's documentation uses and the
 * short {@code -r} of Red Hat's. Explicit ids, so the uid is the same in every build (file ownership on
 * volumes, Kubernetes' runAsUser); {@code --no-log-init} keeps useradd from writing a sparse lastlog file
 * as large as the uid (the Dockerfile best practices' advice).
 */
final class UserCommands {
    /** Distributions whose documentation spells the shadow tools' options long. */
    private static final Set<String> LONG_OPTIONS = Set.of("debian", "ubuntu");

    private UserCommands() {
    }

    /** The script that creates {@code name} with {@code uid} and group {@code name} with {@code gid}; empty when the image has no tool. */
    static Optional<String> script(ImageFacts image, String name, int uid, int gid) {
        if (image.users() == UserCreation.BUSYBOX) {
            return Optional.of("addgroup -S -g " + gid + " " + name + " && adduser -S -D -u " + uid + " -G " + name + " " + name);
        }
        if (image.users() == UserCreation.SHADOW && LONG_OPTIONS.contains(image.family().distribution())) {
            return Optional.of("groupadd --system --gid " + gid + " " + name + " && useradd --system --no-log-init --uid " + uid
                    + " --gid " + name + " " + name);
        }
        if (image.users() == UserCreation.SHADOW) {
            return Optional.of("groupadd -r -g " + gid + " " + name + " && useradd -r --no-log-init -u " + uid + " -g " + name + " " + name);
        }
        return Optional.empty();
    }
}
