package dev.dockmend.shell;

import java.util.List;
import java.util.Objects;

/**
 * Pipelines joined by {@code &&} and {@code ||}, run left to right: {@code a && b || c}.
 * {@code operators.get(i)} joins {@code pipelines.get(i)} and {@code pipelines.get(i + 1)}.
 */
public record AndOrList(List<Pipeline> pipelines, List<Operator> operators, Span span) {
    public AndOrList {
        pipelines = List.copyOf(pipelines);
        operators = List.copyOf(operators);
        if (pipelines.isEmpty() || operators.size() != pipelines.size() - 1) {
            throw new IllegalArgumentException(pipelines.size() + " pipelines need " + (pipelines.size() - 1) + " operators");
        }
        Objects.requireNonNull(span, "span is null");
    }

    public enum Operator {
        /** {@code &&}: run the next pipeline only if the previous one succeeded. */
        AND("&&"),
        /** {@code ||}: run the next pipeline only if the previous one failed. */
        OR("||");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }
}
