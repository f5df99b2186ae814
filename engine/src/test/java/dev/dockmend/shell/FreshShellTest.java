package dev.dockmend.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which commands need a new shell after them, from fresh-shell.txt, as written in real Dockerfiles. */
class FreshShellTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "pip install --upgrade pip                                 | pip install --upgrade pip",
            "pip3 install -U pip setuptools wheel                      | pip3 install -U pip setuptools wheel",
            "sudo -H pip install 'pip==20.3'                           | sudo -H pip install 'pip==20.3'",
            "/usr/bin/python3 -m pip install --upgrade \"pip<24\"        | /usr/bin/python3 -m pip install --upgrade \"pip<24\"",
            "python3.11 -m pip install pip                             | python3.11 -m pip install pip",
            "apt-get update && easy_install pip                        | easy_install pip",
            "'curl -sSL https://bootstrap.pypa.io/get-pip.py | python3' | curl -sSL https://bootstrap.pypa.io/get-pip.py",
            "npm i -g npm@latest                                       | npm i -g npm@latest",
            "npm install --global npm                                  | npm install --global npm",
            "gem update --system 3.4.0                                 | gem update --system 3.4.0",
            "n lts                                                     | n lts",
            "nvm install 18 && nvm use 18                              | nvm install 18",
            "corepack enable                                           | corepack enable",
            "ln -sf /bin/bash /bin/sh                                  | ln -sf /bin/bash /bin/sh",
            "rm /bin/sh && ln -s /bin/bash /bin/sh                     | rm /bin/sh",
            "dpkg-reconfigure -p critical dash                         | dpkg-reconfigure -p critical dash",
            "update-alternatives --install /bin/sh sh /bin/bash 100    | update-alternatives --install /bin/sh sh /bin/bash 100",
            "if true; then pip install -U pip; fi                      | pip install -U pip",
    })
    void needsAFreshShellAfter(String script, String command) {
        Script parsed = ((ShellAnalysis.Understood) ShellParser.parse(script)).script();
        assertEquals(Optional.of(command), FreshShell.neededAfter(parsed).map(need -> parsed.text(need.command().span())));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "pip install -r requirements.txt",
            "pip install --upgrade pipenv",
            "python -m pip install -U requests",
            "python -m pip --version",
            "npm install -g yarn",
            "npm ci",
            "gem install bundler",
            "ln -s /usr/bin/python3 /usr/bin/python",
            "dpkg-reconfigure tzdata",
            "echo pip install --upgrade pip",
            "\"$PIP\" install -U pip",
    })
    void needsNone(String script) {
        Script parsed = ((ShellAnalysis.Understood) ShellParser.parse(script)).script();
        assertEquals(Optional.empty(), FreshShell.neededAfter(parsed).map(need -> parsed.text(need.command().span())));
    }
}
