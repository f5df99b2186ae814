package dev.dockmend.style;

import java.util.HashMap;
import java.util.Map;

import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.PhysicalLine;

/**
 * How a file is written, sniffed once so that new text looks like its neighbours: keyword case,
 * line ending, whether the file ends with one, the indentation of continuation lines that start a
 * command (the most common one; of all continuation lines when no line starts a command), and
 * whether {@code &&} starts continuation lines or ends the line before.
 */
public record FileStyle(boolean lowerCaseKeywords, String lineEnding, boolean finalNewline, String continuationIndent,
                        boolean leadingOperators, char escape) {

    public static final FileStyle DEFAULT = new FileStyle(false, "\n", true, "    ", true, '\\');

    public static FileStyle of(Dockerfile file) {
        int upper = 0;
        int lower = 0;
        int crlf = 0;
        int lf = 0;
        int leading = 0;
        int trailing = 0;
        Map<String, Integer> indents = new HashMap<>();
        Map<String, Integer> commandIndents = new HashMap<>();
        for (Instruction instruction : file.instructions()) {
            String previous = "";
            if (instruction.keyword().isPresent()) {
                String keyword = instruction.keywordText();
                if (keyword.equals(keyword.toUpperCase(java.util.Locale.ROOT))) {
                    upper++;
                } else if (keyword.equals(keyword.toLowerCase(java.util.Locale.ROOT))) {
                    lower++;
                }
            }
            for (PhysicalLine line : instruction.syntax().lines()) {
                if (line.lineEnding().equals("\r\n")) {
                    crlf++;
                } else if (line.lineEnding().equals("\n")) {
                    lf++;
                }
                String content = line.content().strip();
                if (line.kind() == PhysicalLine.Kind.CONTINUATION) {
                    indents.merge(indentOf(line.content()), 1, Integer::sum);
                    if (content.startsWith("&&") || content.startsWith("||")) {
                        leading++;
                    }
                    if (startsCommand(previous, content, file.escapeCharacter())) {
                        commandIndents.merge(indentOf(line.content()), 1, Integer::sum);
                    }
                }
                if (line.kind() == PhysicalLine.Kind.FIRST || line.kind() == PhysicalLine.Kind.CONTINUATION) {
                    previous = content;
                }
                if (content.endsWith("&& " + file.escapeCharacter()) || content.endsWith("&&" + file.escapeCharacter())) {
                    trailing++;
                }
            }
        }
        String indent = mostCommon(commandIndents).or(() -> mostCommon(indents)).orElse(DEFAULT.continuationIndent());
        boolean finalNewline = endsWithNewline(file);
        return new FileStyle(lower > upper, crlf > lf ? "\r\n" : "\n", finalNewline, indent, leading >= trailing,
                file.escapeCharacter());
    }

    /** Whether the file's last line ends with a line feed (an empty file counts as ending well). */
    private static boolean endsWithNewline(Dockerfile file) {
        String text = file.trailing().lines().isEmpty() && !file.instructions().isEmpty()
                ? lastText(file.instructions().get(file.instructions().size() - 1))
                : file.text();
        return text.isEmpty() || text.endsWith("\n");
    }

    private static String lastText(Instruction instruction) {
        StringBuilder out = new StringBuilder();
        instruction.syntax().appendTo(out);
        return out.toString();
    }

    /** {@code keyword} in the file's case. */
    public String keyword(String keyword) {
        return lowerCaseKeywords ? keyword.toLowerCase(java.util.Locale.ROOT) : keyword.toUpperCase(java.util.Locale.ROOT);
    }

    /** The most common non-empty indentation, ties broken by the text. */
    private static java.util.Optional<String> mostCommon(Map<String, Integer> indents) {
        return indents.entrySet().stream().filter(e -> !e.getKey().isEmpty())
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }

    /**
     * Whether a continuation line starts a shell command: it starts with {@code &&} or {@code ||}, or the
     * line before ends with {@code &&}, {@code ||}, {@code ;} or {@code |} before its escape. Lines that
     * continue a command (a package list, options) are often indented deeper, so the indentation of
     * new command lines is sniffed from these alone when there are any.
     */
    private static boolean startsCommand(String previous, String content, char escape) {
        if (content.startsWith("&&") || content.startsWith("||")) {
            return true;
        }
        String before = previous.endsWith(String.valueOf(escape)) ? previous.substring(0, previous.length() - 1).strip() : previous;
        return before.endsWith("&&") || before.endsWith("||") || before.endsWith(";") || before.endsWith("|");
    }

    private static String indentOf(String content) {
        int i = 0;
        while (i < content.length() && (content.charAt(i) == ' ' || content.charAt(i) == '\t')) {
            i++;
        }
        return content.substring(0, i);
    }
}
