package dev.dockmend.recipes.images;

import java.util.Optional;

/**
 * A program a HEALTHCHECK can probe with, as {@code knowledge/image-families.txt} names it. BusyBox's
 * {@code wget} is a tool of its own: it takes fewer options than GNU wget, so a probe must know which it has.
 */
public enum Tool {
    CURL,
    WGET,
    BUSYBOX_WGET,
    NODE,
    PYTHON,
    PHP,
    RUBY,
    JAVA,
    /** PostgreSQL's {@code pg_isready}: a service's own check, for a port that does not speak HTTP. */
    PG_ISREADY,
    /** Redis's {@code redis-cli}: {@code redis-cli ping} answers on any reply of the server. */
    REDIS_CLI;

    /** The name in the data file: {@code curl}, {@code busybox-wget}. */
    public String label() {
        return Labels.of(this);
    }

    public static Optional<Tool> ofLabel(String label) {
        return Labels.find(values(), label);
    }
}
