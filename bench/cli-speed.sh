#!/usr/bin/env bash
# Wall-clock speed of the dockmend command, a fresh JVM each run, as a user or CI sees it:
#   1. start-up: `dockmend check` on one small Dockerfile (target: 200 ms or less);
#   2. batch: `dockmend check` over every Dockerfile of the shared corpus, passed as arguments
#      (target: 3,000 files a second or more on 2 cores, start-up, reading, all recipes and diffs included).
# Uses hyperfine (Debian: apt-get install hyperfine). Run from anywhere after `mvn package`.
#
#   bench/cli-speed.sh                 # both measurements
#   bench/cli-speed.sh ../other/corpus # another folder of Dockerfiles for the batch
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus}"
command -v hyperfine >/dev/null || { echo "cli-speed: hyperfine is not installed (apt-get install hyperfine)" >&2; exit 2; }
[[ -f cli/target/dockmend.jar ]] || mvn -q package -DskipTests

sample=testdata/cli/project/Dockerfile
echo "== start-up: dockmend check $sample"
hyperfine --warmup 3 --runs 20 -N -i "bin/dockmend check $sample"

if [[ -d "$corpus" ]]; then
  # Corpus files are named owner__repo__path; metadata files and the negative/ folder are left out.
  # xargs -s: one command line for all files (its default limit would split them into two JVMs).
  mapfile -t files < <(find "$corpus" -maxdepth 1 -type f ! -name '*.tsv' ! -name '*.result' ! -name '*.md' ! -name '*.jsonl' | sort)
  list=$(mktemp)
  printf '%s\n' "${files[@]}" > "$list"
  echo "== batch: dockmend check over ${#files[@]} files of $corpus"
  hyperfine --warmup 2 --runs 10 -i --export-json bench/target/cli-batch.json \
    "xargs -s 1900000 -a $list bin/dockmend check > /dev/null"
  mean=$(python3 -c "import json;print(json.load(open('bench/target/cli-batch.json'))['results'][0]['mean'])" 2>/dev/null || echo "")
  if [[ -n "$mean" ]]; then
    python3 -c "print(f'batch: {${#files[@]}} files in {$mean:.3f} s = {${#files[@]}/$mean:.0f} files/s')"
  fi
  rm -f "$list"
else
  echo "== batch skipped: $corpus is absent"
fi
