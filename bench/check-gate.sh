#!/usr/bin/env bash
# How many corpus files `dockmend check` fails with each --fail-on value: over every Dockerfile of the shared
# corpus, and over the official images among them (docs/severity.md says which those are and why the
# figures matter). One `check --format json` run; each file is counted as the exit code policy counts it:
#   changes   the file has a change
#   warnings  a change or a warning finding (the default)
#   info      a change or any finding (what check did before findings had a severity)
# Files that cannot be parsed exit 3 whatever --fail-on says; they are counted apart. Uses jq.
#
#   bench/check-gate.sh                 # after `mvn -q package -DskipTests`
#   bench/check-gate.sh ../other/corpus # another corpus laid out the same way (needs its MANIFEST.tsv)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
corpus="${1:-../shared/corpus}"
command -v jq >/dev/null || { echo "check-gate: jq is not installed (apt-get install jq)" >&2; exit 2; }
[[ -f cli/target/dockmend.jar ]] || mvn -q package -DskipTests
cd "$corpus"
# Not official images: BuildKit's and other builders' and linters' test data, BuildKit-era projects, Windows
# images and the 2018 oddities (the corpus README's other sources); everything else is an official image,
# from docker-library/* or from the upstream repository of one.
not_official='^(moby/buildkit|moby/moby|docker/buildx|docker/cli|tonistiigi/xx|openshift/imagebuilder|containers/buildah|GoogleContainerTools/kaniko|wharflab/tally|rcjsuen/dockerfile-utils|dotnet/dotnet-docker|microsoft/.*|MicrosoftDocs/.*|StefanScherer/dockerfiles-windows|sixeyed/dockerfiles-windows|PowerShell/PowerShell-Docker|vsoch/github-dockerfiles)$'
official=$(awk -F'\t' -v pattern="$not_official" 'NR > 1 && $2 !~ pattern { print $1 }' MANIFEST.tsv | jq -R . | jq -cs .)
find . -maxdepth 1 -type f ! -name '*.tsv' ! -name '*.result' ! -name '*.md' ! -name '*.jsonl' -printf '%f\n' | sort \
  | { xargs -s 1900000 "$root/bin/dockmend" check --no-config --format json 2>/dev/null || true; } \
  | jq -r --argjson official "$official" '
      def fails(policy): (.changes | length) > 0
        or (policy == "warnings" and any(.findings[]; .severity == "warning"))
        or (policy == "info" and (.findings | length) > 0);
      def row(name; files):
        (files | length) as $n
        | [files[] | select(.status != "error")] as $ok
        | def share(policy): ([$ok[] | select(fails(policy))] | length) as $k
            | "\($k) (\(($k * 1000 / $n | round) / 10)%)";
          [name, $n, ($n - ($ok | length)), share("changes"), share("warnings"), share("info")] | @tsv;
      ($official | map({key: ., value: true}) | from_entries) as $isOfficial
      | (["", "files", "errors", "--fail-on changes", "warnings (default)", "info"] | @tsv),
        row("all files"; .files),
        row("official images"; [.files[] | select($isOfficial[.path])])' \
  | column -t -s $'\t'
