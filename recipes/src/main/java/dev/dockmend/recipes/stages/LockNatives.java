package dev.dockmend.recipes.stages;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The packages of a yarn.lock or pnpm-lock.yaml that build native code. pnpm's lock files before version 9 mark
 * them {@code requiresBuild: true}; yarn.lock and pnpm's version 9 record no install scripts, so there a package
 * that depends on a package native modules build or load with ({@code node-gyp}, {@code nan},
 * {@code node-addon-api}..., the table's {@code native-helpers}) counts as one, and so does the project when a
 * helper has an entry that no package depends on (the project's own dependency). Both files are indented lists of entries: yarn's at the margin, pnpm's two blanks in,
 * under {@code packages:}, {@code snapshots:} or {@code importers:}.
 */
final class LockNatives {
    private LockNatives() {
    }

    /**
     * @param entryIndent   the indentation of an entry's first line: 0 for yarn.lock, 2 for pnpm-lock.yaml
     * @param helpers       the packages native modules build with
     * @param selfContained packages whose native code links nothing the runtime image lacks
     * @param excused       receives the self-contained packages that build native code
     * @return the names of the other packages that build native code, {@code the project} for the importer {@code .}
     */
    static Set<String> of(String lock, int entryIndent, List<String> helpers, List<String> selfContained, Set<String> excused) {
        Set<String> natives = new TreeSet<>();
        Set<String> present = new TreeSet<>();
        Set<String> referenced = new TreeSet<>();
        String entry = null;
        for (String line : lock.split("\n")) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            if (indent < entryIndent) {
                entry = null;
                continue;
            }
            if (indent == entryIndent) {
                entry = text.endsWith(":") ? name(text.substring(0, text.length() - 1)) : null;
                if (entry != null && helpers.contains(entry)) {
                    present.add(entry);
                }
                continue;
            }
            if (entry == null || helpers.contains(entry)) {
                continue;
            }
            String key = text.split("[:\\s]", 2)[0].replace("\"", "").replace("'", "");
            if (helpers.contains(key)) {
                referenced.add(key);
            }
            if (helpers.contains(key) || text.equals("requiresBuild: true")) {
                (selfContained.contains(entry) ? excused : natives).add(entry.equals(".") ? "the project" : entry);
            }
        }
        if (!referenced.containsAll(present)) {
            natives.add("the project");
        }
        return natives;
    }

    /**
     * The package an entry's key names: {@code "@scope/pkg@^1.0.0", "@scope/pkg@^1.1"} (yarn), {@code /pkg@1.0.0},
     * {@code pkg@1.0.0(peer@2)} or {@code /pkg/1.0.0} (pnpm).
     */
    static String name(String key) {
        String first = key.split(",", 2)[0].strip().replace("\"", "").replace("'", "");
        if (first.startsWith("/")) {
            first = first.substring(1);
        }
        int paren = first.indexOf('(');
        if (paren > 0) {
            first = first.substring(0, paren);
        }
        int at = first.indexOf('@', 1);
        if (at > 0) {
            return first.substring(0, at);
        }
        int slash = first.lastIndexOf('/');
        boolean versioned = slash > 0 && Character.isDigit(first.charAt(slash + 1 < first.length() ? slash + 1 : slash));
        return versioned && (!first.startsWith("@") || first.indexOf('/') != slash) ? first.substring(0, slash) : first;
    }
}
