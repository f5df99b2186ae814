package dev.dockmend.cli.migrate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.dockmend.recipes.Knowledge;

/**
 * Per recipe, the expected effect of its changes and what a reviewer must check in its review changes, read
 * from the knowledge table {@code pull-request-notes.txt}.
 */
public final class PullRequestNotes {
    private static final String TABLE = "pull-request-notes.txt";

    private final Map<String, String> effects = new HashMap<>();
    private final Map<String, String> checks = new HashMap<>();

    private PullRequestNotes(List<String> lines) {
        for (Knowledge.KeyLine line : Knowledge.keyLines(lines)) {
            if (line.values().size() < 2) {
                throw new IllegalStateException(TABLE + ":" + line.number() + ": expected RECIPE-ID effect|check TEXT");
            }
            String text = String.join(" ", line.values().subList(1, line.values().size()));
            Map<String, String> kind = switch (line.values().get(0)) {
                case "effect" -> effects;
                case "check" -> checks;
                default -> throw new IllegalStateException(TABLE + ":" + line.number() + ": expected effect or check, got " + line.values().get(0));
            };
            if (kind.put(line.key(), text) != null) {
                throw new IllegalStateException(TABLE + ":" + line.number() + ": " + line.key() + " " + line.values().get(0) + " given twice");
            }
        }
    }

    public static PullRequestNotes load() {
        return Loaded.NOTES;
    }

    private static final class Loaded {
        static final PullRequestNotes NOTES = new PullRequestNotes(Knowledge.lines(TABLE));
    }

    public Optional<String> effect(String recipe) {
        return Optional.ofNullable(effects.get(recipe));
    }

    public Optional<String> check(String recipe) {
        return Optional.ofNullable(checks.get(recipe));
    }
}
