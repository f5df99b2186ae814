package dev.dockmend.tree;

import java.util.ArrayList;
import java.util.List;

/**
 * One ENV or LABEL pair as BuildKit reads it: the raw value keeps its quotes and escapes, and
 * {@code legacy} marks the old {@code ENV key value} form.
 */
public record KeyValue(String key, String value, boolean legacy) {
    /** Reads BuildKit's {@code name, value, marker} triples. */
    static List<KeyValue> of(List<String> triples) {
        List<KeyValue> pairs = new ArrayList<>(triples.size() / 3);
        for (int i = 0; i + 2 < triples.size(); i += 3) {
            pairs.add(new KeyValue(triples.get(i), triples.get(i + 1), triples.get(i + 2).isEmpty()));
        }
        return pairs;
    }
}
