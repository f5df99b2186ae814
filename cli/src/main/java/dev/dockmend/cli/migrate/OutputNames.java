package dev.dockmend.cli.migrate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of the repositories' files ({@code NAME.patch}, {@code NAME.md}): the folder's name, which stays
 * the same from run to run and machine to machine, so a job can find the files it takes. Repositories of one
 * run with the same folder name ({@code org-a/api}, {@code org-b/api}) take as many parent folders, joined
 * with {@code -}, as make their names differ ({@code org-a-api}, {@code org-b-api}).
 */
final class OutputNames {
    private OutputNames() {
    }

    /** One entry per root, in order; {@code given[i]} is how the user named {@code roots[i]}. */
    static List<RepoEntry> of(List<String> given, List<Path> roots) {
        int[] depth = new int[roots.size()];
        List<String> names = new ArrayList<>();
        for (Path root : roots) {
            names.add(RepoEntry.folderNameOf(root));
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            Map<String, Integer> counts = new HashMap<>();
            names.forEach(name -> counts.merge(name, 1, Integer::sum));
            for (int i = 0; i < roots.size(); i++) {
                if (counts.get(names.get(i)) > 1 && depth[i] + 1 < roots.get(i).getNameCount()) {
                    depth[i]++;
                    names.set(i, nameAt(roots.get(i), depth[i]));
                    changed = true;
                }
            }
        }
        List<RepoEntry> entries = new ArrayList<>();
        for (int i = 0; i < roots.size(); i++) {
            entries.add(new RepoEntry(given.get(i), roots.get(i), names.get(i)));
        }
        return entries;
    }

    /** The last {@code depth + 1} folder names of {@code root}, joined with {@code -}. */
    private static String nameAt(Path root, int depth) {
        int count = root.getNameCount();
        return root.subpath(count - 1 - depth, count).toString().replace('\\', '/').replace('/', '-');
    }
}
