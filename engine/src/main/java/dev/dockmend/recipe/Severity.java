package dev.dockmend.recipe;

import java.util.Locale;
import java.util.Optional;

/**
 * What a finding asks of the person who reads it. A recipe decides each finding's severity by what the
 * finding means, not by how sure it is: {@code check} fails on warnings by default and passes info, so
 * a CI gate stops on problems a person can fix and not on dockmend's own limits.
 */
public enum Severity {
    /**
     * The recipe explains why it left something alone, and nothing needs doing: the file builds what its
     * author meant (RUNs kept apart on purpose, a Windows file, a heredoc dockmend does not edit).
     */
    INFO,
    /** A problem in the file that a person should fix by hand: the finding says what to do. */
    WARNING;

    /** {@code info} or {@code warning}, as reports print it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The severity whose {@link #label} is {@code label}, if any. */
    public static Optional<Severity> ofLabel(String label) {
        for (Severity severity : values()) {
            if (severity.label().equals(label)) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
