package dev.dockmend.cli.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.dockmend.Dockerfiles;
import dev.dockmend.buildkit.AstDump;
import dev.dockmend.cli.report.ParseJson;
import dev.dockmend.parse.ParseResult;
import dev.dockmend.tree.Dockerfile;

/**
 * Checks dockmend against BuildKit on the shared corpus: lossless round trip of every file, agreement
 * with BuildKit's own parse of each file ({@code buildkit-expected.jsonl}), BuildKit's AST dumps of its
 * parser test cases ({@code *.result}), and the line spans of its line-number test case.
 */
public final class CorpusCheck {
    /** The fields compared per instruction; {@code sub} is ONBUILD's trigger, compared the same way. */
    static final List<String> FIELDS = List.of("keyword", "rawKeyword", "startLine", "endLine", "flags", "args",
            "json", "heredocs", "original", "comments", "sub");

    private static final String LINE_CASE = "moby__buildkit__frontend__dockerfile__parser__testfile-line__Dockerfile";

    private final Path corpus;
    private final ObjectMapper mapper = new ObjectMapper();

    public CorpusCheck(Path corpus) {
        this.corpus = corpus;
    }

    /** The figures and, per failing file, what differed. */
    public record Report(int files, int roundTripFiles, int roundTripOk, int agreeing, int rejectedByBuildKit,
                         int rejectedAlike, int dumps, int dumpsOk, boolean lineSpansOk,
                         Map<String, Integer> fieldMismatches, List<String> failures) {
        public boolean meetsTarget() {
            return roundTripOk == roundTripFiles && agreeing == files && dumpsOk == dumps && lineSpansOk;
        }
    }

    public Report run() throws IOException {
        int files = 0;
        int roundTripFiles = 0;
        int roundTripOk = 0;
        int agreeing = 0;
        int rejected = 0;
        int rejectedAlike = 0;
        Map<String, Integer> fieldMismatches = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        ParseJson parseJson = new ParseJson(mapper);
        try (BufferedReader reader = Files.newBufferedReader(corpus.resolve("buildkit-expected.jsonl"), StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode expected = mapper.readTree(line);
                String name = expected.get("file").asText();
                byte[] bytes = Files.readAllBytes(corpus.resolve(name));
                files++;
                ParseResult result = Dockerfiles.parse(bytes);
                if (result.tree().isPresent()) {
                    roundTripFiles++;
                    if (Arrays.equals(Dockerfiles.toBytes(result.tree().get()), bytes)) {
                        roundTripOk++;
                    } else {
                        failures.add(name + ": does not print back byte for byte");
                    }
                }
                boolean expectedOk = expected.get("ok").asBoolean();
                if (!expectedOk) {
                    rejected++;
                    if (!result.ok()) {
                        rejectedAlike++;
                        agreeing++;
                    } else {
                        failures.add(name + ": BuildKit rejects it (" + expected.path("error").asText() + "), dockmend accepts it");
                    }
                    continue;
                }
                if (!result.ok()) {
                    failures.add(name + ": BuildKit accepts it, dockmend rejects it: " + result.firstError().orElseThrow().format(name));
                    continue;
                }
                ObjectNode actual = parseJson.render(name, result, List.of(), true);
                List<String> differences = compare(expected.get("instructions"), actual.get("instructions"), fieldMismatches);
                if (differences.isEmpty()) {
                    agreeing++;
                } else {
                    failures.add(name + ": " + String.join("; ", differences));
                }
            }
        }
        int[] dumps = checkDumps(failures);
        boolean lineSpans = checkLineSpans(failures);
        return new Report(files, roundTripFiles, roundTripOk, agreeing, rejected, rejectedAlike, dumps[0], dumps[1],
                lineSpans, fieldMismatches, failures);
    }

