package dev.dockmend.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which top-level commands change the shell that runs the script, as a RUN-merging recipe must know. */
class ShellStateTest {

    static List<String> changes(String script) {
        return ShellState.changes(ShellParserTest.understood(script)).stream()
                .map(change -> change.name() + ": " + change.reason()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            cd /src && make                        => cd: changes the working directory
            set -ex                                => set: changes shell options or the positional parameters
            export PATH=/opt/bin:$PATH             => export: sets environment variables that later commands see
            x=1                                    => x: sets the shell variable `x`
            a=1 b=2                                => a: sets the shell variables `a`, `b`
            umask 022                              => umask: changes the permissions of files created later
            . /etc/os-release                      => .: runs a file in this shell, which may change anything
            source ~/.bashrc                       => source: runs a file in this shell, which may change anything
            test -f x || exit 0                    => exit: ends the shell, so later commands would not run
            exec >log 2>&1                         => exec: replaces the shell, or changes its open files, so later commands run differently or not at all
            exec nginx -g daemon                   => exec: replaces the shell, or changes its open files, so later commands run differently or not at all
            command cd /x                          => cd: changes the working directory
            if true; then cd /x; fi                => cd: changes the working directory
            { cd /x; }                             => cd: changes the working directory
            case $a in x) export A=1;; esac        => export: sets environment variables that later commands see
            while read -r line; do :; done < f     => read: sets shell variables
            greet() { echo hi; }                   => greet: defines the function `greet`
            for pkg in a b; do echo $pkg; done     => for: sets the loop variable `pkg`
            printf -v now '%s' x                   => printf: sets a shell variable
            $SETUP --quiet                         => $SETUP: runs a command whose name is only known when the build runs
            echo ${cache:=/tmp}                    => echo: sets a shell variable inside an expansion (`${x:=...}` or `$((x=...))`)
            echo $((n += 1))                       => echo: sets a shell variable inside an expansion (`${x:=...}` or `$((x=...))`)
            IFS=, :                                => :: keeps the variables set before the special builtin `:` (`IFS`)
            ((n++))                                => ((: sets shell variables in `((...))`
            trap 'rm -f x' EXIT                    => trap: sets a command to run on a signal or at exit
            """)
    void statefulCommandsAreFound(String script, String change) {
        assertEquals(List.of(change), changes(script));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "apt-get update && apt-get install -y curl",
            "FOO=bar make",
            "(cd /src && make)",
            "cd /src | cat",
            "cd /src &",
            "sudo cd /x",
            "env -i cd /x",
            "echo $(cd /x; pwd)",
            "printf '%s' x",
            "[[ -f x ]] && (( n > 1 ))",
            "> /tmp/log",
            "true"})
    void statelessScriptsHaveNoChanges(String script) {
        assertEquals(List.of(), changes(script));
        assertFalse(ShellState.changesState(ShellParserTest.understood(script)));
    }

    @Test
    void everyChangeIsListedInOrderWithItsCommand() {
        Script script = ShellParserTest.understood("set -e; cd /app && npm ci; export NODE_ENV=production");
        List<ShellState.Change> changes = ShellState.changes(script);
        assertEquals(List.of("set", "cd", "export"), changes.stream().map(ShellState.Change::name).toList());
        assertEquals("cd /app", script.text(changes.get(1).span()));
        assertTrue(ShellState.changesState(script));
    }
}
