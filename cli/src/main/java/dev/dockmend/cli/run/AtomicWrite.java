package dev.dockmend.cli.run;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;

/**
 * Replaces a file's bytes so that a reader sees the old file or the new one, never half of it: the
 * bytes go to a temporary file in the same folder (same file system), which takes the old file's
 * permissions (and owner and group where allowed), then moves over it atomically. A symbolic link
 * stays a link: its target is rewritten.
 */
public final class AtomicWrite {
    private AtomicWrite() {
    }

    public static void replace(Path file, byte[] bytes) throws IOException {
        Path target = file.toRealPath();
        Path dir = target.getParent();
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".dockmend");
        try {
            Files.write(temp, bytes);
            copyAttributes(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void copyAttributes(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            // Not POSIX (Windows): the temporary file has the folder's default attributes, as a new file would.
            return;
        }
        PosixFileAttributes old = Files.readAttributes(from, PosixFileAttributes.class);
        view.setPermissions(old.permissions());
        try {
            view.setGroup(old.group());
            view.setOwner(old.owner());
        } catch (IOException notAllowed) {
            // Only root may give a file away; the file then belongs to whoever rewrote it, like any editor's save.
        }
    }
}
