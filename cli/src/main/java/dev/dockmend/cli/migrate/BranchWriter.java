package dev.dockmend.cli.migrate;

import java.io.IOException;
import java.util.Map;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * {@code --branch NAME}: one commit on top of HEAD holding the rewritten Dockerfiles, made in memory: HEAD's
 * tree read into an index of its own (never the repository's {@code .git/index}), the new blobs put in place
 * with each file's mode as committed, the tree and the commit written to the object database, and the branch
 * pointed at it. The checked-out branch, the index and the working tree are not touched.
 *
 * <p>Idempotent: a branch whose tip already has exactly this tree is left as it is ({@code already-migrated});
 * a branch with anything else is replaced only with {@code --force} (the new commit is again on top of HEAD,
 * so a branch made before the base branch moved is rebuilt on it).
 */
final class BranchWriter {
    /** A file's new content and its mode in HEAD (a regular or an executable file). */
    record NewBlob(byte[] bytes, FileMode mode) {
    }

    enum Kind { CREATED, UPDATED, UNCHANGED, EXISTS }

    /** What happened to the branch, and the commit at its tip (none when it exists and was not replaced). */
    record Outcome(Kind kind, ObjectId commit) {
    }

    private BranchWriter() {
    }

    static Outcome write(Repository git, ObjectId head, Map<String, NewBlob> blobs, String branch, boolean force,
                         PersonIdent author, PersonIdent committer, String message) throws IOException {
        String ref = Constants.R_HEADS + branch;
        try (ObjectInserter inserter = git.newObjectInserter(); ObjectReader reader = git.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            RevCommit headCommit = walk.parseCommit(head);
            ObjectId tree = treeWith(headCommit, blobs, reader, inserter);
            Ref existing = git.exactRef(ref);
            if (existing != null) {
                RevCommit tip = walk.parseCommit(existing.getObjectId());
                if (tip.getTree().getId().equals(tree)) {
                    return new Outcome(Kind.UNCHANGED, tip.getId());
                }
                if (!force) {
                    return new Outcome(Kind.EXISTS, null);
                }
            }
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(tree);
            commit.setParentId(head);
            commit.setAuthor(author);
            commit.setCommitter(committer);
            commit.setMessage(message);
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            RefUpdate update = git.updateRef(ref);
            update.setNewObjectId(id);
            update.setExpectedOldObjectId(existing == null ? ObjectId.zeroId() : existing.getObjectId());
            update.setForceUpdate(existing != null);
            update.setRefLogMessage("dockmend migrate", false);
            RefUpdate.Result result = update.update(walk);
            return switch (result) {
                case NEW -> new Outcome(Kind.CREATED, id);
                case FORCED, FAST_FORWARD -> new Outcome(Kind.UPDATED, id);
                default -> throw new IOException("cannot update branch " + branch + ": " + result.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            };
        }
    }

    /** HEAD's tree with {@code blobs} in place of the files at their paths. */
    private static ObjectId treeWith(RevCommit head, Map<String, NewBlob> blobs, ObjectReader reader, ObjectInserter inserter) throws IOException {
        DirCache index = DirCache.newInCore();
        DirCacheBuilder builder = index.builder();
        builder.addTree(new byte[0], DirCacheEntry.STAGE_0, reader, head.getTree());
        builder.finish();
        DirCacheEditor editor = index.editor();
        for (Map.Entry<String, NewBlob> blob : blobs.entrySet()) {
            ObjectId id = inserter.insert(Constants.OBJ_BLOB, blob.getValue().bytes());
            FileMode mode = blob.getValue().mode();
            editor.add(new DirCacheEditor.PathEdit(blob.getKey()) {
                @Override
                public void apply(DirCacheEntry entry) {
                    entry.setFileMode(mode);
                    entry.setObjectId(id);
                }
            });
        }
        editor.finish();
        return index.writeTree(inserter);
    }
}
