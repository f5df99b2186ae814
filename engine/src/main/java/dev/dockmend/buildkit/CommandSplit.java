package dev.dockmend.buildkit;

import java.nio.charset.Charset;
import java.util.List;

import dev.dockmend.grammar.Whitespace;

/**
 * A logical line cut into keyword, builder flags and the rest (R4.1, R4.4): the keyword ends at the
 * first ASCII whitespace; flags are pulled off the front of what follows.
 *
 * @param keyword the keyword as written
 * @param flags   the flags as BuildKit reports them (quotes and escapes removed)
 * @param rest    the argument text, trimmed
 */
public record CommandSplit(String keyword, List<String> flags, String rest) {

    public static CommandSplit of(String logicalLine, char escape, Charset charset) {
        String line = trimUnicodeSpace(logicalLine);
        int keywordEnd = 0;
        while (keywordEnd < line.length() && !Whitespace.isAsciiSpace(line.charAt(keywordEnd))) {
            keywordEnd++;
        }
        String keyword = line.substring(0, keywordEnd);
        int restStart = keywordEnd;
        while (restStart < line.length() && Whitespace.isAsciiSpace(line.charAt(restStart))) {
            restStart++;
        }
        if (restStart == keywordEnd) {
            return new CommandSplit(keyword, List.of(), "");
        }
        BuilderFlags.Result flags = BuilderFlags.extract(line.substring(restStart), escape, charset);
        return new CommandSplit(keyword, flags.flags(), trimUnicodeSpace(flags.rest()));
    }

    /** Go's {@code strings.TrimSpace}. */
    public static String trimUnicodeSpace(String s) {
        int start = Whitespace.skipUnicodeSpace(s, 0, s.length());
        int end = s.length();
        while (end > start && Whitespace.isUnicodeSpace(s.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == s.length() ? s : s.substring(start, end);
    }
}
