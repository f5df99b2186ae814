package dev.dockmend.cli.report;

/** How {@code fix} and {@code check} report. */
public enum Format {
    /** One line per change and finding, then a summary: for people. */
    TEXT,
    /** Unified diffs that {@code git apply} takes; findings and errors on standard error. */
    DIFF,
    /** One JSON document: every file with its changes (ranges, reasons, edits), findings and errors. */
    JSON,
    /** SARIF 2.1.0 with fixes, for code-scanning and other SARIF viewers. */
    SARIF
}
