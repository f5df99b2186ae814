package dev.dockmend.diff;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/** The changed blocks between two texts, line by line (see {@link Lines}), in order. */
public final class LineDeltas {
    private LineDeltas() {
    }

    public static List<LineDelta> between(String before, String after) {
        if (before.equals(after)) {
            return List.of();
        }
        List<LineDelta> deltas = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(Lines.of(before), Lines.of(after)).getDeltas()) {
            deltas.add(new LineDelta(delta.getSource().getPosition(), delta.getSource().size(),
                    delta.getTarget().getPosition(), delta.getTarget().getLines()));
        }
        return deltas;
    }
}
