package dev.dockmend.buildkit;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.dockmend.grammar.HeredocTerminator;
import dev.dockmend.grammar.Whitespace;
import dev.dockmend.tree.Heredoc;
import dev.dockmend.tree.InstructionValue;
import dev.dockmend.tree.Keyword;

/**
 * BuildKit's {@code newNodeFromLine}: one logical line to an instruction's value, with the argument
 * parser each keyword uses (fact sheet §5.0). Heredoc contents are filled in by the caller, which
 * has the bodies.
 */
public final class LineParser {
    private final char escape;
    private final Charset charset;

    public LineParser(char escape, Charset charset) {
        this.escape = escape;
        this.charset = charset;
    }

    public InstructionValue parse(String logicalLine) throws ArgumentException {
        return parse(logicalLine, true);
    }

    /**
     * @param topLevel false for ONBUILD's trigger: BuildKit reads heredocs for the ONBUILD node only,
     *                 so the trigger has none of its own
     */
    private InstructionValue parse(String logicalLine, boolean topLevel) throws ArgumentException {
        CommandSplit split = CommandSplit.of(logicalLine, escape, charset);
        Optional<Keyword> keyword = Keyword.of(split.keyword());
        String rest = split.rest();
        List<String> args = List.of();
        boolean json = false;
        Optional<InstructionValue> trigger = Optional.empty();
        if (keyword.isPresent()) {
            switch (keyword.get()) {
                case RUN, CMD, ENTRYPOINT, SHELL -> {
                    Optional<List<String>> exec = rest.isEmpty() ? Optional.empty() : JsonArray.parse(rest);
                    json = exec.isPresent();
                    args = exec.orElseGet(() -> rest.isEmpty() ? List.of() : List.of(rest));
                }
                case ADD, COPY, VOLUME -> {
                    Optional<List<String>> exec = JsonArray.parse(rest);
                    json = exec.isPresent();
                    args = exec.orElseGet(() -> splitOnAsciiSpace(rest));
                }
                case FROM, EXPOSE -> args = splitOnAsciiSpace(rest);
                case USER, WORKDIR, STOPSIGNAL, MAINTAINER -> args = rest.isEmpty() ? List.of() : List.of(rest);
                case ENV, LABEL -> args = KeyValues.parse(rest, keyword.get().name(), escape);
                case ARG -> args = ShellWords.split(rest, escape);
                case HEALTHCHECK -> {
                    Healthcheck health = healthcheck(rest);
                    args = health.args();
                    json = health.json();
                }
                case ONBUILD -> trigger = rest.isEmpty() ? Optional.empty() : Optional.of(parse(rest, false));
                default -> throw new IllegalStateException("unhandled keyword " + keyword.get());
            }
        } else {
            // R4.3: an unknown keyword's arguments are not parsed; BuildKit keeps one empty value.
            args = List.of("");
        }
        List<Heredoc> heredocs = List.of();
        if (topLevel && mayHaveHeredocs(keyword, json, trigger) && logicalLine.contains("<<")) {
            heredocs = new ArrayList<>();
            for (HeredocMarkers.Marker marker : HeredocMarkers.find(logicalLine)) {
                heredocs.add(new Heredoc(marker.name(), "", marker.expand(), marker.chomp(), marker.fileDescriptor()));
            }
        }
        return new InstructionValue(split.keyword(), split.flags(), args, json, heredocs, logicalLine, trigger);
    }

    /** The terminators of the heredoc bodies that follow {@code logicalLine} (the lexer asks this). */
    public List<HeredocTerminator> heredocTerminators(String logicalLine) {
        try {
            List<HeredocTerminator> terminators = new ArrayList<>();
            for (Heredoc heredoc : parse(logicalLine).heredocs()) {
                terminators.add(new HeredocTerminator(heredoc.name(), heredoc.chomp()));
            }
            return terminators;
        } catch (ArgumentException e) {
            // BuildKit rejects the line before it looks for heredocs; the builder reports the error.
            return List.of();
        }
    }

    /** R6.1: RUN, COPY and ADD in shell form, also as the trigger of ONBUILD. */
    private static boolean mayHaveHeredocs(Optional<Keyword> keyword, boolean json, Optional<InstructionValue> trigger) {
        if (keyword.isEmpty()) {
            return false;
        }
        if (keyword.get() == Keyword.ONBUILD) {
            return trigger.map(t -> Keyword.of(t.keyword()).map(k -> isHeredocKeyword(k) && !t.json()).orElse(false))
                    .orElse(false);
        }
        return isHeredocKeyword(keyword.get()) && !json;
    }

    private static boolean isHeredocKeyword(Keyword keyword) {
        return keyword == Keyword.RUN || keyword == Keyword.COPY || keyword == Keyword.ADD;
    }

    private record Healthcheck(List<String> args, boolean json) {
    }

    /** R5.7: a type word (ended by a whitespace byte), then JSON-or-string. */
    private static Healthcheck healthcheck(String rest) throws ArgumentException {
        int sep = 0;
        while (sep < rest.length() && !isByteSpace(rest.charAt(sep))) {
            sep++;
        }
        if (sep == 0) {
            return new Healthcheck(List.of(), false);
        }
        int next = sep;
        while (next < rest.length() && isByteSpace(rest.charAt(next))) {
            next++;
        }
        String type = rest.substring(0, sep);
        String command = rest.substring(next);
        List<String> args = new ArrayList<>();
        args.add(type);
        if (command.isEmpty()) {
            return new Healthcheck(args, false);
        }
        Optional<List<String>> exec = JsonArray.parse(command);
        if (exec.isPresent()) {
            args.addAll(exec.get());
            return new Healthcheck(args, true);
        }
        args.add(command);
        return new Healthcheck(args, false);
    }

    private static boolean isByteSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0;
    }

    /** Words split on runs of ASCII space, TAB, VT, FF and CR; quotes mean nothing here. */
    static List<String> splitOnAsciiSpace(String rest) {
        if (rest.isEmpty()) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        int i = 0;
        int n = rest.length();
        while (i <= n) {
            int start = i;
            while (i < n && !Whitespace.isAsciiSpace(rest.charAt(i))) {
                i++;
            }
            words.add(rest.substring(start, i));
            if (i == n) {
                break;
            }
            while (i < n && Whitespace.isAsciiSpace(rest.charAt(i))) {
                i++;
            }
        }
        return words;
    }
}
