package dev.dockmend.tree;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * How the file's bytes became text, so printing gives the same bytes back: UTF-8 when the bytes are
 * valid UTF-8, otherwise ISO-8859-1 (every byte one character, so even a Latin-1 or GBK comment
 * survives untouched), and whether a UTF-8 byte order mark stood first.
 */
public record SourceEncoding(Charset charset, boolean byteOrderMark) {
    public static final SourceEncoding UTF_8 = new SourceEncoding(StandardCharsets.UTF_8, false);

    public SourceEncoding {
        Objects.requireNonNull(charset, "charset is null");
    }

    // Written out for speed rather than generated: see Dockerfile#equals.
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof SourceEncoding encoding && charset.equals(encoding.charset)
                && byteOrderMark == encoding.byteOrderMark;
    }

    /** Whether the text holds raw bytes of a file that is not valid UTF-8. */
    public boolean isRawBytes() {
        return charset.equals(StandardCharsets.ISO_8859_1);
    }
}
