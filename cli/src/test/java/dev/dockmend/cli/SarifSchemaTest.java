package dev.dockmend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import dev.dockmend.testing.TestData;

/**
 * The SARIF output validates against the OASIS SARIF 2.1.0 schema in {@code ../shared/schemas}
 * (skipped, saying so, where that folder is absent): with changes and fixes, findings of both levels, a file that
 * does not parse, and a path that must be percent-encoded.
 */
class SarifSchemaTest {
    private static Optional<Path> schema() {
        return TestData.corpus().map(corpus -> corpus.getParent().resolve("schemas/sarif-schema-2.1.0.json"))
                .filter(Files::isRegularFile);
    }

    @Test
    void sarifOutputIsValidSarif210(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Optional<Path> schemaFile = schema();
        Assumptions.assumeTrue(schemaFile.isPresent(), "../shared/schemas/sarif-schema-2.1.0.json is absent: SARIF schema check skipped");
        Files.writeString(dir.resolve("Dockerfile"), "FROM alpine\nMAINTAINER me\nRUN set -eux; make\nRUN make install\n"
                + "CMD nginx -g 'daemon off;'\nENTRYPOINT echo $X\nHEALTHCHECK NONE\n");
        Files.createDirectories(dir.resolve("with space"));
        Files.writeString(dir.resolve("with space/Dockerfile"), "FROM alpine\nRUN <<EOF\n");
        CliRun run = CliRun.of("-C", dir.toString(), "check", "--format", "sarif");
        assertEquals(ExitCodes.INPUT, run.exitCode(), run.err());

        ObjectMapper mapper = new ObjectMapper();
        JsonNode log = mapper.readTree(run.out());
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema schema = factory.getSchema(mapper.readTree(schemaFile.get().toFile()), config);
        Set<ValidationMessage> errors = schema.validate(log);
        assertTrue(errors.isEmpty(), () -> "not valid SARIF 2.1.0: " + errors);
        // The validator really checks: the same log with a wrong version is rejected.
        ((com.fasterxml.jackson.databind.node.ObjectNode) log).put("version", "2.0.0");
        assertTrue(!schema.validate(log).isEmpty(), "a SARIF log with version 2.0.0 must not validate");
        ((com.fasterxml.jackson.databind.node.ObjectNode) log).put("version", "2.1.0");

        JsonNode run0 = log.get("runs").get(0);
        assertEquals(5, run0.get("results").size(), "two changes, a warning and two info findings (level note: add-non-root-user leaves nginx alone)");
        assertEquals("with%20space/Dockerfile", run0.get("invocations").get(0).get("toolExecutionNotifications").get(0)
                .get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText());
        assertEquals(false, run0.get("invocations").get(0).get("executionSuccessful").asBoolean());
    }
}
