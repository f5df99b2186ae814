package dev.dockmend.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import dev.dockmend.tree.SourceEncoding;

/**
 * Bytes to text without losing any: UTF-8 when the bytes are valid UTF-8, else ISO-8859-1 (one
 * character per byte, so a Latin-1 or GBK comment prints back unchanged). A leading UTF-8 byte order
 * mark is recorded and removed (BuildKit removes it before looking for directives, R1.4). Files with
 * NUL bytes (binary, UTF-16) and files over {@link #MAX_BYTES} are refused.
 */
public final class SourceDecoder {
    /** Larger files are refused: real Dockerfiles are kilobytes; this bounds memory in batch runs. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    private SourceDecoder() {
    }

    /** Decoded text and how to encode it back. */
    public record Decoded(String text, SourceEncoding encoding) {
    }

    /** Thrown for input that is not a text file; carries the diagnostic to show. */
    public static final class NotText extends Exception {
        private final transient Diagnostic diagnostic;

        NotText(Diagnostic diagnostic) {
            super(diagnostic.message(), null, false, false);
            this.diagnostic = diagnostic;
        }

        public Diagnostic diagnostic() {
            return diagnostic;
        }
    }

    public static Decoded decode(byte[] bytes) throws NotText {
        if (bytes.length > MAX_BYTES) {
            throw new NotText(Diagnostic.parserError(1, 1, "file is " + bytes.length + " bytes, over the limit of "
                    + MAX_BYTES + " bytes", "a Dockerfile smaller than 16 MiB"));
        }
        // One test per byte in the usual case: only a NUL or a byte over 0x7F is looked at further.
        boolean ascii = true;
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b <= 0) {
                if (b == 0) {
                    throw binary(bytes, i);
                }
                ascii = false;
            }
        }
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
        int offset = bom ? 3 : 0;
        if (ascii) {
            // Most Dockerfiles are plain ASCII: that is valid UTF-8, and copying it as Latin-1 is the fastest decode.
            return new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), SourceEncoding.UTF_8);
        }
        ByteBuffer body = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(body)
                    .toString();
            return new Decoded(text, bom ? new SourceEncoding(StandardCharsets.UTF_8, true) : SourceEncoding.UTF_8);
        } catch (CharacterCodingException e) {
            String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.ISO_8859_1);
            return new Decoded(text, new SourceEncoding(StandardCharsets.ISO_8859_1, bom));
        }
    }

    /** The error for the NUL byte at {@code nul}, with its line and column. */
    private static NotText binary(byte[] bytes, int nul) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < nul; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new NotText(Diagnostic.parserError(line, nul - lineStart + 1,
                "binary file: NUL byte (is it UTF-16 or not a Dockerfile?)", "text in UTF-8 or another ASCII-compatible encoding"));
    }

    /**
     * The exact bytes of {@code text} in {@code encoding}: the inverse of {@link #decode}. A byte order
     * mark is written as the UTF-8 bytes EF BB BF whatever the charset of the rest.
     */
    public static byte[] encode(String text, SourceEncoding encoding) {
        if (!encoding.byteOrderMark()) {
            return text.getBytes(encoding.charset());
        }
        byte[] body = (text.startsWith("\uFEFF") ? text.substring(1) : text).getBytes(encoding.charset());
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }
}
