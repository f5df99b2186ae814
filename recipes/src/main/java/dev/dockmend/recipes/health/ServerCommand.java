package dev.dockmend.recipes.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.dockmend.context.BuildContext;
import dev.dockmend.recipes.images.HealthProbes;
import dev.dockmend.shell.ShellAnalysis;
import dev.dockmend.shell.ShellParser;
import dev.dockmend.shell.SimpleCommand;
import dev.dockmend.tree.Cmd;
import dev.dockmend.tree.CommandForm;
import dev.dockmend.tree.Entrypoint;
import dev.dockmend.tree.Instruction;

/**
 * Whether the command a stage runs starts an HTTP server ({@code gunicorn}, {@code nginx}, {@code php -S}),
 * by the {@code http-server} lines of {@code knowledge/health-probes.txt}: the evidence that a port no list
 * knows speaks HTTP. The command is the last CMD and ENTRYPOINT of the stage's chain: the ENTRYPOINT with the
 * CMD as its arguments, the CMD alone (an entrypoint script such as {@code docker-entrypoint.sh} runs it), and
 * the ENTRYPOINT alone; a shell-form one (or {@code sh -c SCRIPT}) counts each command of its script, so
 * {@code python manage.py migrate && gunicorn app:app} starts gunicorn. A command that starts the project's own
 * application ({@code node app.js}, {@code npm start}, {@code java -jar app.jar}) serves HTTP when the build
 * context is known and its manifest at the root depends on an HTTP framework (express in package.json, flask in
 * requirements.txt, spring-boot-starter-web in pom.xml).
 */
final class ServerCommand {
    private static final Set<String> SHELLS = Set.of("sh", "/bin/sh", "bash", "/bin/bash", "ash", "/bin/ash");

    private ServerCommand() {
    }

    /**
     * What says the chain's command starts an HTTP server, for a reason ({@code gunicorn, an HTTP server}, {@code
     * node, and the build context's package.json depends on express, an HTTP framework}); empty when nothing does.
     */
    static Optional<String> httpServer(List<Instruction> chain, HealthProbes probes, Optional<BuildContext> context) {
        Optional<CommandForm> cmd = Optional.empty();
        Optional<CommandForm> entrypoint = Optional.empty();
        for (Instruction instruction : chain) {
            if (instruction instanceof Cmd c) {
                cmd = Optional.of(c.command());
            } else if (instruction instanceof Entrypoint e) {
                entrypoint = Optional.of(e.command());
            }
        }
        List<List<String>> candidates = new ArrayList<>();
        if (entrypoint.isPresent() && cmd.isPresent() && entrypoint.get() instanceof CommandForm.ExecForm first
                && cmd.get() instanceof CommandForm.ExecForm rest) {
            List<String> joined = new ArrayList<>(first.arguments());
            joined.addAll(rest.arguments());
            candidates.addAll(commands(joined));
        }
        cmd.ifPresent(form -> candidates.addAll(commands(form)));
        entrypoint.ifPresent(form -> candidates.addAll(commands(form)));
        for (List<String> words : candidates) {
            Optional<String> server = probes.httpServer(words);
            if (server.isPresent()) {
                return Optional.of(server.get() + ", an HTTP server");
            }
        }
        if (context.isPresent()) {
            for (List<String> words : candidates) {
                Optional<String> app = probes.appCommand(words).flatMap(found -> framework(found.getValue(), context.get())
                        .map(dependency -> found.getKey() + ", and the build context's " + dependency + ", an HTTP framework"));
                if (app.isPresent()) {
                    return app;
                }
            }
        }
        return Optional.empty();
    }

    /** The first framework a manifest at the context's root depends on: {@code package.json depends on express}. */
    private static Optional<String> framework(List<HealthProbes.Framework> frameworks, BuildContext context) {
        for (HealthProbes.Framework framework : frameworks) {
            Optional<String> manifest = context.read(framework.file());
            if (manifest.isEmpty()) {
                continue;
            }
            Optional<String> name = framework.dependedOn(manifest.get());
            if (name.isPresent()) {
                return Optional.of(framework.file() + " depends on " + name.get());
            }
        }
        return Optional.empty();
    }

    private static List<List<String>> commands(CommandForm form) {
        return form instanceof CommandForm.ExecForm exec ? commands(exec.arguments()) : script(((CommandForm.ShellForm) form).script());
    }

    /** An exec form's words, or the commands of the script it hands a shell ({@code ["sh", "-c", "..."]}). */
    private static List<List<String>> commands(List<String> words) {
        if (words.size() == 3 && SHELLS.contains(words.get(0)) && words.get(1).equals("-c")) {
            return script(words.get(2));
        }
        return List.of(words);
    }

    /** The words of each simple command of a script; a word that is not literal ({@code $PORT}) becomes {@code $}. */
    private static List<List<String>> script(String text) {
        List<List<String>> commands = new ArrayList<>();
        if (ShellParser.parse(text) instanceof ShellAnalysis.Understood understood) {
            for (SimpleCommand command : understood.script().simpleCommands()) {
                commands.add(command.words().stream().map(word -> word.literal().orElse("$")).toList());
            }
        }
        return commands;
    }
}
