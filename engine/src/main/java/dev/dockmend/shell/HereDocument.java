package dev.dockmend.shell;

import java.util.List;
import java.util.Objects;

/**
 * The body of a shell heredoc ({@code cat <<EOF > f}, the lines, then {@code EOF}): the lines between
 * the command's line and the delimiter line.
 *
 * @param delimiter the word that ends the body, quotes removed
 * @param quoted    whether the delimiter was quoted ({@code <<'EOF'}), which turns expansion off in the body
 * @param stripTabs {@code <<-}: leading tabs are removed from the body lines and the delimiter line
 * @param parts     the body as fixed text and expansions (a single literal when {@code quoted})
 * @param body      the body lines, each with its newline; the delimiter line is not included
 */
public record HereDocument(String delimiter, boolean quoted, boolean stripTabs, List<WordPart> parts, Span body) {
    public HereDocument {
        Objects.requireNonNull(delimiter, "delimiter is null");
        parts = List.copyOf(parts);
        Objects.requireNonNull(body, "body is null");
    }
}
