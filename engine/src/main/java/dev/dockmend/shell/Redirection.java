package dev.dockmend.shell;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A redirection such as {@code > /dev/null}, {@code 2>&1}, {@code &> log} or {@code <<EOF}.
 *
 * @param fd           the file descriptor number written before the operator, e.g. 2 in {@code 2>&1}
 * @param operator     the operator
 * @param target       the file name, descriptor ({@code 1}, {@code -}), here-string or heredoc delimiter
 * @param hereDocument the body of a {@code <<} or {@code <<-} heredoc
 */
public record Redirection(OptionalInt fd, Operator operator, Word target, Optional<HereDocument> hereDocument, Span span) {
    public Redirection {
        Objects.requireNonNull(fd, "fd is null");
        Objects.requireNonNull(operator, "operator is null");
        Objects.requireNonNull(target, "target is null");
        Objects.requireNonNull(hereDocument, "hereDocument is null");
    }

    /** The redirection operators, longest first so a reader can match them in this order. */
    public enum Operator {
        HERE_STRING("<<<"),
        HEREDOC_STRIP_TABS("<<-"),
        HEREDOC("<<"),
        READ_WRITE("<>"),
        DUPLICATE_INPUT("<&"),
        INPUT("<"),
        APPEND(">>"),
        CLOBBER(">|"),
        DUPLICATE_OUTPUT(">&"),
        OUTPUT(">"),
        /** {@code &>>}: bash appends both output and errors; dash reads {@code &} then {@code >>}. */
        APPEND_OUTPUT_AND_ERROR("&>>"),
        /** {@code &>}: bash sends both output and errors; dash reads {@code &} then {@code >}. */
        OUTPUT_AND_ERROR("&>");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public boolean isHeredoc() {
            return this == HEREDOC || this == HEREDOC_STRIP_TABS;
        }
    }
}
