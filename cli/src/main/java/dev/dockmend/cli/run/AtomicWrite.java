package dev.dockmend.cli.run;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Replaces a file's bytes so that a reader sees the old file or the new one, never half of it: the
 * bytes go to a temporary file in the same folder (same file system), which takes the old file's
 * owner, group and permissions, then moves over it atomically. A symbolic link stays a link: its target
 * is rewritten.
 *
 * <p>The move only needs the folder to be writable, so the file's own permission is checked first: a
 * file the user may not write is refused, as an editor would refuse to save it. For root, whom the system
 * lets write anything, a file whose owner may not write it (no {@code u+w}, say {@code chmod a-w}) counts as
 * read-only too: someone marked it so, and root is taken to act as the owner. A file whose owner or group
 * cannot be given to the new file (only root may give a file away, and only to a group one is in) is
 * refused too, since after the move it would belong to whoever rewrote it. Refused, or failed at any step
 * before the move, the file is unchanged.
 */
public final class AtomicWrite {
    private AtomicWrite() {
    }

    public static void replace(Path file, byte[] bytes) throws IOException {
        Path target = file.toRealPath();
        PosixFileAttributes old = posixAttributes(target);
        requireWritable(target, old);
        Path temp = temporaryFileBeside(target);
        try {
            Files.write(temp, bytes);
            if (old != null) {
                keepAttributes(target, old, temp);
            }
            moveOver(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Moves {@code temp} over {@code target}: atomically where the file system can, else as one move. */
    public static void moveOver(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A new empty file in the target's folder, or an error that says the folder is the problem. */
    private static Path temporaryFileBeside(Path target) throws IOException {
        Path dir = target.getParent();
        try {
            return Files.createTempFile(dir, "." + target.getFileName() + ".", ".dockmend");
        } catch (IOException e) {
            throw new FileSystemException(target.toString(), null, "cannot create a file in its folder " + dir + " ("
                    + IoErrors.reason(e) + "): the file is replaced by a new one written beside it");
        }
    }

    /** The file's POSIX attributes; null where there are none (Windows). */
    private static PosixFileAttributes posixAttributes(Path target) throws IOException {
        if (Files.getFileAttributeView(target, PosixFileAttributeView.class) == null) {
            return null;
        }
        return Files.readAttributes(target, PosixFileAttributes.class);
    }

    private static void requireWritable(Path target, PosixFileAttributes attributes) throws IOException {
        if (!Files.isWritable(target)) {
            throw new AccessDeniedException(target.toString(), null,
                    "read-only for you: you may not write it (" + mode(attributes) + ")");
        }
        if (attributes != null && EffectiveUser.isRoot() && !attributes.permissions().contains(PosixFilePermission.OWNER_WRITE)) {
            throw new AccessDeniedException(target.toString(), null, "read-only (" + mode(attributes)
                    + "): its owner may not write it, which dockmend keeps to even as root; make it writable first (chmod u+w)");
        }
    }

    /** Mode, owner and group, as {@code ls -l} shows them. */
    private static String mode(PosixFileAttributes attributes) {
        return attributes == null ? "no POSIX permissions" : "mode " + PosixFilePermissions.toString(attributes.permissions())
                + ", owner " + attributes.owner().getName() + ":" + attributes.group().getName();
    }

    /**
     * Gives the temporary file the old file's owner and group, then its permissions (after: a change of
     * owner may clear permission bits). Owner and group are set only when they differ, so an ordinary user
     * rewriting a file of their own needs no privilege.
     */
    private static void keepAttributes(Path target, PosixFileAttributes old, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        PosixFileAttributes fresh = view.readAttributes();
        try {
            if (!fresh.group().equals(old.group())) {
                view.setGroup(old.group());
            }
            if (!fresh.owner().equals(old.owner())) {
                view.setOwner(old.owner());
            }
        } catch (IOException notAllowed) {
            throw new AccessDeniedException(target.toString(), null, "cannot keep its owner " + old.owner().getName() + " and group "
                    + old.group().getName() + " (a rewritten file would belong to " + fresh.owner().getName() + ":" + fresh.group().getName()
                    + "); rewrite it as its owner");
        }
        view.setPermissions(old.permissions());
    }
}
