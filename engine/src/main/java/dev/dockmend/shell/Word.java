package dev.dockmend.shell;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One shell word as written, e.g. {@code "$HOME"/bin} or {@code --no-install-recommends}.
 *
 * @param text  the word's source text, quotes and escapes included (inside backquotes, after the
 *              backquotes' own escapes {@code \$ \` \\} are removed, as the shell reads it; the span
 *              still covers the text as written)
 * @param parts what the word is made of, in order
 */
public record Word(String text, List<WordPart> parts, Span span) {
    public Word {
        Objects.requireNonNull(text, "text is null");
        parts = List.copyOf(parts);
        Objects.requireNonNull(span, "span is null");
    }

    /**
     * The word's value when it is fixed text (no expansion, glob, tilde or brace expansion), with quotes
     * and escapes removed: {@code 'a b'c} gives {@code a bc}, {@code $HOME} gives nothing.
     */
    public Optional<String> literal() {
        return concatenate(parts);
    }

    /** Whether the word is the fixed text {@code value}. */
    public boolean is(String value) {
        Optional<String> literal = literal();
        return literal.isPresent() && literal.get().equals(value);
    }

    /** Whether any part of the word is quoted or escaped (a heredoc delimiter so written turns expansion off). */
    public boolean hasQuoting() {
        for (WordPart part : parts) {
            if (part instanceof WordPart.SingleQuoted || part instanceof WordPart.DoubleQuoted
                    || part instanceof WordPart.AnsiCQuoted || part instanceof WordPart.Escaped) {
                return true;
            }
        }
        return false;
    }

    static Optional<String> concatenate(List<WordPart> parts) {
        if (parts.size() == 1) {
            return parts.get(0).literal();
        }
        StringBuilder value = new StringBuilder();
        for (WordPart part : parts) {
            Optional<String> literal = part.literal();
            if (literal.isEmpty()) {
                return Optional.empty();
            }
            value.append(literal.get());
        }
        return Optional.of(value.toString());
    }
}
