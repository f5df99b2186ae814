package dev.dockmend.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.Yaml;

import dev.dockmend.testing.TestData;

/** The hooks of the repository's {@code .pre-commit-hooks.yaml}, read as pre-commit reads them. */
record PreCommitHooks(List<Hook> hooks) {
    /** One hook: pre-commit runs {@code entry}, then {@code args}, then the staged files its patterns take. */
    record Hook(String id, String entry, List<String> args, String language, Pattern files, Pattern exclude, boolean requireSerial) {
        /** Whether pre-commit passes this path (relative to the repository, slash-separated): Python's re.search. */
        boolean takes(String path) {
            return files.matcher(path).find() && !exclude.matcher(path).find();
        }
    }

    static Path repositoryRoot() {
        return TestData.root().toAbsolutePath().getParent().normalize();
    }

    static PreCommitHooks load() throws IOException {
        try (Reader reader = Files.newBufferedReader(repositoryRoot().resolve(".pre-commit-hooks.yaml"), StandardCharsets.UTF_8)) {
            List<Map<String, Object>> entries = new Yaml().load(reader);
            return new PreCommitHooks(entries.stream().map(PreCommitHooks::hook).toList());
        }
    }

    @SuppressWarnings("unchecked")
    private static Hook hook(Map<String, Object> entry) {
        // pre-commit's defaults: files '' (every file), exclude '^$' (none), no args, parallel batches
        return new Hook((String) entry.get("id"), (String) entry.get("entry"), (List<String>) entry.getOrDefault("args", List.of()),
                (String) entry.get("language"), Pattern.compile((String) entry.getOrDefault("files", "")),
                Pattern.compile((String) entry.getOrDefault("exclude", "^$")), Boolean.TRUE.equals(entry.get("require_serial")));
    }

    Hook hook(String id) {
        return hooks.stream().filter(hook -> hook.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no hook " + id));
    }
}
