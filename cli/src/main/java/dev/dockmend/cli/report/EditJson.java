package dev.dockmend.cli.report;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.dockmend.fix.TextEdit;
import dev.dockmend.fix.TextPosition;
import dev.dockmend.recipe.LineRange;

/** Text edits and line ranges as JSON, in the Language Server Protocol's shapes (0-based positions). */
public final class EditJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EditJson() {
    }

    public static ArrayNode edits(List<TextEdit> edits) {
        ArrayNode array = NODES.arrayNode();
        for (TextEdit edit : edits) {
            ObjectNode node = array.addObject();
            ObjectNode range = node.putObject("range");
            range.set("start", position(edit.start()));
            range.set("end", position(edit.end()));
            node.put("newText", edit.newText());
        }
        return array;
    }

    /** Change ids, as in a change's {@code requires}. */
    public static ArrayNode ids(List<String> ids) {
        ArrayNode array = NODES.arrayNode();
        ids.forEach(array::add);
        return array;
    }

    /** 1-based inclusive lines, as people and {@code check} count them. */
    public static ObjectNode lines(LineRange lines) {
        ObjectNode node = NODES.objectNode();
        node.put("startLine", lines.start());
        node.put("endLine", lines.end());
        return node;
    }

    /** A finding: recipe, severity ({@code warning} or {@code info}), 1-based line and column, reason, suggestion. */
    public static ObjectNode finding(dev.dockmend.recipe.Finding finding) {
        ObjectNode node = NODES.objectNode();
        node.put("recipe", finding.recipe().value());
        node.put("severity", finding.severity().label());
        node.put("line", finding.line());
        node.put("column", finding.column());
        node.put("reason", finding.reason());
        node.put("suggestion", finding.suggestion());
        return node;
    }

    private static ObjectNode position(TextPosition position) {
        ObjectNode node = NODES.objectNode();
        node.put("line", position.line());
        node.put("character", position.character());
        return node;
    }
}
