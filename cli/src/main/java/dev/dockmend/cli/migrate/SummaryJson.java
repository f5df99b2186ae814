package dev.dockmend.cli.migrate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.dockmend.cli.report.EditJson;
import dev.dockmend.cli.report.Json;
import dev.dockmend.recipe.Change;

/**
 * {@code --summary FILE.json}: one record per repository (its status and why, files, changes, findings,
 * branch, commit, push, patch and pull-request files, errors), and the totals by status; changes and findings
 * have the shape of {@code fix --format json}'s. The summaries of
 * the shards of one migration merge into one ({@link #merge}) that has the same shape.
 */
public final class SummaryJson {
    /** The statuses in the order the totals list them. */
    private static final List<RepoStatus> STATUSES = List.of(RepoStatus.values());

    private SummaryJson() {
    }

    public static String of(List<RepoResult> results, Shard shard, String version) {
        ArrayNode repositories = Json.array();
        results.forEach(result -> repositories.add(record(result)));
        return document(repositories, shard.toString(), version);
    }

    private static String document(ArrayNode repositories, String shard, String version) {
        ObjectNode root = Json.object();
        root.put("tool", "dockmend");
        root.put("version", version);
        root.put("shard", shard);
        root.set("totals", totals(repositories));
        root.set("repositories", repositories);
        return Json.pretty(root) + "\n";
    }

    private static ObjectNode totals(ArrayNode repositories) {
        ObjectNode totals = Json.object();
        totals.put("repositories", repositories.size());
        for (RepoStatus status : STATUSES) {
            int count = 0;
            for (JsonNode repository : repositories) {
                count += repository.path("status").asText().equals(status.label()) ? 1 : 0;
            }
            totals.put(status.label(), count);
        }
        int changes = 0;
        int withErrors = 0;
        for (JsonNode repository : repositories) {
            changes += repository.path("changes").asInt();
            withErrors += repository.path("errors").isEmpty() ? 0 : 1;
        }
        totals.put("changes", changes);
        totals.put("withErrors", withErrors);
        return totals;
    }

    private static ObjectNode record(RepoResult result) {
        ObjectNode record = Json.object();
        record.put("repository", result.repo().name());
        record.put("path", result.repo().given());
        record.put("status", result.status().label());
        record.put("reason", result.reason());
        record.put("changes", result.changes());
        record.put("findings", result.findings());
        RepoResult.Written written = result.written();
        put(record, "branch", written.commit().isPresent() ? written.branch() : Optional.empty());
        put(record, "commit", written.commit());
        put(record, "pushedTo", written.pushedTo());
        put(record, "patch", written.patch());
        ObjectNode pullRequest = Json.object();
        put(pullRequest, "title", written.title());
        put(pullRequest, "titleFile", written.titleFile());
        put(pullRequest, "bodyFile", written.bodyFile());
        record.set("pullRequest", pullRequest);
        ArrayNode files = Json.array();
        result.files().forEach(file -> files.add(file(file)));
        record.set("files", files);
        ArrayNode errors = Json.array();
        result.allErrors().forEach(errors::add);
        record.set("errors", errors);
        return record;
    }

    private static void put(ObjectNode node, String name, Optional<String> value) {
        if (value.isPresent()) {
            node.put(name, value.get());
        } else {
            node.putNull(name);
        }
    }

    private static ObjectNode file(FileResult file) {
        ObjectNode node = Json.object();
        node.put("path", file.path());
        ArrayNode changes = Json.array();
        for (Change change : file.changes()) {
            ObjectNode item = changes.addObject();
            item.put("recipe", change.recipe().value());
            item.put("safety", change.safety().label());
            item.put("reason", change.reason());
            item.set("before", EditJson.lines(change.before()));
            item.set("after", EditJson.lines(change.after()));
        }
        node.set("changes", changes);
        ArrayNode findings = Json.array();
        file.findings().forEach(finding -> findings.add(EditJson.finding(finding)));
        node.set("findings", findings);
        ArrayNode errors = Json.array();
        file.errors().forEach(errors::add);
        node.set("errors", errors);
        return node;
    }

    /** A summary file that cannot be merged: the message names the file and what is wrong. */
    public static final class MergeException extends Exception {
        MergeException(String message) {
            super(message);
        }
    }

    /** The merged summaries: their repositories by path, the totals again; whether any failed is {@link #anyFailed}. */
    public static String merge(List<Path> summaries, String version) throws MergeException {
        List<JsonNode> repositories = new ArrayList<>();
        List<String> shards = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        for (Path file : summaries) {
            JsonNode root;
            try {
                root = mapper.readTree(Files.readString(file));
            } catch (JsonProcessingException e) {
                throw new MergeException(file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr() + ": error: not JSON: "
                        + e.getOriginalMessage());
            } catch (IOException e) {
                throw new MergeException(file + ": error: cannot read: " + dev.dockmend.cli.run.IoErrors.reason(e));
            }
            if (root == null || !root.path("repositories").isArray() || !"dockmend".equals(root.path("tool").asText())) {
                throw new MergeException(file + ": error: not a summary of dockmend migrate (expected an object with \"tool\": \"dockmend\""
                        + " and \"repositories\")");
            }
            shards.add(root.path("shard").asText());
            root.path("repositories").forEach(repositories::add);
        }
        repositories.sort(Comparator.comparing((JsonNode node) -> node.path("path").asText()).thenComparing(node -> node.path("repository").asText()));
        ArrayNode merged = Json.array();
        repositories.forEach(merged::add);
        return document(merged, String.join(",", shards), version);
    }

    /** Whether a summary (made or merged) has a failed repository or any error. */
    public static boolean anyFailed(String summary) {
        try {
            JsonNode totals = new ObjectMapper().readTree(summary).path("totals");
            return totals.path(RepoStatus.FAILED.label()).asInt() > 0 || totals.path("withErrors").asInt() > 0;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a summary dockmend wrote is JSON", e);
        }
    }
}
