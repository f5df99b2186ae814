package dev.dockmend.syntax;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.dockmend.Dockerfiles;
import dev.dockmend.parse.Diagnostic;
import dev.dockmend.parse.ParseResult;
import dev.dockmend.testing.ExactApproval;
import dev.dockmend.testing.TestData;
import dev.dockmend.testing.TreeDump;

/**
 * One test per folder of {@code testdata/syntax/}: the folder's {@code Dockerfile} parses to the
 * approved {@code tree.approved.txt} (every decision of the parser, one per line) and, when it
 * parses, prints back byte for byte.
 */
class SyntaxCasesTest {

    @TestFactory
    Stream<DynamicTest> everySyntaxCase() throws IOException {
        List<Path> cases = TestData.cases("syntax");
        return cases.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> verify(folder)));
    }

    private static void verify(Path folder) throws IOException {
        byte[] input = Files.readAllBytes(folder.resolve("Dockerfile"));
        ParseResult result = Dockerfiles.parse(input);
        List<Diagnostic> checks = result.ok() ? Dockerfiles.validate(result.tree().orElseThrow()) : List.of();
        boolean roundTrip = result.tree().map(t -> Arrays.equals(Dockerfiles.toBytes(t), input)).orElse(false);
        ExactApproval.verify(folder, "tree", "txt", TreeDump.dump(result, checks, roundTrip));
        result.tree().ifPresent(tree -> assertArrayEquals(input, Dockerfiles.toBytes(tree), "round trip"));
    }
}
