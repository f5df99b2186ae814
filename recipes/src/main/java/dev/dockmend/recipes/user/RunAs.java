package dev.dockmend.recipes.user;

import java.util.Optional;

import dev.dockmend.recipes.images.ImageFacts;
import dev.dockmend.recipes.images.ShippedUser;

/**
 * The non-root user add-non-root-user switches a stage to, and how it comes to exist: a user the stage's RUNs
 * already created, the one its image ships, one the recipe creates in the family's way, or a bare uid:gid
 * where the image has no tool to create users.
 */
sealed interface RunAs {
    /** The {@code USER} argument. */
    String user();

    /** The {@code --chown} value for the application's files. */
    String owner();

    /** The RUN script that creates the user, if the recipe must create it. */
    default Optional<String> creation() {
        return Optional.empty();
    }

    /** What the change's reason says of the user: who it is and where it comes from. */
    String describe();

    /** A user a RUN of the stage (or a stage it builds on) created with useradd or adduser, and never switched to. */
    record Created(String user) implements RunAs {
        @Override
        public String owner() {
            // Its group is not known: a name alone gives the files the user's uid as their gid, as COPY documents.
            return user;
        }

        @Override
        public String describe() {
            return "`" + user + "`, the user a RUN of the stage already creates";
        }
    }

    /** The non-root user the image ships ({@code node}, {@code nonroot}, {@code app}). */
    record Shipped(ShippedUser shipped, ImageFacts image) implements RunAs {
        @Override
        public String user() {
            return shipped.name();
        }

        @Override
        public String owner() {
            return shipped.numeric();
        }

        @Override
        public String describe() {
            String source = image.sources().get(0);
            return "`" + shipped.name() + "` (uid " + shipped.uid() + "), the user the image " + image.image() + " ships (see "
                    + source.split(" ", 2)[0] + ")";
        }
    }

    /** A user the recipe creates with the family's tools, then switches to. */
    record New(String user, int uid, int gid, String script) implements RunAs {
        @Override
        public String owner() {
            return user + ":" + user;
        }

        @Override
        public Optional<String> creation() {
            return Optional.of(script);
        }

        @Override
        public String describe() {
            return "`" + user + "` (uid " + uid + ", gid " + gid + "), a system user the new RUN creates";
        }
    }

    /**
     * A uid and gid with no entry in {@code /etc/passwd}: what works where the image cannot create users
     * (distroless, scratch, ubi-minimal); Kubernetes' runAsNonRoot can verify a numeric USER.
     */
    record Numeric(int uid, int gid) implements RunAs {
        @Override
        public String user() {
            return uid + ":" + gid;
        }

        @Override
        public String owner() {
            return user();
        }

        @Override
        public String describe() {
            return "uid " + uid + " and gid " + gid + ", numeric, since the image has no tool to create users (it needs no "
                    + "/etc/passwd entry; HOME is / and the process has no user name)";
        }
    }
}
