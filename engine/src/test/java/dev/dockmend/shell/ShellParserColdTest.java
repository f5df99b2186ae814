package dev.dockmend.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import dev.dockmend.Dockerfiles;
import dev.dockmend.testing.TestData;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Instruction;
import dev.dockmend.tree.Run;

/**
 * The one thing the shell analysis keeps from file to file is {@link ShellParser}'s memory of the last scripts a
 * thread read: in a batch, a file whose RUN has the same script as an earlier file's gets that file's analysis.
 * So every RUN script of the corpus, read in batch order (after every file before it, the remembered analysis
 * when there is one), must read exactly as a cold analysis of its own reads it: the same structure, spans and
 * comments, or the same problem at the same place.
 */
class ShellParserColdTest {

    @Test
    void everyCorpusScriptReadAfterTheFilesBeforeItReadsAsCold() throws IOException {
        Optional<Path> corpus = TestData.corpus();
        Assumptions.assumeTrue(corpus.isPresent(), "no ../shared/corpus here, so the corpus scripts are not read cold");
        Set<String> seen = new HashSet<>();
        int scripts = 0;
        int seenInAnEarlierFile = 0;
        List<String> failures = new ArrayList<>();
        for (Path path : TestData.corpusDockerfiles(corpus.get())) {
            Optional<Dockerfile> file = Dockerfiles.parse(Files.readAllBytes(path)).tree();
            Set<String> inThisFile = new HashSet<>();
            for (String script : file.map(ShellParserColdTest::scripts).orElse(List.of())) {
                scripts++;
                if (seen.contains(script) && !inThisFile.contains(script)) {
                    seenInAnEarlierFile++;
                }
                inThisFile.add(script);
                String warm = describe(ShellParser.parse(script));
                String cold = describe(ShellParser.analyse(script));
                if (!warm.equals(cold)) {
                    failures.add(path.getFileName() + ": " + script + "\n  warm: " + warm + "\n  cold: " + cold);
                }
            }
            seen.addAll(inThisFile);
        }
        assertTrue(scripts > 1000, scripts + " scripts");
        assertTrue(seenInAnEarlierFile > 100, "only " + seenInAnEarlierFile + " scripts were read in an earlier file too");
        assertEquals(List.of(), failures);
    }

    /** The shell scripts of the file's RUNs, whatever shell runs them: the analysis reads any text. */
    private static List<String> scripts(Dockerfile file) {
        List<String> scripts = new ArrayList<>();
        for (Instruction instruction : file.instructions()) {
            if (instruction instanceof Run run && !run.isExecForm() && RunScript.of(run) instanceof RunScript.ShellText text) {
                scripts.add(text.text());
            }
        }
        return scripts;
    }

    private static String describe(ShellAnalysis analysis) {
        if (analysis instanceof ShellAnalysis.Understood understood) {
            Script script = understood.script();
            return "understood " + ShellOutline.of(script) + " | body " + script.body().span() + " | commands "
                    + script.commands().stream().map(command -> command.span().toString()).toList() + " | comments " + script.comments();
        }
        return analysis.toString();
    }
}
