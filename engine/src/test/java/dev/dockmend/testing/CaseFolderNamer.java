package dev.dockmend.testing;

import java.io.File;
import java.nio.file.Path;

import org.approvaltests.namer.ApprovalNamer;

/**
 * Puts approved and received files in a test case's own folder ({@code testdata/syntax/crlf/
 * tree.approved.txt}), so input and approved output sit side by side for review.
 */
public final class CaseFolderNamer implements ApprovalNamer {
    private final Path folder;
    private final String name;

    public CaseFolderNamer(Path folder, String name) {
        this.folder = folder;
        this.name = name;
    }

    @Override
    public File getApprovedFile(String extensionWithDot) {
        return folder.resolve(name + ".approved" + extensionWithDot).toFile();
    }

    @Override
    public File getReceivedFile(String extensionWithDot) {
        return folder.resolve(name + ".received" + extensionWithDot).toFile();
    }

    @Override
    public ApprovalNamer addAdditionalInformation(String info) {
        return this;
    }

    @Override
    public String getApprovalName() {
        return name;
    }

    @Override
    public String getSourceFilePath() {
        return folder.toString() + File.separator;
    }
}
