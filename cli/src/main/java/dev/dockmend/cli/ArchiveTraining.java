package dev.dockmend.cli;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * The training run for the class-data sharing archive that {@code mvn package} makes: the JVM lists every
 * class it loads, lambda classes and method-handle forms included, and the archive holds them ready for
 * {@code bin/dockmend}. Whatever a command needs that no training touched is generated at run time, with
 * the JVM's class-writing code still cold (about 1 ms a class). So this runs, in one JVM, each output the
 * commands have: {@code check} in text, diff, JSON and SARIF, {@code fix} and the quick-fix commands, over
 * the project's own test files. Not a user command; output goes nowhere.
 *
 * <p>Arguments: the {@code testdata} folder.
 */
public final class ArchiveTraining {
    private ArchiveTraining() {
    }

    public static void main(String[] args) {
        String testdata = args[0];
        String sample = testdata + "/cli/project/Dockerfile";
        String[][] runs = {
            {"check", testdata},
            {"check", "--format", "diff", testdata},
            {"check", "--format", "json", testdata},
            {"check", "--format", "sarif", testdata},
            {"fix", testdata},
            {"actions", sample, "--line", "1"},
            {"recipes"},
        };
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        for (String[] run : runs) {
            Dockmend.run(nowhere, nowhere, run);
        }
    }
}
