package dev.dockmend.recipes.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.dockmend.shell.ShellAnalysis;
import dev.dockmend.shell.ShellParser;

/** The packages a script installs and removes, as the image knowledge reads them. */
class PackageChangesTest {

    private static List<PackageChanges.Change> changes(String script) {
        ShellAnalysis.Understood understood = (ShellAnalysis.Understood) ShellParser.parse(script);
        return PackageChanges.in(understood.script(), PackageManagers.shipped());
    }

    @Test
    void installsSkipOptionsValuesVersionsAndComputedWords() {
        assertEquals(List.of(new PackageChanges.Change("apt-get", PackageChanges.Kind.INSTALL, List.of("curl", "wget", "git"),
                        Optional.empty())),
                changes("apt-get update && DEBIAN_FRONTEND=noninteractive apt-get -o Dpkg::Options::=--force-confold install -y "
                        + "-t bookworm-backports curl=7.88.1-10 wget:amd64 $EXTRA git"));
        assertEquals(List.of(new PackageChanges.Change("dnf", PackageChanges.Kind.INSTALL, List.of("nodejs"), Optional.empty())),
                changes("dnf -y --setopt=install_weak_deps=False install nodejs && dnf clean all"));
        assertEquals(List.of(new PackageChanges.Change("microdnf", PackageChanges.Kind.INSTALL, List.of("shadow-utils"), Optional.empty())),
                changes("sudo microdnf install -y shadow-utils"));
    }

    @Test
    void apkVirtualGroupsAndRemovalsAreRead() {
        assertEquals(List.of(
                        new PackageChanges.Change("apk", PackageChanges.Kind.INSTALL, List.of("curl", "tar"), Optional.of(".fetch")),
                        new PackageChanges.Change("apk", PackageChanges.Kind.REMOVE, List.of(".fetch"), Optional.empty()),
                        new PackageChanges.Change("apt-get", PackageChanges.Kind.REMOVE, List.of("wget"), Optional.empty())),
                changes("apk add --no-cache --virtual .fetch curl tar~1.35 && apk del .fetch; apt-get purge -y --auto-remove wget"));
    }

    @Test
    void otherSubcommandsAndManagersChangeNothing() {
        assertEquals(List.of(), changes("apt-get update && pip install curl && npm install wget && apk info curl"));
    }
}
