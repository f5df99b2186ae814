package dev.dockmend.recipes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
