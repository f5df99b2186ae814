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
        char escape = file.escapeCharacter();
        // Runs over every line of every file a recipe writes to: no allocation per line but the indents.
        for (Instruction instruction : file.instructions()) {
            String previous = "";
            if (instruction.keyword().isPresent()) {
                String keyword = instruction.keywordText();
                if (allLetters(keyword, true)) {
                    upper++;
                } else if (allLetters(keyword, false)) {
                    lower++;
                }
            }
            for (PhysicalLine line : instruction.syntax().lines()) {
                if (line.lineEnding().equals("\r\n")) {
                    crlf++;
                } else if (line.lineEnding().equals("\n")) {
                    lf++;
                }
                String content = line.content();
                int start = indentEnd(content);
                int end = contentEnd(content, start);
                boolean leadingOperator = content.startsWith("&&", start) || content.startsWith("||", start);
                if (line.kind() == PhysicalLine.Kind.CONTINUATION) {
                    String indent = content.substring(0, start);
                    count(indents, indent);
                    if (leadingOperator) {
                        leading++;
                    }
                    // The line starts a shell command: it starts with && or ||, or the line before ends with &&,
                    // ||, ; or | before its escape. Lines that continue a command (a package list, options) are
                    // often indented deeper, so new command lines are indented as these are, when there are any.
                    if (leadingOperator || endsWithOperator(previous, escape)) {
                        count(commandIndents, indent);
                    }
                }
                if (line.kind() == PhysicalLine.Kind.FIRST || line.kind() == PhysicalLine.Kind.CONTINUATION) {
                    previous = content;
                }
                if (end > start && content.charAt(end - 1) == escape && endsWith(content, contentEnd(content, start, end - 1), "&&")) {
                    trailing++;
                }
            }
        }
        String indent = mostCommon(commandIndents);
        if (indent == null) {
            indent = mostCommon(indents);
        }
        if (indent == null) {
            indent = DEFAULT.continuationIndent();
        }
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

    /** The most common non-empty indentation, ties broken by the text (the greater wins); null when there is none. */
    private static String mostCommon(Map<String, Integer> indents) {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> entry : indents.entrySet()) {
            String indent = entry.getKey();
            int count = entry.getValue();
            if (!indent.isEmpty() && (best == null || count > bestCount || count == bestCount && indent.compareTo(best) > 0)) {
                best = indent;
                bestCount = count;
            }
        }
        return best;
    }

    /** Whether a line (its escape character at the end aside) ends with {@code &&}, {@code ||}, {@code ;} or {@code |}. */
    private static boolean endsWithOperator(String line, char escape) {
        int end = contentEnd(line, 0);
        if (end > 0 && line.charAt(end - 1) == escape) {
            end = contentEnd(line, 0, end - 1);
        }
        return endsWith(line, end, "&&") || endsWith(line, end, "||") || endsWith(line, end, ";") || endsWith(line, end, "|");
    }

    private static boolean endsWith(String text, int end, String suffix) {
        return end >= suffix.length() && text.startsWith(suffix, end - suffix.length());
    }

    /** Where the leading spaces and tabs end. */
    private static int indentEnd(String content) {
        int i = 0;
        while (i < content.length() && (content.charAt(i) == ' ' || content.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** The end of {@code content} without trailing whitespace, not before {@code start}. */
    private static int contentEnd(String content, int start) {
        return contentEnd(content, start, content.length());
    }

    /** The end of {@code content}'s first {@code limit} characters without trailing whitespace, not before {@code start}. */
    private static int contentEnd(String content, int start, int limit) {
        int end = limit;
        while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static void count(Map<String, Integer> counts, String key) {
        Integer count = counts.get(key);
        counts.put(key, count == null ? 1 : count + 1);
    }

    /** Whether every letter of an (ASCII) keyword is upper-case ({@code upper}), or every one lower-case. */
    private static boolean allLetters(String text, boolean upper) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (upper ? Character.isLowerCase(c) : Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }
}
