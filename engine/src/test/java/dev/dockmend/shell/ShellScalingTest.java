package dev.dockmend.shell;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * The shell parser is linear in the script, also on inputs built to defeat lookahead and guessing.
 * The bounds are generous: they catch an exponential or quadratic slip, not slowness (speed is for JMH).
 */
class ShellScalingTest {
    private static final Duration BOUND = Duration.ofSeconds(20);

    private static ShellAnalysis parse(String script) {
        return assertTimeoutPreemptively(BOUND, () -> ShellParser.parse(script));
    }

    @Test
    void aLongAndOrChain() {
        assertInstanceOf(ShellAnalysis.Understood.class, parse("apt-get install -y \"$x\" 'y' $(echo z) && ".repeat(50_000) + "true"));
    }

    @Test
    void manyLines() {
        assertInstanceOf(ShellAnalysis.Understood.class, parse("echo a\n".repeat(200_000)));
    }

    @Test
    void aLargeHeredoc() {
        assertInstanceOf(ShellAnalysis.Understood.class, parse("cat <<EOF\n" + "line $x $(y)\n".repeat(100_000) + "EOF\n"));
    }

    @Test
    void wordsOfUnclosedBracketsAndBraces() {
        assertInstanceOf(ShellAnalysis.Understood.class, parse("echo " + "[{".repeat(500_000)));
        assertInstanceOf(ShellAnalysis.Understood.class, parse("echo " + "{".repeat(500_000) + ",}"));
        assertInstanceOf(ShellAnalysis.Understood.class, parse("echo " + "[".repeat(500_000) + "]"));
    }

    @Test
    void nestedGuessesThatAreNotArithmetic() {
        // each $(( could be arithmetic; a wrong guess must not be retried inside every enclosing guess
        assertInstanceOf(ShellAnalysis.Unknown.class, parse("echo " + "$((".repeat(90) + "x" + "a".repeat(1_000_000)));
        assertInstanceOf(ShellAnalysis.Understood.class, parse("echo " + "$(( (".repeat(30) + "1" + ") ))".repeat(30)));
        assertInstanceOf(ShellAnalysis.Unknown.class, parse("((".repeat(90) + "a".repeat(1_000_000)));
    }
}
