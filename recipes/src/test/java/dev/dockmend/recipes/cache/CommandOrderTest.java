package dev.dockmend.recipes.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.dockmend.shell.Script;
import dev.dockmend.shell.ShellAnalysis;
import dev.dockmend.shell.ShellParser;
import dev.dockmend.shell.SimpleCommand;

/**
 * What a script's structure guarantees about {@code u} (the refresh) against {@code r} (the install) and the
 * script's success. Each row was checked by hand against the shell's rules; the differential tests run
 * such scripts for real.
 */
class CommandOrderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', value = {
            // script @ u runs before r @ u runs when the script succeeds
            "u && r                                        @ true  @ true",
            "u; r                                          @ true  @ true",
            "a && u && r                                   @ true  @ true",
            "a && u; r                                     @ false @ false",
            "a; u && r                                     @ true  @ true",
            "u || a; r                                     @ true  @ true",
            "a || u; r                                     @ false @ false",
            "a || u && r                                   @ false @ false",
            "if a; then u; fi; r                           @ false @ false",
            "if a; then u; fi && r                         @ false @ false",
            "for i in 1; do u; done; r                     @ false @ false",
            "while a; do u; done; r                        @ false @ false",
            "case x in y) u;; esac; r                      @ false @ false",
            "f() { u; }; f; r                              @ false @ false",
            "{ u; }; r                                     @ true  @ true",
            "(u); r                                        @ true  @ true",
            "{ a && u; } && r                              @ true  @ true",
            "{ a && u; b; } && r                           @ false @ false",
            "{ a && u; } | b; r                            @ false @ false",
            "! { a && u; } && r                            @ false @ false",
            "u | b; r                                      @ true  @ true",
            "r; u                                          @ false @ true",
            "u | r                                         @ false @ true",
            "a && u && b                                   @ false @ true",
            "a && u && b || c                              @ false @ false",
            "echo $(u); r                                  @ false @ false"
    })
    void knowsWhatTheStructureGuarantees(String text, boolean before, boolean whenSucceeds) {
        Script script = ((ShellAnalysis.Understood) ShellParser.parse(text.strip())).script();
        ScriptPaths paths = ScriptPaths.of(script);
        SimpleCommand u = named(script, "u");
        List<SimpleCommand> r = script.simpleCommands().stream().filter(c -> c.words().get(0).text().equals("r")).toList();
        if (!r.isEmpty()) {
            assertEquals(before, CommandOrder.runsBefore(paths, u, r.get(0)), "u runs before r");
        }
        assertEquals(whenSucceeds, CommandOrder.runsWhenScriptSucceeds(paths, u), "u runs when the script succeeds");
    }

    private static SimpleCommand named(Script script, String name) {
        return script.simpleCommands().stream().filter(c -> !c.words().isEmpty() && c.words().get(0).text().equals(name))
                .findFirst().orElseThrow();
    }
}