    private List<String> compare(JsonNode expected, JsonNode actual, Map<String, Integer> fieldMismatches) {
        List<String> differences = new ArrayList<>();
        if (expected.size() != actual.size()) {
            differences.add("instruction count " + actual.size() + ", BuildKit " + expected.size());
            fieldMismatches.merge("count", 1, Integer::sum);
            return differences;
        }
        for (int i = 0; i < expected.size(); i++) {
            compareInstruction("#" + (i + 1), expected.get(i), actual.get(i), differences, fieldMismatches);
        }
        return differences;
    }

    private void compareInstruction(String where, JsonNode expected, JsonNode actual, List<String> differences,
                                    Map<String, Integer> fieldMismatches) {
        for (String field : FIELDS) {
            JsonNode want = normalise(field, expected.get(field));
            JsonNode got = normalise(field, actual.get(field));
            if (field.equals("sub") && want != null && got != null) {
                compareInstruction(where + ".sub", want, got, differences, fieldMismatches);
                continue;
            }
            if (field.equals("sub") || field.equals("startLine") || field.equals("endLine")) {
                // BuildKit gives a trigger line 0; only compare spans of top-level instructions
                if (where.endsWith(".sub") && !field.equals("sub")) {
                    continue;
                }
            }
            if (!java.util.Objects.equals(want, got)) {
                differences.add(where + " " + field + ": dockmend " + got + ", BuildKit " + want);
                fieldMismatches.merge(field, 1, Integer::sum);
            }
        }
    }

    /** Absent lists and empty lists mean the same; heredoc fields BuildKit's dump omits are not compared. */
    private JsonNode normalise(String field, JsonNode node) {
        if (node == null || node.isNull()) {
            return switch (field) {
                case "comments", "flags", "args", "heredocs" -> mapper.createArrayNode();
                default -> null;
            };
        }
        if (field.equals("heredocs")) {
            var out = mapper.createArrayNode();
            for (JsonNode h : node) {
                ObjectNode copy = mapper.createObjectNode();
                for (String key : List.of("name", "content", "expand", "chomp")) {
                    if (h.has(key)) {
                        copy.set(key, h.get(key));
                    }
                }
                out.add(copy);
            }
            return out;
        }
        return node;
    }

    /** BuildKit's parser test cases: our tree in its dump format equals the {@code .result} file. */
    private int[] checkDumps(List<String> failures) throws IOException {
        int total = 0;
        int ok = 0;
        List<Path> results;
        try (var stream = Files.list(corpus)) {
            results = stream.filter(p -> p.getFileName().toString().endsWith(".result")).sorted().toList();
        }
        for (Path result : results) {
            String base = result.getFileName().toString();
            Path input = corpus.resolve(base.substring(0, base.length() - ".result".length()) + "__Dockerfile");
            total++;
            ParseResult parsed = Dockerfiles.parse(Files.readAllBytes(input));
            String expected = Files.readString(result, StandardCharsets.UTF_8);
            String actual = parsed.ok() ? AstDump.dump(parsed.tree().orElseThrow()) : "rejected: " + parsed.firstError().orElseThrow().message();
            if (expected.equals(actual)) {
                ok++;
            } else {
                failures.add(base + ": dump differs:\n--- BuildKit\n" + expected + "+++ dockmend\n" + actual);
            }
        }
        return new int[] {total, ok};
    }

    /** BuildKit's line-number test: the AST spans lines 5-31, its instructions 5-5, 11-12 and 17-31. */
    private boolean checkLineSpans(List<String> failures) throws IOException {
        Path file = corpus.resolve(LINE_CASE);
        if (!Files.exists(file)) {
            failures.add(LINE_CASE + ": missing");
            return false;
        }
        Dockerfile tree = Dockerfiles.parse(Files.readAllBytes(file)).orThrow(LINE_CASE);
        List<String> spans = new ArrayList<>();
        for (Dockerfile.Located located : tree.located()) {
            spans.add(located.startLine() + "-" + located.endLine());
        }
        List<String> want = List.of("5-5", "11-12", "17-31");
        if (!spans.equals(want)) {
            failures.add(LINE_CASE + ": spans " + spans + ", expected " + want);
            return false;
        }
        return true;
    }

}
