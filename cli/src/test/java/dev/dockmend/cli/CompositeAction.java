package dev.dockmend.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.Yaml;

/**
 * A composite GitHub Action ({@code action.yml}) run here as GitHub's runner runs it: its {@code run} steps in
 * order with {@code bash --noprofile --norc -eo pipefail}, the step's {@code env} and {@code working-directory},
 * {@code GITHUB_OUTPUT} read back into {@code steps.ID.outputs}, each {@code if} evaluated, and the first
 * failing step ending the run. Steps that {@code uses} another action are not run: their resolved {@code with}
 * is kept for the test to check. The expressions known are those the action uses (inputs, step outputs,
 * {@code runner.os}, {@code github.action_path}, {@code ==}, {@code !=}, {@code &&}); any other fails the test,
 * so a change to the action that this runner would misread is noticed.
 */
final class CompositeAction {
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.*?)\\s*}}");

    private final Map<String, Object> definition;
    private final Path actionPath;

    /** One step: whether it ran, how (a {@code run} step), or with what (a {@code uses} step). */
    record Step(String id, String uses, boolean ran, Command.Result result, Map<String, String> with) {
    }

    /** How the action ended: the failing step's exit code or 0, each step, and the action's outputs. */
    record Outcome(int exitCode, List<Step> steps, Map<String, String> outputs) {
        Step step(String idOrUses) {
            return steps.stream().filter(step -> idOrUses.equals(step.id()) || idOrUses.equals(step.uses())).findFirst()
                    .orElseThrow(() -> new AssertionError("no step " + idOrUses));
        }

        /** Everything the run steps printed, for assertion messages. */
        String log() {
            StringBuilder log = new StringBuilder();
            for (Step step : steps) {
                if (step.result() != null) {
                    log.append("== ").append(step.id()).append(" (exit ").append(step.result().exitCode()).append(")\n").append(step.result().output());
                }
            }
            return log.toString();
        }
    }

    private CompositeAction(Map<String, Object> definition, Path actionPath) {
        this.definition = definition;
        this.actionPath = actionPath;
    }

    static CompositeAction load(Path actionPath) throws IOException {
        try (Reader reader = Files.newBufferedReader(actionPath.resolve("action.yml"), StandardCharsets.UTF_8)) {
            return new CompositeAction(new Yaml().load(reader), actionPath);
        }
    }

    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> inputs() {
        return (Map<String, Map<String, Object>>) definition.get("inputs");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> runs() {
        return (Map<String, Object>) definition.get("runs");
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> steps() {
        return (List<Map<String, Object>>) runs().get("steps");
    }

    /**
     * Runs the action in {@code workspace} with these inputs (the rest take their defaults), leaving out the
     * {@code run} steps named in {@code skipped}.
     */
    @SuppressWarnings("unchecked")
    Outcome run(Path workspace, Path runnerTemp, Map<String, String> given, Set<String> skipped) throws IOException {
        Map<String, String> inputs = new HashMap<>();
        inputs().forEach((name, input) -> inputs.put(name, String.valueOf(input.getOrDefault("default", ""))));
        given.forEach((name, value) -> {
            if (!inputs.containsKey(name)) {
                throw new AssertionError("the action has no input " + name);
            }
            inputs.put(name, value);
        });
        Map<String, Map<String, String>> outputs = new HashMap<>();
        Context context = new Context(inputs, outputs);
        List<Step> steps = new ArrayList<>();
        int exitCode = 0;
        for (Map<String, Object> step : steps()) {
            String id = (String) step.get("id");
            String uses = (String) step.get("uses");
            if (exitCode != 0 || (step.containsKey("if") && !context.condition((String) step.get("if")))
                    || (id != null && skipped.contains(id))) {
                steps.add(new Step(id, uses, false, null, Map.of()));
                continue;
            }
            if (uses != null) {
                Map<String, String> with = new LinkedHashMap<>();
                ((Map<String, Object>) step.getOrDefault("with", Map.of())).forEach((name, value) -> with.put(name, context.resolve(String.valueOf(value))));
                steps.add(new Step(id, uses, true, null, with));
                continue;
            }
            if (!"bash".equals(step.get("shell"))) {
                throw new AssertionError("a run step without `shell: bash` (a composite action must name its shell): " + step);
            }
            Path script = Files.writeString(Files.createTempFile(runnerTemp, "step", ".sh"), (String) step.get("run"));
            Path output = Files.createTempFile(runnerTemp, "output", ".txt");
            Map<String, String> environment = new HashMap<>(Map.of("GITHUB_ACTION_PATH", actionPath.toString(), "GITHUB_OUTPUT", output.toString(),
                    "GITHUB_WORKSPACE", workspace.toString(), "RUNNER_TEMP", runnerTemp.toString(), "RUNNER_OS", "Linux", "CI", "true",
                    "GITHUB_ACTIONS", "true"));
            ((Map<String, Object>) step.getOrDefault("env", Map.of())).forEach((name, value) -> environment.put(name, context.resolve(String.valueOf(value))));
            Path directory = workspace.resolve(context.resolve(String.valueOf(step.getOrDefault("working-directory", "."))));
            Command.Result result = new Command(directory, environment).run("bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString());
            if (id != null) {
                outputs.put(id, readOutputs(output));
            }
            steps.add(new Step(id, null, true, result, Map.of()));
            exitCode = result.exitCode();
        }
        Map<String, String> actionOutputs = new LinkedHashMap<>();
        ((Map<String, Map<String, Object>>) definition.getOrDefault("outputs", Map.of()))
                .forEach((name, output) -> actionOutputs.put(name, context.resolve(String.valueOf(output.get("value")))));
        return new Outcome(exitCode, steps, actionOutputs);
    }

    /** {@code name=value} lines; the {@code name<<DELIMITER} form is not used by the action, and not read. */
    private static Map<String, String> readOutputs(Path file) throws IOException {
        Map<String, String> outputs = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int equals = line.indexOf('=');
            if (equals < 0 || line.substring(0, equals).contains("<<")) {
                throw new AssertionError("an output line this runner does not read: " + line);
            }
            outputs.put(line.substring(0, equals), line.substring(equals + 1));
        }
        return outputs;
    }

    /** The expressions the action uses, evaluated as GitHub evaluates them. */
    private final class Context {
        private final Map<String, String> inputs;
        private final Map<String, Map<String, String>> outputs;

        Context(Map<String, String> inputs, Map<String, Map<String, String>> outputs) {
            this.inputs = inputs;
            this.outputs = outputs;
        }

        String resolve(String text) {
            Matcher matcher = EXPRESSION.matcher(text);
            StringBuilder resolved = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(resolved, Matcher.quoteReplacement(value(matcher.group(1))));
            }
            return matcher.appendTail(resolved).toString();
        }

        /** An {@code if}: terms joined by {@code &&}, each a comparison or a value that is true when not empty. */
        boolean condition(String text) {
            Matcher wrapped = EXPRESSION.matcher(text.strip());
            String expression = wrapped.matches() ? wrapped.group(1) : text.strip();
            for (String term : expression.split("&&")) {
                Matcher comparison = Pattern.compile("(.+?)\\s*(==|!=)\\s*(.+)").matcher(term.strip());
                boolean holds;
                if (comparison.matches()) {
                    // GitHub compares strings without regard to case
                    boolean equal = value(comparison.group(1)).equalsIgnoreCase(value(comparison.group(3)));
                    holds = comparison.group(2).equals("==") == equal;
                } else {
                    holds = !value(term.strip()).isEmpty();
                }
                if (!holds) {
                    return false;
                }
            }
            return true;
        }

        private String value(String expression) {
            String term = expression.strip();
            if (term.length() >= 2 && term.startsWith("'") && term.endsWith("'")) {
                return term.substring(1, term.length() - 1).replace("''", "'");
            }
            String[] parts = term.split("\\.");
            if (parts.length == 2 && parts[0].equals("inputs")) {
                if (!inputs.containsKey(parts[1])) {
                    throw new AssertionError("the action reads an input it does not declare: " + term);
                }
                return inputs.get(parts[1]);
            }
            if (parts.length == 4 && parts[0].equals("steps") && parts[2].equals("outputs")) {
                return outputs.getOrDefault(parts[1], Map.of()).getOrDefault(parts[3], "");
            }
            if (term.equals("runner.os")) {
                return "Linux";
            }
            if (term.equals("github.action_path")) {
                return actionPath.toString();
            }
            throw new AssertionError("an expression this runner does not know: " + term);
        }
    }
}
