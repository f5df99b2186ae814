package dev.dockmend.cli.report;

import java.util.Map;

/**
 * ANSI colours, or none. {@code auto} colours only an interactive terminal, and never when {@code
 * NO_COLOR} is set to anything non-empty (no-color.org) or {@code TERM} is {@code dumb}; output piped
 * to a file, a pager or an editor stays plain.
 */
public final class Colors {
    public enum When { AUTO, ALWAYS, NEVER }

    public static final Colors NONE = new Colors(false);

    private final boolean on;

    private Colors(boolean on) {
        this.on = on;
    }

    public static Colors of(When when, Map<String, String> environment, boolean terminal) {
        return switch (when) {
            case ALWAYS -> new Colors(true);
            case NEVER -> NONE;
            case AUTO -> {
                String noColor = environment.get("NO_COLOR");
                boolean wanted = terminal && (noColor == null || noColor.isEmpty()) && !"dumb".equals(environment.get("TERM"));
                yield wanted ? new Colors(true) : NONE;
            }
        };
    }

    public boolean on() {
        return on;
    }

    public String bold(String text) {
        return paint("1", text);
    }

    public String red(String text) {
        return paint("31", text);
    }

    public String green(String text) {
        return paint("32", text);
    }

    public String yellow(String text) {
        return paint("33", text);
    }

    public String cyan(String text) {
        return paint("36", text);
    }

    private String paint(String code, String text) {
        return on && !text.isEmpty() ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
