package dev.dockmend.recipes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Loads the recipes' knowledge tables from {@code dev/dockmend/knowledge/} on the class path. */
public final class Knowledge {
    /** Compiled once: String.split compiles its pattern anew on every call, and tables are read line by line. */
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private Knowledge() {
    }

    /** The whitespace-separated fields of a table line (which the caller has stripped). */
    public static String[] fields(String line) {
        return BLANKS.split(line);
    }

    /** A word list: one entry per line; {@code #} lines (provenance, comments) and blank lines skipped. */
    public static Set<String> words(String name) {
        Set<String> words = new LinkedHashSet<>();
        for (String line : lines(name)) {
            String word = line.strip();
            if (!word.isEmpty() && !word.startsWith("# ") && !word.equals("#")) {
                words.add(word);
            }
        }
        return Set.copyOf(words);
    }

    /** A line of a key-and-words table: its number (from 1), its first word and the words after it. */
    public record KeyLine(int number, String key, List<String> values) {
        public KeyLine {
            values = List.copyOf(values);
        }
    }

    /**
     * The lines of a key-and-words table ({@code package-managers.txt}, {@code base-images.txt}): blank lines
     * and lines starting with {@code #} skipped, each other line split at blanks into its key and values.
     */
    public static List<KeyLine> keyLines(List<String> lines) {
        List<KeyLine> keyLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] words = fields(line);
            keyLines.add(new KeyLine(i + 1, words[0], Arrays.asList(words).subList(1, words.length)));
        }
        return keyLines;
    }

    /**
     * The error of a malformed table, in the one form every loader gives it ({@code image-families.txt line 12:
     * what is wrong}), so that a bad edit of any knowledge file is reported alike.
     */
    public static IllegalArgumentException problem(String source, int line, String message) {
        return new IllegalArgumentException(source + " line " + line + ": " + message);
    }

    /** Every line of a knowledge file, as written, for a table with a grammar of its own. */
    public static List<String> lines(String name) {
        String resource = "/dev/dockmend/knowledge/" + name;
        try (InputStream in = Knowledge.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing knowledge table " + resource);
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
