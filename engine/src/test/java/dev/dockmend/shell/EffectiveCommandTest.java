package dev.dockmend.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.junit.jupiter.api.Test;

/** Which command really runs once {@code sudo}, {@code env} and the other wrappers are taken off. */
class EffectiveCommandTest {

    static EffectiveCommand effective(String script) {
        return ShellParserTest.only(script).effectiveCommand().orElseThrow();
    }

    /** The effective command as "name arg arg" (computed words as {raw}), then " <- wrappers". */
    static String describe(String script) {
        EffectiveCommand command = effective(script);
        StringBuilder out = new StringBuilder(ShellOutline.word(command.name()));
        command.arguments().forEach(word -> out.append(' ').append(ShellOutline.word(word)));
        return command.wrappers().isEmpty() ? out.toString() : out + " <- " + String.join(",", command.wrappers());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            apt-get install -y curl                      => apt-get install -y curl
            FOO=bar make                                 => make
            sudo -u app -E cmd arg                       => cmd arg <- sudo
            sudo -Eu app cmd                             => cmd <- sudo
            sudo -uapp cmd                               => cmd <- sudo
            sudo --user app --preserve-env=A cmd         => cmd <- sudo
            sudo --user=app -- cmd -x                    => cmd -x <- sudo
            sudo A=1 cmd                                 => cmd <- sudo
            sudo -l                                      => sudo -l
            sudo -l cmd                                  => sudo -l cmd
            sudo -Z cmd                                  => sudo -Z cmd
            sudo                                         => sudo
            env -i A=1 cmd                               => cmd <- env
            env - PATH=/bin cmd                          => cmd <- env
            env -u HOME -C /tmp cmd                      => cmd <- env
            env                                          => env
            env A=1                                      => env A=1
            /usr/bin/env A=1 python3 x.py                => python3 x.py <- env
            exec -a name gosu app cmd                    => cmd <- exec,gosu
            exec >log                                    => exec
            command -p cd /x                             => cd /x <- command
            command -v apt-get                           => command -v apt-get
            builtin cd /x                                => cd /x <- builtin
            nohup server &                               => server <- nohup
            time -p make                                 => make <- time
            nice -n 10 make                              => make <- nice
            nice -10 make                                => make <- nice
            timeout -s KILL 30 curl x                    => curl x <- timeout
            su-exec app:app cmd                          => cmd <- su-exec
            sudo env A=1 nice -n 5 apt-get update        => apt-get update <- sudo,env,nice
            sudo $FLAGS cmd                              => {$FLAGS} cmd <- sudo
            sudo -u $USER cmd                            => cmd <- sudo
            xargs apt-get install -y                     => xargs apt-get install -y
            """)
    void wrappersAreTakenOff(String script, String expected) {
        assertEquals(expected, describe(script));
    }

    @Test
    void namesMayBePaths() {
        EffectiveCommand command = effective("sudo /usr/bin/apt-get update");
        assertEquals(Optional.of("/usr/bin/apt-get"), command.literalName());
        assertEquals(Optional.of("apt-get"), command.baseName());
        assertTrue(command.is("apt-get"));
        assertFalse(command.is("apt"));
        assertEquals(List.of(Optional.of("update")), command.literalArguments());
    }

    @Test
    void whetherTheCommandRunsInTheShell() {
        assertTrue(effective("cd /x").runsInShell());
        assertTrue(effective("command cd /x").runsInShell());
        assertFalse(effective("sudo cd /x").runsInShell());
        assertFalse(effective("env A=1 cd /x").runsInShell());
    }

    @Test
    void aComputedNameHasNoFixedName() {
        EffectiveCommand command = effective("$CC -o x x.c");
        assertEquals(Optional.empty(), command.literalName());
        assertFalse(command.is("gcc"));
    }
}
