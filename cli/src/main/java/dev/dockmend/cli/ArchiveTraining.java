package dev.dockmend.cli;

import java.io.PrintWriter;
import java.io.Writer;

import dev.dockmend.cli.run.EarlyCatalog;

/**
 * The training run for the class-data sharing archive that {@code mvn package} makes: the JVM lists every
 * class it loads, lambda classes and method-handle forms included, and the archive holds them ready for
 * {@code bin/dockmend}. Whatever a command needs that no training touched is generated at run time, with
 * the JVM's class-writing code still cold (about 1 ms a class). So this runs, in one JVM, each output the
 * commands have: {@code check} in text, diff, JSON and SARIF, {@code fix} and the quick-fix commands, over
 * the project's own test files, and {@code check} over {@code cli/src/cds-training}: shell constructs
 * (case, [[ ]], ~, heredocs), Windows looks and argument errors that real Dockerfiles have and the test
 * files may not (before it, a run over the corpus loaded six classes and generated a lambda class that
 * the archive lacked). Not a user command; output goes nowhere.
 *
 * <p>Arguments: the {@code testdata} folder, the {@code cds-training} folder.
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
            {"check", args[1]},
        };
        System.console(); // as Dockmend.main asks, to choose colours
        EarlyCatalog.start(); // as Dockmend.main does for these commands
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        for (String[] run : runs) {
            Dockmend.run(nowhere, nowhere, run);
        }
    }
}
