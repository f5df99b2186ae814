package dev.dockmend.diff;

import java.util.List;

/**
 * One changed block between two texts: {@code sourceSize} lines at 0-based {@code sourceStart} of the
 * old text became {@code targetLines} at 0-based {@code targetStart} of the new one. An insertion has
 * {@code sourceSize} 0, a deletion no target lines.
 */
public record LineDelta(int sourceStart, int sourceSize, int targetStart, List<String> targetLines) {
    public LineDelta {
        targetLines = List.copyOf(targetLines);
    }

    public int sourceEnd() {
        return sourceStart + sourceSize;
    }

    public int targetSize() {
        return targetLines.size();
    }

    public int targetEnd() {
        return targetStart + targetLines.size();
    }
}
