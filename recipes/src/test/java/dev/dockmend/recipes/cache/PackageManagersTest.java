package dev.dockmend.recipes.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.dockmend.recipe.Severity;

/** The package-manager table: its format, its errors, and the shipped table's content. */
class PackageManagersTest {

    private static PackageManagers parse(String text) {
        return PackageManagers.parse("t.txt", List.of(text.split("\n", -1)));
    }

    private static String error(String text) {
        return assertThrows(IllegalArgumentException.class, () -> parse(text)).getMessage();
    }

    @Test
    void readsAnEntryWithEveryKindOfFact() {
        PackageManagers table = parse("""
                # a comment
                manager apk
                  commands       apk
                  value-options  -X --root
                  fills          add upgrade
                  saves          package index (/var/cache/apk)
                  flag           --no-cache
                  cache          /var/cache/apk
                  chosen-by      --no-network
                  index          update
                  index-options  --update -U
                  reads-index    add
                  drop-index     del
                  decline-if     --root,-R   warning   it installs elsewhere | clean there
                  decline-after  corepack   info   it may be another version
                  rules          DL3019

                manager npm
                  commands       npm
                  fills          install ci
                  saves          downloaded packages (~/.npm)
                  cleanup        npm cache clean --force
                  cleanup        rm -rf /tmp/npm
                  cleaned-by     cache clean
                  env            npm_config_cache
                  option         strict install --strict DL9999
                  option-unless  strict
                """);
        PackageManager apk = table.all().get(0);
        assertEquals("apk", apk.name());
        assertEquals(new PackageManager.Flag("--no-cache"), apk.remedy());
        assertEquals(List.of("add", "upgrade"), List.copyOf(apk.fills()));
        assertEquals("package index (/var/cache/apk)", apk.saves());
        PackageManager.Index index = apk.index().orElseThrow();
        assertEquals("update", index.subcommand());
        assertEquals(Set.of("--update", "-U"), index.options());
        assertEquals(Optional.of(Set.of("del")), index.droppableBeside());
        assertEquals(List.of(new PackageManager.Decline("--root", false, Severity.WARNING, "it installs elsewhere", Optional.of("clean there")),
                new PackageManager.Decline("-R", false, Severity.WARNING, "it installs elsewhere", Optional.of("clean there")),
                new PackageManager.Decline("corepack", true, Severity.INFO, "it may be another version", Optional.empty())),
                apk.declines());
        PackageManager npm = table.all().get(1);
        assertEquals(List.of(List.of("npm", "cache", "clean", "--force"), List.of("rm", "-rf", "/tmp/npm")),
                ((PackageManager.Cleanup) npm.remedy()).commands());
        assertEquals("npm cache clean --force && rm -rf /tmp/npm", npm.remedy().text());
        assertEquals(List.of(List.of("cache", "clean")), npm.signs().cleanedBy());
        assertEquals(new PackageManager.OptionFlag("strict", "install", "--strict", "DL9999", List.of("strict")),
                npm.option().orElseThrow());
        assertEquals(List.of("DL3019"), table.rules());
    }

    @Test
    void aStarMatchesCommandNamesStartingWithTheRest() {
        PackageManager pip = parse("manager pip\ncommands pip pip3.*\nfills install\nsaves wheels\nflag --no-cache-dir")
                .all().get(0);
        assertTrue(pip.runsAs("pip"));
        assertTrue(pip.runsAs("pip3.12"));
        assertFalse(pip.runsAs("pip3"));
        assertFalse(pip.runsAs("pipx"));
    }

