package dev.dockmend.grammar;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The lexer's input: a string read as UTF-16 units, one class for every file. ANTLR's own
 * {@code CharStreams.fromString} picks one of three stream classes by the widest character in the text, so
 * in a batch the lexer's calls to {@code LA} and {@code consume} reach several classes and go through the
 * JVM's slow interface dispatch (a tenth of the lexer's time, measured). The grammar only tells apart ASCII
 * characters (blanks, {@code #}, the escape character, line ends), so a character outside the Basic
 * Multilingual Plane reads the same as its two surrogates: the same tokens, with the same text.
 *
 * <p>{@link FastLexerSimulator} reads the text directly where the lexer's state cannot change.
 */
public final class TextCharStream implements CharStream {
    private final String text;
    private final int size;
    private int position;

    public TextCharStream(String text) {
        this.text = text;
        this.size = text.length();
    }

    @Override
    public int LA(int i) {
        int offset;
        if (i > 0) {
            offset = position + i - 1;
            return offset < size ? text.charAt(offset) : IntStream.EOF;
        }
        if (i == 0) {
            return 0; // undefined, as in ANTLR's own streams
        }
        offset = position + i;
        return offset >= 0 ? text.charAt(offset) : IntStream.EOF;
    }

    @Override
    public void consume() {
        if (position >= size) {
            throw new IllegalStateException("cannot consume EOF");
        }
        position++;
    }

    @Override
    public int mark() {
        return -1; // the whole text is in memory: nothing to hold
    }

    @Override
    public void release(int marker) {
    }

    @Override
    public int index() {
        return position;
    }

    @Override
    public void seek(int index) {
        position = index;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String getSourceName() {
        return IntStream.UNKNOWN_SOURCE_NAME;
    }

    @Override
    public String getText(Interval interval) {
        int start = Math.min(interval.a, size);
        int stop = Math.min(interval.b, size - 1);
        return stop < start ? "" : text.substring(start, stop + 1);
    }

    /** The whole text, read from {@link #index()} on by the lexer's simulator. */
    String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
