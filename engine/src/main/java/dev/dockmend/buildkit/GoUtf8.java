package dev.dockmend.buildkit;

/**
 * Bytes to text as Go reads them ({@code utf8.DecodeRune}): a valid UTF-8 sequence is its character;
 * any byte that does not start one becomes U+FFFD on its own. Java's decoder replaces a whole
 * malformed sequence with one U+FFFD instead, so BuildKit's view of a non-UTF-8 file needs this.
 */
public final class GoUtf8 {
    private GoUtf8() {
    }

    public static String decode(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length);
        int i = 0;
        while (i < bytes.length) {
            int b0 = bytes[i] & 0xFF;
            if (b0 < 0x80) {
                out.append((char) b0);
                i++;
                continue;
            }
            int width;
            int cp;
            int min;
            if (b0 >= 0xC2 && b0 <= 0xDF) {
                width = 2;
                cp = b0 & 0x1F;
                min = 0x80;
            } else if (b0 >= 0xE0 && b0 <= 0xEF) {
                width = 3;
                cp = b0 & 0x0F;
                min = 0x800;
            } else if (b0 >= 0xF0 && b0 <= 0xF4) {
                width = 4;
                cp = b0 & 0x07;
                min = 0x10000;
            } else {
                out.append('\uFFFD');
                i++;
                continue;
            }
            boolean valid = i + width <= bytes.length;
            for (int k = 1; valid && k < width; k++) {
                int b = bytes[i + k] & 0xFF;
                if ((b & 0xC0) != 0x80) {
                    valid = false;
                } else {
                    cp = (cp << 6) | (b & 0x3F);
                }
            }
            if (!valid || cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                out.append('\uFFFD');
                i++;
                continue;
            }
            out.appendCodePoint(cp);
            i += width;
        }
        return out.toString();
    }
}
