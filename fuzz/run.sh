#!/usr/bin/env bash
# Coverage-guided fuzzing (Jazzer) of one target or both, for as long as asked; see docs/fuzzing.md.
# Each target first replays its kept inputs, then fuzzes from them, the seeds and the corpus grown by
# earlier runs (fuzz/.corpus/<target>). A finding stops the run, fails it, and is written to the
# target's inputs folder under fuzz/src/test/resources, where it stays as a regression input.
#
#   fuzz/run.sh                 # both targets, 30 minutes each: the hour-long run
#   fuzz/run.sh fix 1h          # the fix pipeline for an hour
#   fuzz/run.sh parse 10m       # the parser for ten minutes
#   fuzz/run.sh all 2m -X       # extra Maven options are passed through
set -euo pipefail
cd "$(dirname "$0")/.."

target="${1:-all}"
duration="${2:-30m}"
shift $(( $# > 2 ? 2 : $# ))

case "$target" in
    all) skip=() ;;
    parse) skip=(-Dfuzz.fix.skip=true) ;;
    fix) skip=(-Dfuzz.parse.skip=true) ;;
    *) echo "fuzz/run.sh: unknown target '$target' (expected parse, fix or all)" >&2; exit 2 ;;
esac

# -am builds the grammar, engine and recipes modules from source (package, no install); their own
# tests are left out: -Dtest selects the fuzz tests only.
status=0
mvn -B -ntp -pl fuzz -am verify -Dtest='*FuzzTest' -Dsurefire.failIfNoSpecifiedTests=false \
    -Dfuzz.duration="$duration" -Dfuzz.corpus="$PWD/fuzz/.corpus" "${skip[@]}" "$@" || status=$?

# With -Djazzer.keep_going=N Jazzer goes on past a finding and reports the test as passed, so the
# findings are looked for where Jazzer writes them: new files in the inputs folders.
findings=$(git status --porcelain --untracked-files=all -- 'fuzz/src/test/resources/dev/dockmend/fuzz/*Inputs/*' | sed -n 's/^?? //p')
if [[ -n "$findings" ]]; then
    echo "fuzz/run.sh: new findings, kept as regression inputs:" >&2
    echo "$findings" >&2
    status=1
fi
exit "$status"
