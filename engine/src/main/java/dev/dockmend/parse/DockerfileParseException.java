package dev.dockmend.parse;

/** A Dockerfile that cannot be accepted; the message names path, line, column and what was expected. */
public final class DockerfileParseException extends RuntimeException {
    private final transient Diagnostic diagnostic;

    public DockerfileParseException(String path, Diagnostic diagnostic) {
        super(diagnostic.format(path));
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }
}
