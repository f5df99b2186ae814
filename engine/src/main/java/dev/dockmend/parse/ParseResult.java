package dev.dockmend.parse;

import java.util.List;
import java.util.Optional;

import dev.dockmend.tree.Dockerfile;

/**
 * What parsing gave: the tree whenever the text has a structure at all (even a file BuildKit rejects
 * for its arguments, so tools can still show and print it), and the diagnostics. A file is accepted
 * when no diagnostic is an error.
 */
public record ParseResult(Optional<Dockerfile> tree, List<Diagnostic> diagnostics) {
    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean ok() {
        return tree.isPresent() && firstError().isEmpty();
    }

    public Optional<Diagnostic> firstError() {
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.isError()) {
                return Optional.of(diagnostic);
            }
        }
        return Optional.empty();
    }

    /** The tree of an accepted file. */
    public Dockerfile orThrow(String path) {
        Optional<Diagnostic> error = firstError();
        if (error.isPresent()) {
            throw new DockerfileParseException(path, error.get());
        }
        return tree.orElseThrow();
    }
}
