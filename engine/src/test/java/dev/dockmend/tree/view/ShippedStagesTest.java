package dev.dockmend.tree.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.dockmend.Dockerfiles;
import dev.dockmend.tree.view.ShippedStages.Role;

class ShippedStagesTest {

    private static ShippedStages of(String... lines) {
        return ShippedStages.of(Stages.of(Dockerfiles.parse(String.join("\n", lines) + "\n").orThrow("test")));
    }

    private static List<Role> roles(ShippedStages shipped) {
        List<Role> roles = new ArrayList<>();
        for (int i = 0; i < shipped.stages().size(); i++) {
            roles.add(shipped.role(i));
        }
        return roles;
    }

    @Test
    void aSingleStageIsTheImage() {
        ShippedStages shipped = of("FROM alpine", "RUN true");
        assertEquals(List.of(Role.FINAL), roles(shipped));
        assertTrue(shipped.ships(0));
    }

    @Test
    void aStageOnlyCopiedFromIsABuildStageByNameOrNumber() {
        ShippedStages shipped = of("FROM golang AS build", "RUN go build", "FROM alpine AS tools", "RUN true",
                "FROM alpine", "COPY --from=BUILD /out /app", "COPY --from=1 /bin/x /bin/x");
        assertEquals(List.of(Role.BUILD, Role.BUILD, Role.FINAL), roles(shipped));
        assertEquals(List.of(new ShippedStages.Taken(5, List.of("/out"))), shipped.takenFrom(0));
        assertEquals(List.of(new ShippedStages.Taken(6, List.of("/bin/x"))), shipped.takenFrom(1));
        assertFalse(shipped.ships(0));
    }

    @Test
    void theStagesTheFinalOneIsBuiltOnShipInAChain() {
        ShippedStages shipped = of("FROM debian AS base", "FROM base AS deps", "FROM golang AS build", "FROM Deps AS final",
                "COPY --from=build /out /app");
        assertEquals(List.of(Role.BASE, Role.BASE, Role.BUILD, Role.FINAL), roles(shipped));
    }

    @Test
    void anUnusedStageIsABuildStage() {
        ShippedStages shipped = of("FROM alpine AS test", "RUN make test", "FROM alpine", "RUN true");
        assertEquals(List.of(Role.BUILD, Role.FINAL), roles(shipped));
        assertEquals("no other stage uses it", shipped.howUsed(0, index -> index + 1));
    }

    @Test
    void aVariableInTheFinalChainsFromMayNameAnyEarlierStage() {
        ShippedStages shipped = of("ARG VARIANT=slim", "FROM debian AS slim", "FROM debian AS full", "FROM ${VARIANT}",
                "RUN true");
        assertEquals(List.of(Role.POSSIBLE_BASE, Role.POSSIBLE_BASE, Role.FINAL), roles(shipped));
        assertTrue(shipped.ships(0));
    }

    @Test
    void aVariableOutsideTheFinalChainChangesNothing() {
        ShippedStages shipped = of("ARG V=a", "FROM debian AS a", "FROM ${V} AS b", "FROM alpine", "COPY --from=b /x /x");
        assertEquals(List.of(Role.BUILD, Role.BUILD, Role.FINAL), roles(shipped));
    }

    @Test
    void mountsNameAStageByNameOnlyAndReadItsRootByDefault() {
        ShippedStages shipped = of("FROM node AS deps", "RUN npm ci", "FROM node",
                "RUN --mount=type=bind,from=deps,target=/d --mount=from=0,target=/z --mount=type=tmpfs,target=/t cp -r /d/x /x",
                "RUN --mount=type=cache,from=deps,source=/root/.npm,target=/root/.npm npm ci");
        assertEquals(List.of(Role.BUILD, Role.FINAL), roles(shipped));
        assertEquals(List.of(new ShippedStages.Taken(3, List.of("/")), new ShippedStages.Taken(4, List.of("/root/.npm"))),
                shipped.takenFrom(0));
        assertEquals("other stages only take files from it, at lines 4, 5", shipped.howUsed(0, index -> index + 1));
    }

    @Test
    void aNumberBeyondTheStagesIsAnImage() {
        ShippedStages shipped = of("FROM alpine AS a", "FROM alpine", "COPY --from=7 /x /x");
        assertEquals(List.of(), shipped.takenFrom(0));
        assertEquals(List.of(), shipped.takenFrom(1));
    }
}
