package dev.dockmend.cli.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.dockmend.buildkit.GoUtf8;
import dev.dockmend.parse.Diagnostic;
import dev.dockmend.parse.ParseResult;
import dev.dockmend.tree.Directive;
import dev.dockmend.tree.Dockerfile;
import dev.dockmend.tree.Heredoc;
import dev.dockmend.tree.InstructionValue;

/**
 * One parsed file as a JSON object, in the field names of BuildKit's own JSON dump
 * ({@code buildkit-expected.jsonl}), so the two can be compared field by field.
 */
public final class ParseJson {
    private final ObjectMapper mapper;

    public ParseJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ObjectNode render(String file, ParseResult result, List<Diagnostic> checks, boolean roundTrip) {
        ObjectNode node = mapper.createObjectNode();
        node.put("file", file);
        node.put("ok", result.ok());
        Optional<Diagnostic> error = result.firstError();
        if (error.isPresent()) {
            ObjectNode e = node.putObject("error");
            e.put("message", error.get().message());
            e.put("line", error.get().line());
            e.put("column", error.get().column());
            e.put("expected", error.get().expected());
        } else {
            node.putNull("error");
        }
        ArrayNode diagnostics = node.putArray("diagnostics");
        List<Diagnostic> all = new java.util.ArrayList<>(result.diagnostics());
        all.addAll(checks);
        for (Diagnostic d : all) {
            ObjectNode dn = diagnostics.addObject();
            dn.put("severity", d.severity().name().toLowerCase(java.util.Locale.ROOT));
            dn.put("stage", d.stage().name().toLowerCase(java.util.Locale.ROOT));
            dn.put("line", d.line());
            dn.put("column", d.column());
            dn.put("message", d.message());
            dn.put("expected", d.expected());
        }
        ObjectNode directives = node.putObject("directives");
        ArrayNode instructions = node.putArray("instructions");
        if (result.tree().isPresent()) {
            Dockerfile tree = result.tree().get();
            Reported text = new Reported(tree.encoding().isRawBytes());
            for (Directive directive : tree.directives()) {
                directives.put(directive.key(), text.of(directive.value()));
            }
            node.put("escapeToken", String.valueOf(tree.escapeCharacter()));
            for (Dockerfile.Located located : tree.located()) {
                ObjectNode in = instructions.addObject();
                value(in, located.instruction().value(), text);
                in.put("startLine", located.startLine());
                in.put("endLine", located.endLine());
                ArrayNode comments = in.putArray("comments");
                located.instruction().comments().forEach(c -> comments.add(text.of(c)));
            }
        }
        node.put("roundTrip", roundTrip);
        return node;
    }

    private void value(ObjectNode in, InstructionValue value, Reported text) {
        in.put("keyword", dev.dockmend.tree.Keyword.lowerCase(text.of(value.keyword())));
        in.put("rawKeyword", text.of(value.keyword()));
        ArrayNode flags = in.putArray("flags");
        // Flags are already what BuildKit reports: it reads them byte by byte as Latin-1 (R1.6).
        value.flags().forEach(flags::add);
        ArrayNode args = in.putArray("args");
        if (value.trigger().isEmpty()) {
            value.args().forEach(a -> args.add(text.of(a)));
        }
        in.put("json", value.json());
        ArrayNode heredocs = in.putArray("heredocs");
        for (Heredoc heredoc : value.heredocs()) {
            ObjectNode h = heredocs.addObject();
            h.put("name", text.of(heredoc.name()));
            h.put("content", text.of(heredoc.content()));
            h.put("expand", heredoc.expand());
            h.put("chomp", heredoc.chomp());
            h.put("fd", heredoc.fileDescriptor());
        }
        in.put("original", text.of(value.original()));
        if (value.trigger().isPresent()) {
            value(in.putObject("sub"), value.trigger().get(), text);
        }
    }

    /**
     * Strings as BuildKit reports them. A file that is not valid UTF-8 is held as raw bytes; Go's JSON
     * encoder shows each invalid byte sequence as U+FFFD, so the same is done here.
     */
    private record Reported(boolean rawBytes) {
        String of(String s) {
            if (!rawBytes) {
                return s;
            }
            return GoUtf8.decode(s.getBytes(StandardCharsets.ISO_8859_1));
        }
    }

}
