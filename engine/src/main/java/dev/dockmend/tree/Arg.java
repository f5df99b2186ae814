package dev.dockmend.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code ARG VERSION=1.2 TARGETOS}: build arguments, each with an optional default. */
public record Arg(InstructionSyntax syntax, InstructionValue value) implements Instruction {
    public Arg {
        Objects.requireNonNull(syntax, "syntax is null");
        Objects.requireNonNull(value, "value is null");
    }

    @Override
    public Optional<Keyword> keyword() {
        return Optional.of(Keyword.ARG);
    }

    /** A declared build argument: {@code NAME} or {@code NAME=default}. */
    public record Declaration(String name, Optional<String> defaultValue) {
    }

    /** The declarations, cut at their first {@code =} as BuildKit does (quotes stay in place). */
    public List<Declaration> declarations() {
        List<String> words = args();
        List<Declaration> declarations = new ArrayList<>(words.size());
        for (String word : words) {
            int eq = word.indexOf('=');
            declarations.add(eq < 0 ? new Declaration(word, Optional.empty())
                    : new Declaration(word.substring(0, eq), Optional.of(word.substring(eq + 1))));
        }
        return List.copyOf(declarations);
    }
}