    /**
     * mentionedIn, the one-pass test every RUN goes through, must agree with looking for each manager's
     * programs one by one (Mentions.mentions): checked on fixed cases and on many texts made of pieces around
     * the edges of a command word.
     */
    @Test
    void mentionedInAgreesWithLookingForEachProgram() {
        PackageManagers table = PackageManagers.load();
        assertTrue(table.mentionedIn("apt-get update"));
        assertTrue(table.mentionedIn("cd /x && pip3.11 install -r r.txt"));
        assertTrue(table.mentionedIn("(npm ci)"));
        assertTrue(table.mentionedIn("x=`yarn`"));
        assertFalse(table.mentionedIn("rm -rf /var/lib/apt/lists/*"));
        assertFalse(table.mentionedIn("set -o pipefail; echo apt-getx mypip"));
        List<String> pieces = List.of("apt-get", "apt", "pip", "pip3.9", "npm", "yarn", "apk", "gem", "conda", "composer.phar",
                " ", "\t", "\n", ";", "&&", "|", "(", ")", "`", "'", "\"", "/", "/usr/bin/", "x", "-", ".", "=", "é", "install");
        java.util.Random random = new java.util.Random(20261205);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(8); j > 0; j--) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            String t = text.toString();
            boolean expected = table.all().stream().anyMatch(manager -> Mentions.mentions(t, manager));
            assertEquals(expected, table.mentionedIn(t), t);
        }
    }

    /** runningAs looks names up; it must answer as asking each manager's runsAs in table order would. */
    @Test
    void runningAsIsTheFirstManagerInTableOrderThatRunsAsTheName() {
        PackageManagers shipped = PackageManagers.load();
        List<String> names = new java.util.ArrayList<>(List.of("pip3.12", "pip3.", "pip3x", "python3", "rm", "", "apt-get2", "composer.phar"));
        shipped.all().forEach(manager -> names.addAll(manager.commands()));
        PackageManagers overlapping = parse("manager early\ncommands tool.*\nfills install\nsaves s\nflag --f\n"
                + "manager late\ncommands tool.x other\nfills install\nsaves s\nflag --f\n"
                + "manager last\ncommands oth*\nfills install\nsaves s\nflag --f");
        names.addAll(List.of("tool.x", "tool.y", "tool", "other", "oth", "othe"));
        for (PackageManagers table : List.of(shipped, overlapping)) {
            for (String name : names) {
                assertEquals(table.all().stream().filter(manager -> manager.runsAs(name)).findFirst(), table.runningAs(name), name);
            }
        }
        assertEquals("early", overlapping.runningAs("tool.x").orElseThrow().name());
        assertEquals("late", overlapping.runningAs("other").orElseThrow().name());
        assertEquals("last", overlapping.runningAs("othe").orElseThrow().name());
    }

    @Test
    void readsTheVersionAFlagNeedsAndWhatToDoWithoutIt() {
        PackageManagers table = parse("""
                manager pip
                  commands       pip
                  fills          install
                  saves          wheels
                  flag           --no-cache-dir
                  flag-needs     pip 6.0 https://pip.pypa.io/en/stable/news/#v6-0 (6.0)
                  renewed-by     get-pip.py
                  renewed-by     install --upgrade pip
                  otherwise      rm -rf ~/.cache/pip
                  relocated-by   PIP_CACHE_DIR pip.conf
                manager apt-get
                  commands       apt-get
                  fills          update
                  saves          lists
                  cleanup        rm -rf /var/lib/apt/lists/*
                  index          update
                  read-by        aptitude rosdep
                """);
        PackageManager pip = table.all().get(0);
        PackageManager.Needs needs = ((PackageManager.Flag) pip.remedy()).needs().orElseThrow();
        assertEquals("pip", needs.tool());
        assertEquals("6.0", needs.minimum().toString());
        assertEquals("https://pip.pypa.io/en/stable/news/#v6-0 (6.0)", needs.source());
        assertEquals(List.of("get-pip.py", "install --upgrade pip"), needs.renewedBy());
        assertEquals("rm -rf ~/.cache/pip", needs.otherwise().orElseThrow().text());
        assertEquals(List.of("PIP_CACHE_DIR", "pip.conf"), pip.signs().relocatedBy());
        assertEquals(Set.of("aptitude", "rosdep"), table.all().get(1).index().orElseThrow().programs());
        assertEquals("apt-get", table.indexReadBy("rosdep").orElseThrow().name());
        assertEquals(Optional.empty(), table.indexReadBy("apt-get"));
        assertTrue(table.mentionedIn("rosdep install --from-paths src"));
    }

    @Test
    void aVersionNeedWithoutItsFlagOrWithABadVersionIsAnError() {
        assertEquals("t.txt line 1: manager pip has `flag-needs` but no `flag`",
                error("manager pip\ncommands pip\nfills install\nsaves s\ncleanup rm x\nflag-needs pip 6.0 changelog\n"));
        assertEquals("t.txt line 1: manager pip: `flag-needs` `6.x` is not a version of dotted numbers",
                error("manager pip\ncommands pip\nfills install\nsaves s\nflag --f\nflag-needs pip 6.x changelog\n"));
        assertEquals("t.txt line 1: manager pip has `otherwise` but no `flag-needs`",
                error("manager pip\ncommands pip\nfills install\nsaves s\nflag --f\notherwise rm x\n"));
        assertEquals("t.txt line 1: manager apt has `read-by` but no `index`",
                error("manager apt\ncommands apt\nfills update\nsaves s\ncleanup rm x\nread-by rosdep\n"));
    }

    @Test
    void aMalformedLineGivesAnErrorNamingTheFileAndLine() {
        assertEquals("t.txt line 3: unknown key `comands`; the keys are manager, commands, fills, saves, flag, cleanup, "
                        + "flag-needs, renewed-by, otherwise, value-options, info-options, cache, mounts, cleaned-by, chosen-by, "
                        + "env, configured-by, relocated-by, index, index-options, reads-index, drop-index, read-by, decline-if, "
                        + "decline-after, option, option-unless, rules, installs, removes, group-options",
                error("# table\nmanager pip\n  comands pip\n"));
        assertEquals("t.txt line 2: `flag` takes one word, not 2",
                error("manager pip\nflag --no-cache-dir --quiet\n"));
        assertEquals("t.txt line 2: `option` takes 4 words, not 2", error("manager apt\noption a b\n"));
        assertEquals("t.txt line 2: `decline-if` takes at least 3 words, not 1", error("manager yarn\ndecline-if --immutable\n"));
        assertEquals("t.txt line 3: `decline-after` needs a severity after `corepack`: info or warning, not `Yarn`",
                error("manager yarn\nflag --x\ndecline-after corepack Yarn 2 may run here\n"));
        assertEquals("t.txt line 1: `commands` comes before the first `manager` line", error("commands pip\n"));
        assertEquals("t.txt line 3: `fills` is given twice for manager pip",
                error("manager pip\nfills install\nfills wheel\n"));
    }

    @Test
    void anIncompleteEntryGivesAnErrorNamingItsManagerLine() {
        assertEquals("t.txt line 2: manager pip has no `fills` line",
                error("\nmanager pip\ncommands pip\nsaves wheels\nflag --no-cache-dir\n"));
        assertEquals("t.txt line 1: manager pip needs exactly one of `flag` and `cleanup`",
                error("manager pip\ncommands pip\nfills install\nsaves wheels\n"));
        assertEquals("t.txt line 1: manager apk has `drop-index` but no `index`",
                error("manager apk\ncommands apk\nfills add\nsaves index\nflag --no-cache\ndrop-index\n"));
        assertEquals("t.txt line 6: command pip of manager pip3 already belongs to the manager at line 1",
                error("manager pip\ncommands pip\nfills install\nsaves w\nflag --no-cache-dir\n"
                        + "manager pip3\ncommands pip\nfills install\nsaves w\nflag --no-cache-dir\n"));
        assertEquals("t.txt: no `manager` entry", error("# nothing\n"));
    }

    @Test
    void theShippedTableCoversTheManagersTheRecipeDocuments() {
        PackageManagers table = PackageManagers.load();
        assertEquals(List.of("apt-get", "apk", "pip", "npm", "yarn", "yum", "zypper", "dnf", "microdnf", "tdnf", "gem", "conda",
                "composer"), table.all().stream().map(PackageManager::name).toList());
        assertEquals(List.of("DL3009", "DL3019", "DL3042", "DL3060", "DL3032", "DL3036", "DL3040"), table.rules());
        PackageManager apt = table.all().get(0);
        assertInstanceOf(PackageManager.Cleanup.class, apt.remedy());
        assertEquals("rm -rf /var/lib/apt/lists/*", apt.remedy().text());
        assertEquals("DL3015", apt.option().orElseThrow().rule());
    }

    @Test
    void aManagerIsKnownByItsNameInTheTable() {
        String entry = """
                manager %s
                  commands  %s
                  fills     install
                  saves     a cache
                  flag      --no-cache
                  cache     /root/.cache
                """;
        PackageManager one = parse(entry.formatted("pip", "pip")).all().get(0);
        PackageManager sameName = parse(entry.formatted("pip", "pip3")).all().get(0);
        PackageManager other = parse(entry.formatted("uv", "pip")).all().get(0);
        assertEquals(one, sameName);
        assertEquals(one.hashCode(), sameName.hashCode());
        assertFalse(one.equals(other));
    }
}
