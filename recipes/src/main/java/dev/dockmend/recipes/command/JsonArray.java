package dev.dockmend.recipes.command;

import java.util.List;

/** Words as a JSON array, the exec form of CMD, ENTRYPOINT and HEALTHCHECK CMD that BuildKit reads with Go's JSON decoder. */
public final class JsonArray {
    private JsonArray() {
    }

    public static String of(List<String> words) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < words.size(); i++) {
            out.append(i == 0 ? "\"" : ", \"");
            for (char c : words.get(i).toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\t' -> out.append("\\t");
                    case '\r' -> out.append("\\r");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }
        return out.append(']').toString();
    }
}
