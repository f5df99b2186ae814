package dev.dockmend.shell;

/** The backslash escapes of {@code $'...'} strings, as bash documents them. */
final class AnsiC {
    private AnsiC() {
    }

    /**
     * Decodes the escape whose letter is at {@code at} (just after the backslash) into {@code out} and
     * returns the index after it. An unknown escape keeps its backslash, as bash does.
     */
    static int decode(String text, int at, int end, StringBuilder out) {
        char c = text.charAt(at);
        switch (c) {
            case 'a' -> out.append('\u0007');
            case 'b' -> out.append('\b');
            case 'e', 'E' -> out.append('\u001b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'v' -> out.append('\u000b');
            case '\\', '\'', '"', '?' -> out.append(c);
            case 'c' -> {
                if (at + 1 < end) {
                    out.append((char) (text.charAt(at + 1) & 0x1f));
                    return at + 2;
                }
                out.append("\\c");
            }
            case 'x' -> {
                return number(text, at + 1, end, 16, 2, "\\x", out);
            }
            case 'u' -> {
                return number(text, at + 1, end, 16, 4, "\\u", out);
            }
            case 'U' -> {
                return number(text, at + 1, end, 16, 8, "\\U", out);
            }
            default -> {
                if (c >= '0' && c <= '7') {
                    return number(text, at, end, 8, 3, "\\", out);
                }
                out.append('\\').append(c);
            }
        }
        return at + 1;
    }

    private static int number(String text, int from, int end, int radix, int maxDigits, String prefix, StringBuilder out) {
        int value = 0;
        int i = from;
        while (i < end && i - from < maxDigits && Character.digit(text.charAt(i), radix) >= 0) {
            value = value * radix + Character.digit(text.charAt(i), radix);
            i++;
        }
        if (i == from) {
            out.append(prefix);
        } else if (radix == 8) {
            out.append((char) (value & 0xff));
        } else if (Character.isValidCodePoint(value)) {
            out.appendCodePoint(value);
        } else {
            out.append('\ufffd');
        }
        return i;
    }
}
