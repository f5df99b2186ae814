package dev.dockmend.tree;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An instruction as BuildKit's parser reads it (its node): the keyword as written, the builder
 * flags, the argument values, whether they came from the exec (JSON) form, the heredocs, the logical
 * line ({@code original}: continuations joined, comment lines dropped) and, for ONBUILD, the
 * instruction it wraps.
 *
 * <p>Argument values follow BuildKit: one string for shell form, the list for exec form, and for ENV
 * and LABEL the triples {@code name, value, "="} (or {@code ""} for the legacy {@code ENV k v} form).
 */
public record InstructionValue(
        String keyword,
        List<String> flags,
        List<String> args,
        boolean json,
        List<Heredoc> heredocs,
        String original,
        Optional<InstructionValue> trigger) {

    public InstructionValue {
        Objects.requireNonNull(keyword, "keyword is null");
        flags = List.copyOf(flags);
        args = List.copyOf(args);
        heredocs = List.copyOf(heredocs);
        Objects.requireNonNull(original, "original is null");
        Objects.requireNonNull(trigger, "trigger is null");
    }

    // Written out for speed rather than generated: see Dockerfile#equals.
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof InstructionValue value
                && keyword.equals(value.keyword) && original.equals(value.original) && json == value.json
                && flags.equals(value.flags) && args.equals(value.args) && heredocs.equals(value.heredocs) && trigger.equals(value.trigger);
    }

    public InstructionValue withHeredocs(List<Heredoc> newHeredocs) {
        return new InstructionValue(keyword, flags, args, json, newHeredocs, original, trigger);
    }
}
