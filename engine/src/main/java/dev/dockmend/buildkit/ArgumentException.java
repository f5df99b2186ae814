package dev.dockmend.buildkit;

/** An argument BuildKit's parser rejects; the message is BuildKit's own wording. */
public final class ArgumentException extends Exception {
    public ArgumentException(String message) {
        super(message, null, false, false);
    }
}
