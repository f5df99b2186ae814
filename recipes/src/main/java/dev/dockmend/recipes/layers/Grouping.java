package dev.dockmend.recipes.layers;

/**
 * How one RUN's script is written inside a merged RUN: as it is, in a brace group (run by the same
 * shell, so only its operators are fenced in) or in a subshell (so nothing it changes in the shell
 * reaches the parts after it).
 */
enum Grouping {
    BARE("", ""),
    BRACES("{ ", "; }"),
    SUBSHELL("( ", " )");

    private final String open;
    private final String close;

    Grouping(String open, String close) {
        this.open = open;
        this.close = close;
    }

    /** What goes before the script; a space follows, so {@code ( (a) )} is never read as {@code ((}. */
    String open() {
        return open;
    }

    /**
     * What goes after the script: {@code ; }} needs no {@code ;} of its own after a script that already
     * ends with {@code ;} or {@code &} ({@code { a; ; }} is a syntax error).
     */
    String close(boolean endsWithSeparator) {
        return this == BRACES && endsWithSeparator ? " }" : close;
    }
}
