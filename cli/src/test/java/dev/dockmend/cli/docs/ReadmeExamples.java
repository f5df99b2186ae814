package dev.dockmend.cli.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * The terminal sessions README.md shows: in each fenced {@code text} block, every line that starts with
 * {@code $ } is a command, and the lines after it, up to the next command or the end of the block, are
 * what it prints. A line that is {@code ...} (indented or not) stands for any number of lines. A block is one
 * session: a {@code cd} in it holds for the commands after it, in that block only.
 */
record ReadmeExamples(List<Session> sessions) {

    /** One fenced block: where it starts in README (1-based line) and its commands in order. */
    record Session(int line, List<Example> examples) {}

    /** One command with its expected output lines; {@code line} is its 1-based line in README. */
    record Example(int line, String command, List<String> expected) {}

    static final String ANY_LINES = "...";

    static ReadmeExamples parse(String markdown) {
        List<Session> sessions = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String fence = lines[i].stripLeading();
            if (!fence.startsWith("```")) {
                continue;
            }
            int indent = lines[i].length() - fence.length();
            boolean text = fence.equals("```text");
            int start = i;
            List<Example> examples = new ArrayList<>();
            for (i++; i < lines.length && !lines[i].stripLeading().startsWith("```"); i++) {
                if (!text) {
                    continue;
                }
                String line = lines[i].length() >= indent ? lines[i].substring(indent) : lines[i].stripLeading();
                if (line.startsWith("$ ")) {
                    examples.add(new Example(i + 1, line.substring(2), new ArrayList<>()));
                } else if (!examples.isEmpty()) {
                    examples.get(examples.size() - 1).expected().add(line);
                }
            }
            if (!examples.isEmpty()) {
                sessions.add(new Session(start + 1, examples));
            }
        }
        return new ReadmeExamples(sessions);
    }

    /**
     * Whether {@code actual} lines match {@code expected} ones, where an expected {@link #ANY_LINES} line
     * matches any run of lines (none included).
     */
    static boolean matches(List<String> expected, List<String> actual) {
        return matches(expected, 0, actual, 0);
    }

    private static boolean matches(List<String> expected, int e, List<String> actual, int a) {
        if (e == expected.size()) {
            return a == actual.size();
        }
        if (expected.get(e).strip().equals(ANY_LINES)) {
            for (int skip = a; skip <= actual.size(); skip++) {
                if (matches(expected, e + 1, actual, skip)) {
                    return true;
                }
            }
            return false;
        }
        return a < actual.size() && expected.get(e).equals(actual.get(a)) && matches(expected, e + 1, actual, a + 1);
    }
}
