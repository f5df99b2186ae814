package dev.dockmend.shell;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.Run;

/**
 * How much of a set of Dockerfiles the shell analysis understands: each RUN whose script a POSIX shell
 * runs is {@link ShellAnalysis.Understood} or {@link ShellAnalysis.Unknown} (counted by problem); RUNs run by
 * another shell (SHELL powershell, a Windows image's cmd) or by a heredoc's own {@code #!} interpreter are
 * counted apart, since the analysis does not apply to them. Exec-form RUNs run no shell and are not counted.
 *
 * @param understood scripts fully understood
 * @param unknown    scripts not understood, by {@link ShellAnalysis.Unknown#problem()}
 * @param otherShell RUNs whose script is not run by a POSIX shell
 */
public record ShellCorpusStats(int understood, Map<String, Integer> unknown, int otherShell) {
    public static final ShellCorpusStats NONE = new ShellCorpusStats(0, Map.of(), 0);

    public ShellCorpusStats {
        unknown = Map.copyOf(unknown);
    }

    /** The figures for the files, read one after another. */
    public static ShellCorpusStats of(Iterable<Dockerfile> files) {
        int understood = 0;
        int otherShell = 0;
        Map<String, Integer> unknown = new HashMap<>();
        for (Dockerfile file : files) {
            Objects.requireNonNull(file, "file is null");
            List<ShellInEffect> shells = ShellInEffect.of(file);
            List<Instruction> instructions = file.instructions();
            for (int i = 0; i < instructions.size(); i++) {
                if (!(instructions.get(i) instanceof Run run) || run.isExecForm()) {
                    continue;
                }
                RunScript.Source source = RunScript.of(run);
                if (!(source instanceof RunScript.ShellText text) || !shells.get(i).posix()) {
                    otherShell++;
                } else if (ShellParser.parse(text.text()) instanceof ShellAnalysis.Unknown problem) {
                    unknown.merge(problem.problem(), 1, Integer::sum);
                } else {
                    understood++;
                }
            }
        }
        return new ShellCorpusStats(understood, unknown, otherShell);
    }

    /** The sum of two sets of figures. */
    public ShellCorpusStats plus(ShellCorpusStats other) {
        Map<String, Integer> sum = new HashMap<>(unknown);
        other.unknown.forEach((problem, count) -> sum.merge(problem, count, Integer::sum));
        return new ShellCorpusStats(understood + other.understood, sum, otherShell + other.otherShell);
    }

    public int unknownCount() {
        return unknown.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The scripts the analysis applies to: understood plus unknown. */
    public int analysed() {
        return understood + unknownCount();
    }

    /** The understood share of the analysed scripts, 1 when there are none. */
    public double understoodShare() {
        return analysed() == 0 ? 1 : (double) understood / analysed();
    }

    /** The {@code limit} most frequent problems, most frequent first (ties by text). */
    public List<Map.Entry<String, Integer>> topUnknown(int limit) {
        return unknown.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).toList();
    }

    /** One line, e.g. {@code 3644 of 3670 RUN scripts understood (99.3%); 980 run by another shell}. */
    public String summary() {
        return String.format(Locale.ROOT, "%d of %d RUN scripts understood (%.1f%%); %d run by another shell",
                understood, analysed(), 100 * understoodShare(), otherShell);
    }
}
