package dev.dockmend.cli.run;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * What an I/O error says, for a message a user can act on: "permission denied", "Read-only file system",
 * "No space left on device". Java's own text is the class name and the path, or the path alone.
 */
public final class IoErrors {
    private IoErrors() {
    }

    /** Why the operation failed, without the path. */
    public static String reason(IOException e) {
        if (e instanceof FileSystemException failed && failed.getReason() != null) {
            return failed.getReason();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        // A FileSystemException's message is its path, which describe adds; others carry the system's reason.
        return e.getMessage() != null && !(e instanceof FileSystemException) ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** The failed path (when the error names one) and why: {@code /x/Dockerfile: permission denied}. */
    public static String describe(IOException e) {
        String file = e instanceof FileSystemException failed ? failed.getFile() : null;
        return file != null ? file + ": " + reason(e) : reason(e);
    }
}
