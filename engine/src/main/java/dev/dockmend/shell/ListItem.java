package dev.dockmend.shell;

import java.util.Objects;

/**
 * One entry of a {@link CommandList}: {@code apt-get update && apt-get install -y curl;} is the and-or
 * list and the {@code ;} that ends it.
 *
 * @param separatorSpan where the separator is (empty, at the list's end, for {@link Separator#NONE})
 */
public record ListItem(AndOrList andOr, Separator separator, Span separatorSpan) {
    public ListItem {
        Objects.requireNonNull(andOr, "andOr is null");
        Objects.requireNonNull(separator, "separator is null");
        Objects.requireNonNull(separatorSpan, "separatorSpan is null");
    }

    /** Where the and-or list is, without its separator. */
    public Span span() {
        return andOr.span();
    }

    /** How an item ends. */
    public enum Separator {
        /** {@code ;}: run, wait, go on. */
        SEMICOLON(";"),
        /** {@code &}: run in the background, in a subshell, and go on at once. */
        AMPERSAND("&"),
        /** A newline, which acts like {@code ;}. */
        NEWLINE("\n"),
        /** Nothing: the last item of a list. */
        NONE("");

        private final String symbol;

        Separator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }
}
