package dev.dockmend.recipe;

import java.util.Locale;

/** How much a change can be trusted without a person looking at it. */
public enum Safety {
    /** The image built is the same, or only smaller. */
    SAFE,
    /** A person should look: the image or how it runs may differ (a new base image, a new user, metadata). */
    REVIEW;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
