package dev.dockmend.shell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What all the cursors of one parse share: the script, the comments seen, the heredoc bodies read and
 * how deeply the parser has nested. Offsets here are offsets in the script.
 */
final class ParseContext {
    /** Deeper nesting than this is surely not a real Dockerfile, and would risk the parser's stack. */
    static final int MAX_DEPTH = 100;

    final String script;
    private final List<Span> comments = new ArrayList<>();
    /**
     * Heredoc bodies by the offset of their {@code <<}. A body is read at the newline after its command,
     * when that command's node is already built, so the first pass collects the bodies and a second
     * pass (only for scripts with heredocs) builds the nodes with them.
     */
    private final Map<Integer, HereDocument> hereDocuments = new HashMap<>();
    /**
     * Offsets of {@code $((} and {@code ((} that turned out not to be arithmetic. Such a guess is undone
     * and read again as a substitution or subshell; remembering the answer keeps nested failed guesses
     * ({@code $(($((...}) from being retried once per enclosing guess, which would take exponential time.
     */
    private final Set<Integer> notArithmetic = new HashSet<>();
    private int depth;

    ParseContext(String script) {
        this.script = script;
    }

    void comment(Span span) {
        comments.add(span);
    }

    /** The comments in script order, each once (a parser may skip the same comment twice when it looks ahead). */
    List<Span> comments() {
        List<Span> sorted = new ArrayList<>(comments);
        sorted.sort((a, b) -> Integer.compare(a.start(), b.start())); // not comparingInt: see RecipeCatalog
        List<Span> unique = new ArrayList<>();
        for (Span span : sorted) {
            if (unique.isEmpty() || unique.get(unique.size() - 1).start() != span.start()) {
                unique.add(span);
            }
        }
        return unique;
    }

    int commentCount() {
        return comments.size();
    }

    void truncateComments(int size) {
        comments.subList(size, comments.size()).clear();
    }

    void hereDocument(int operatorOffset, HereDocument body) {
        hereDocuments.put(operatorOffset, body);
    }

    Optional<HereDocument> hereDocument(int operatorOffset) {
        return Optional.ofNullable(hereDocuments.get(operatorOffset));
    }

    boolean isNotArithmetic(int offset) {
        return notArithmetic.contains(offset);
    }

    void notArithmetic(int offset) {
        notArithmetic.add(offset);
    }

    boolean hasHereDocuments() {
        return !hereDocuments.isEmpty();
    }

    /** Starts a second pass: comments are seen again, heredoc bodies are kept. */
    void restart() {
        comments.clear();
        depth = 0;
    }

    int depth() {
        return depth;
    }

    void depth(int value) {
        depth = value;
    }
}
