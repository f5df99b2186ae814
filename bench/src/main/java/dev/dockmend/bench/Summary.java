package dev.dockmend.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH JSON result ({@code -rf json}) into one line per benchmark: ops/s, MB/s and files/s.
 *
 * <p>Usage, from the repository root (the corpus path in the result is relative to it):
 * {@code java -cp bench/target/benchmarks.jar dev.dockmend.bench.Summary bench/target/jmh-result.json}
 *
 * <p>The corpus is loaded again with the same {@code corpus} parameter the benchmark ran with, so the
 * byte and file counts are those of the measured set. MB = 10^6 bytes. Written in plain Java with a
 * tiny JSON reader so the script needs neither python nor jq.
 */
public final class Summary {
    private Summary() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Summary <jmh-result.json>");
            System.exit(2);
        }
        List<?> runs = (List<?>) new JsonReader(Files.readString(Path.of(args[0]))).value();
        Map<String, CorpusInputs> loaded = new HashMap<>();
        for (Object run : runs) {
            Map<?, ?> r = (Map<?, ?>) run;
            String benchmark = (String) r.get("benchmark");
            Map<?, ?> params = r.get("params") instanceof Map<?, ?> p ? p : Map.of();
            String corpus = params.containsKey("corpus") ? (String) params.get("corpus") : CorpusInputs.DEFAULT_CORPUS;
            CorpusInputs inputs = loaded.computeIfAbsent(corpus, CorpusInputs::load);

            Map<?, ?> metric = (Map<?, ?>) r.get("primaryMetric");
            String unit = (String) metric.get("scoreUnit");
            double perSecond = toPerSecond(number(metric.get("score")), unit);
            double errorPerSecond = toPerSecond(number(metric.get("scoreError")), unit);
            if (!"thrpt".equals(r.get("mode")) || Double.isNaN(perSecond)) {
                System.out.println(benchmark + ": mode " + r.get("mode") + ", " + metric.get("score") + " " + unit
                        + " (MB/s only computed for throughput results)");
                continue;
            }
            System.out.printf(Locale.ROOT, "%-50s %10.3f ops/s (± %.3f)  %8.2f MB/s  %10.0f files/s%n",
                    shortName(benchmark), perSecond, errorPerSecond,
                    inputs.totalBytes() * perSecond / 1e6, inputs.fileCount() * perSecond);
        }
        for (CorpusInputs inputs : loaded.values()) {
            System.out.println("one op = " + inputs + " (MB = 10^6 bytes)");
        }
    }

    private static String shortName(String benchmark) {
        int cut = benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1);
        return cut < 0 ? benchmark : benchmark.substring(cut + 1);
    }

    /** JMH writes NaN (e.g. an error with one iteration) as a string. */
    private static double number(Object value) {
        return value instanceof Double d ? d : Double.NaN;
    }

    /** Throughput units are "ops/<time unit>", depending on the -tu option. */
    private static double toPerSecond(double score, String unit) {
        return switch (unit) {
            case "ops/s" -> score;
            case "ops/ms" -> score * 1e3;
            case "ops/us" -> score * 1e6;
            case "ops/ns" -> score * 1e9;
            case "ops/min" -> score / 60;
            case "ops/hr" -> score / 3600;
            default -> Double.NaN;
        };
    }

    /** Just enough JSON for JMH's output: objects, arrays, strings, numbers, true/false/null. */
    private static final class JsonReader {
        private final String s;
        private int i;

        JsonReader(String s) {
            this.s = s;
        }

        Object value() {
            skipSpace();
            char c = s.charAt(i);
            switch (c) {
                case '{': {
                    Map<String, Object> map = new LinkedHashMap<>();
                    i++;
                    skipSpace();
                    if (s.charAt(i) == '}') {
                        i++;
                        return map;
                    }
                    while (true) {
                        skipSpace();
                        String key = string();
                        skipSpace();
                        expect(':');
                        map.put(key, value());
                        skipSpace();
                        if (s.charAt(i++) == '}') {
                            return map;
                        }
                    }
                }
                case '[': {
                    List<Object> list = new ArrayList<>();
                    i++;
                    skipSpace();
                    if (s.charAt(i) == ']') {
                        i++;
                        return list;
                    }
                    while (true) {
                        list.add(value());
                        skipSpace();
                        if (s.charAt(i++) == ']') {
                            return list;
                        }
                    }
                }
                case '"':
                    return string();
                default:
                    int start = i;
                    while (i < s.length() && ",}] \t\r\n".indexOf(s.charAt(i)) < 0) {
                        i++;
                    }
                    String word = s.substring(start, i);
                    return switch (word) {
                        case "true" -> Boolean.TRUE;
                        case "false" -> Boolean.FALSE;
                        case "null" -> null;
                        default -> Double.parseDouble(word);
                    };
            }
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'r' -> out.append('\r');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> out.append(e); // \" \\ \/
                    }
                } else {
                    out.append(c);
                }
            }
        }

        private void expect(char c) {
            if (s.charAt(i) != c) {
                throw new IllegalArgumentException("expected '" + c + "' at " + i);
            }
            i++;
        }

        private void skipSpace() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
