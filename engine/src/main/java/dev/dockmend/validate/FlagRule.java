package dev.dockmend.validate;

import java.util.Map;
import java.util.Set;

import dev.dockmend.tree.Keyword;

/**
 * Which builder flags each instruction accepts, and of which kind (R4.5). ARG, STOPSIGNAL and
 * HEALTHCHECK NONE ignore flags silently; every other instruction not listed accepts none.
 */
enum FlagRule {
    STRING, BOOL, REPEATABLE;

    static final Map<Keyword, Map<String, FlagRule>> ALLOWED = Map.of(
            Keyword.FROM, Map.of("platform", STRING),
            Keyword.COPY, Map.of("from", STRING, "chown", STRING, "chmod", STRING, "link", BOOL, "parents", BOOL,
                    "exclude", REPEATABLE),
            Keyword.ADD, Map.of("chown", STRING, "chmod", STRING, "checksum", STRING, "link", BOOL,
                    "keep-git-dir", BOOL, "unpack", BOOL, "exclude", REPEATABLE),
            Keyword.RUN, Map.of("mount", REPEATABLE, "device", REPEATABLE, "network", STRING, "security", STRING),
            Keyword.HEALTHCHECK, Map.of("interval", STRING, "timeout", STRING, "start-period", STRING,
                    "start-interval", STRING, "retries", STRING));

    static final Set<Keyword> IGNORING_FLAGS = Set.of(Keyword.ARG, Keyword.STOPSIGNAL);
}
