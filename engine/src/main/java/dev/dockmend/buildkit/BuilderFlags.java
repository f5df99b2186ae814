package dev.dockmend.buildkit;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * BuildKit's {@code extractBuilderFlags} (R4.4). It reads the line one byte at a time: a byte of
 * 0x80 or more is taken as a Latin-1 character (so {@code é} comes out as {@code Ã©}) and bytes 0x85
 * and 0xA0 separate words. To be exact this class works on the source bytes, each byte held in one
 * {@code char}, which is what re-encoding as ISO-8859-1 gives.
 */
final class BuilderFlags {
    private BuilderFlags() {
    }

    record Result(List<String> flags, String rest) {
    }

    static Result extract(String line, char escape, Charset charset) {
        // Fast exit: no flag unless the text starts with "--" after whitespace.
        int first = 0;
        while (first < line.length() && isByteSpace(line.charAt(first))) {
            first++;
        }
        if (!line.startsWith("--", first)) {
            return new Result(List.of(), line);
        }
        boolean ascii = isAscii(line);
        String b = ascii ? line : new String(line.getBytes(charset), StandardCharsets.ISO_8859_1);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int phase = IN_SPACES;
        char quote = 0;
        boolean blankOk = false;
        int n = b.length();
        for (int pos = 0; pos <= n; pos++) {
            char ch = pos < n ? b.charAt(pos) : 0;
            if (phase == IN_SPACES) {
                if (pos == n) {
                    break;
                }
                if (isByteSpace(ch)) {
                    continue;
                }
                if (ch != '-' || pos + 1 == n || b.charAt(pos + 1) != '-') {
                    return new Result(words, rest(b, pos, ascii, line, charset));
                }
                phase = IN_WORD;
            }
            if (pos == n) {
                if (!word.toString().equals("--") && (blankOk || word.length() > 0)) {
                    words.add(word.toString());
                }
                break;
            }
            if (phase == IN_WORD) {
                if (isByteSpace(ch)) {
                    phase = IN_SPACES;
                    if (word.toString().equals("--")) {
                        return new Result(words, rest(b, pos, ascii, line, charset));
                    }
                    if (blankOk || word.length() > 0) {
                        words.add(word.toString());
                    }
                    word.setLength(0);
                    blankOk = false;
                    continue;
                }
                if (ch == '\'' || ch == '"') {
                    quote = ch;
                    blankOk = true;
                    phase = IN_QUOTE;
                    continue;
                }
                if (ch == escape) {
                    if (pos + 1 == n) {
                        continue;
                    }
                    pos++;
                    ch = b.charAt(pos);
                }
                word.append(ch);
                continue;
            }
            // IN_QUOTE
            if (ch == quote) {
                phase = IN_WORD;
                continue;
            }
            if (ch == escape) {
                if (pos + 1 == n) {
                    phase = IN_WORD;
                    continue;
                }
                pos++;
                ch = b.charAt(pos);
            }
            word.append(ch);
        }
        return new Result(words, "");
    }

    private static final int IN_SPACES = 0;
    private static final int IN_WORD = 1;
    private static final int IN_QUOTE = 2;

    private static String rest(String bytes, int pos, boolean ascii, String line, Charset charset) {
        if (ascii) {
            return line.substring(pos);
        }
        return new String(bytes.substring(pos).getBytes(StandardCharsets.ISO_8859_1), charset);
    }

    /** Go's {@code unicode.IsSpace} applied to a single byte read as a rune. */
    private static boolean isByteSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
