package dev.dockmend.cli.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import dev.dockmend.context.ComposeReader;
import dev.dockmend.context.ComposeService;

/**
 * Reads what a compose file says about its services' builds, for {@link dev.dockmend.context.ComposeContexts}:
 * {@code services.NAME.build}, a folder or a mapping with {@code context}, {@code dockerfile} and
 * {@code dockerfile_inline}. Only those keys are read; the rest of the file is compose's business.
 * YAML merge keys ({@code <<: *defaults}) are followed, as compose follows them; the services of every
 * document of the file are read in order. A file that is not YAML, or whose {@code services} or {@code
 * build} has a shape compose rejects, cannot be read: the exception names {@code line:column}.
 */
public final class ComposeFiles implements ComposeReader {
    private static final String BUILD_SHAPE = "expected a folder, or a mapping with context and dockerfile";

    @Override
    public List<ComposeService> services(Path file) {
        List<Node> documents;
        try {
            documents = YamlFile.documents(file);
        } catch (YamlFile.Invalid e) {
            throw new UnreadableComposeFileException(file, e.position(), e.problem());
        }
        List<ComposeService> services = new ArrayList<>();
        for (Node document : documents) {
            if (YamlFile.isNull(document)) {
                continue;
            }
            if (!(document instanceof MappingNode root)) {
                throw unreadable(file, document, "the file holds " + YamlFile.describe(document) + " (expected a mapping with services)");
            }
            Node all = entries(root).get("services");
            if (all == null || YamlFile.isNull(all)) {
                continue;
            }
            if (!(all instanceof MappingNode byName)) {
                throw unreadable(file, all, "`services` is " + YamlFile.describe(all) + " (expected a mapping of service names)");
            }
            for (Map.Entry<String, Node> service : entries(byName).entrySet()) {
                build(file, service.getKey(), service.getValue()).ifPresent(services::add);
            }
        }
        return services;
    }

    /** What service {@code name} (defined by {@code definition}) says about its build, if it builds. */
    private static Optional<ComposeService> build(Path file, String name, Node definition) {
        if (YamlFile.isNull(definition)) {
            return Optional.empty();
        }
        if (!(definition instanceof MappingNode service)) {
            throw unreadable(file, definition, "service \"" + name + "\" is " + YamlFile.describe(definition) + " (expected a mapping)");
        }
        Node build = entries(service).get("build");
        if (build == null || YamlFile.isNull(build)) {
            return Optional.empty();
        }
        String position = YamlFile.position(build);
        if (build instanceof ScalarNode folder) {
            return Optional.of(ComposeService.ofString(name, position, folder.getValue()));
        }
        if (!(build instanceof MappingNode keys)) {
            throw unreadable(file, build, "the build of service \"" + name + "\" is " + YamlFile.describe(build) + " (" + BUILD_SHAPE + ")");
        }
        Map<String, Node> entries = entries(keys);
        return Optional.of(ComposeService.ofMapping(name, position, text(file, name, entries, "context"),
                text(file, name, entries, "dockerfile"), entries.containsKey("dockerfile_inline")));
    }

    private static Optional<String> text(Path file, String name, Map<String, Node> entries, String key) {
        Node value = entries.get(key);
        if (value == null || YamlFile.isNull(value)) {
            return Optional.empty();
        }
        if (!(value instanceof ScalarNode scalar)) {
            throw unreadable(file, value, "build." + key + " of service \"" + name + "\" is " + YamlFile.describe(value) + " (expected a path)");
        }
        return Optional.of(scalar.getValue());
    }

    /**
     * The keys of a mapping with their values, merge keys followed: the mapping's own keys win over
     * merged ones, and of several merged mappings the first wins (YAML's merge key type).
     */
    private static Map<String, Node> entries(MappingNode mapping) {
        Map<String, Node> entries = new LinkedHashMap<>();
        List<Node> merged = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode().getTag().equals(Tag.MERGE)) {
                Node value = tuple.getValueNode();
                if (value instanceof SequenceNode several) {
                    merged.addAll(several.getValue());
                } else {
                    merged.add(value);
                }
            } else if (tuple.getKeyNode() instanceof ScalarNode key) {
                entries.put(key.getValue(), tuple.getValueNode());
            }
        }
        for (Node node : merged) {
            if (node instanceof MappingNode defaults) {
                entries(defaults).forEach(entries::putIfAbsent);
            }
        }
        return entries;
    }

    private static UnreadableComposeFileException unreadable(Path file, Node node, String problem) {
        return new UnreadableComposeFileException(file, Optional.of(YamlFile.position(node)), problem);
    }
}
