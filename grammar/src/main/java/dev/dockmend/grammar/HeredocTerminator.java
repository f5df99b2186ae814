package dev.dockmend.grammar;

/**
 * What ends one heredoc body: a line that is exactly {@code name} once its line ending is removed
 * and, when {@code chomp} ({@code <<-}), its leading TABs (R6.6).
 */
public record HeredocTerminator(String name, boolean chomp) {
    public HeredocTerminator {
        if (name == null) {
            throw new IllegalArgumentException("name is null");
        }
    }

    /** Whether {@code line} (a physical line, line ending included) terminates this heredoc. */
    public boolean isTerminator(String line) {
        int end = LineEnds.contentEnd(line);
        int start = 0;
        if (chomp) {
            while (start < end && line.charAt(start) == '\t') {
                start++;
            }
        }
        return end - start == name.length() && line.startsWith(name, start);
    }
}
