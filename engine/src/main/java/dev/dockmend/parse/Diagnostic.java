package dev.dockmend.parse;

import java.util.Objects;

/**
 * A problem found in a Dockerfile, at a 1-based line and column (columns count code points).
 *
 * @param severity whether the build would fail ({@code ERROR}) or merely deserves attention
 * @param stage    which of BuildKit's two steps reports it: the parser, or the instruction checks every
 *                 build runs after it
 * @param message  what is wrong, in BuildKit's words where BuildKit has them
 * @param expected what would have been right, for the reader
 */
public record Diagnostic(Severity severity, Stage stage, int line, int column, String message, String expected) {
    public enum Severity { ERROR, WARNING }

    public enum Stage {
        /** BuildKit's parser rejects the file (or, for a warning, notes something while reading it). */
        PARSER,
        /** BuildKit's parser accepts the file but the build stops at its instruction checks. */
        INSTRUCTIONS
    }

    public Diagnostic {
        Objects.requireNonNull(severity, "severity is null");
        Objects.requireNonNull(stage, "stage is null");
        Objects.requireNonNull(message, "message is null");
        Objects.requireNonNull(expected, "expected is null");
    }

    public static Diagnostic parserError(int line, int column, String message, String expected) {
        return new Diagnostic(Severity.ERROR, Stage.PARSER, line, column, message, expected);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line:column: error: message (expected: ...)}, the form compilers and editors read. */
    public String format(String path) {
        StringBuilder out = new StringBuilder();
        out.append(path).append(':').append(line).append(':').append(column).append(": ")
                .append(severity == Severity.ERROR ? "error" : "warning").append(": ").append(message);
        if (!expected.isEmpty()) {
            out.append(" (expected ").append(expected).append(')');
        }
        return out.toString();
    }
}
