package dev.dockmend.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.approvaltests.core.VerifyResult;
import org.approvaltests.reporters.QuietReporter;
import org.approvaltests.writers.ApprovalBinaryFileWriter;

/**
 * Approval of exact bytes. ApprovalTests' text comparison reads files line by line (CRLF becomes LF,
 * malformed UTF-8 is dropped), which would let a recipe change line endings or encodings unnoticed;
 * here received and approved files are written and compared byte for byte.
 */
public final class ExactApproval {
    private ExactApproval() {
    }

    /** Verifies {@code content} against {@code folder/name.approved.extension}. */
    public static void verify(Path folder, String name, String extension, byte[] content) {
        Options options = new Options()
                .withReporter(new QuietReporter())
                .withComparator((received, approved) -> VerifyResult.from(approved.exists() && sameBytes(received.toPath(), approved.toPath())))
                .forFile().withNamer(new CaseFolderNamer(folder, name));
        Approvals.verify(new ApprovalBinaryFileWriter(new ByteArrayInputStream(content), extension), options);
    }

    public static void verify(Path folder, String name, String extension, String content) {
        verify(folder, name, extension, content.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean sameBytes(Path a, Path b) {
        try {
            return Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
