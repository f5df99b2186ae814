package dev.dockmend.recipes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/** Loads the recipes' knowledge tables from {@code dev/dockmend/knowledge/} on the class path. */
public final class Knowledge {
    private Knowledge() {
    }

    /** A word list: one entry per line; {@code #} lines (provenance, comments) and blank lines skipped. */
    public static Set<String> words(String name) {
        String resource = "/dev/dockmend/knowledge/" + name;
        try (InputStream in = Knowledge.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing knowledge table " + resource);
            }
            Set<String> words = new LinkedHashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("# ") && !word.equals("#")) {
                    words.add(word);
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
