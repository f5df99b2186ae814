package dev.dockmend.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output that remembers its first failure instead of throwing it: a full disk, a closed pipe.
 * A command writes its report, its patch or a whole file here as it goes; when the write fails, the rest
 * is dropped and {@link Dockmend#run} ends the command with exit code 3 and the reason on standard error,
 * where {@link System#out} would swallow the error and the command would exit 0 having printed nothing.
 * Buffered: a batch writes one part per file.
 */
final class StandardOutput extends OutputStream {
    private static final int BUFFER = 64 * 1024;

    private final OutputStream out;
    private IOException failure;

    private StandardOutput(OutputStream out) {
        this.out = out;
    }

    /** {@code out}, buffered and watched; {@code out} itself when it already is. */
    static StandardOutput of(OutputStream out) {
        return out instanceof StandardOutput watched ? watched : new StandardOutput(new BufferedOutputStream(out, BUFFER));
    }

    /** The first write or flush that failed; null while none has. */
    IOException failure() {
        return failure;
    }

    @Override
    public void write(int b) {
        if (failure == null) {
            try {
                out.write(b);
            } catch (IOException e) {
                failure = e;
            }
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        if (failure == null) {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                failure = e;
            }
        }
    }

    @Override
    public void flush() {
        if (failure == null) {
            try {
                out.flush();
            } catch (IOException e) {
                failure = e;
            }
        }
    }
}
