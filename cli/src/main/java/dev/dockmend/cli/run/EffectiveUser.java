package dev.dockmend.cli.run;

/**
 * Who dockmend runs as, where it matters: root may write any file, so {@link AtomicWrite} checks the mode
 * bits itself for root. dockmend is never set-user-id, so the real user the JDK reports is the effective one.
 */
final class EffectiveUser {
    private EffectiveUser() {
    }

    static boolean isRoot() {
        return Root.IS;
    }

    /** Asked once, on the first write: a batch writes hundreds of files. */
    private static final class Root {
        static final boolean IS = ask();

        private static boolean ask() {
            try {
                return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
            } catch (LinkageError notUnix) {
                // No Unix user (the class or its native library is missing): no root either.
                return false;
            }
        }
    }
}
