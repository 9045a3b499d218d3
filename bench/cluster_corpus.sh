#!/usr/bin/env bash
# `marsad cluster` over a whole corpus (default: SaudiNewsNet), three runs:
# articles/s, wall seconds, peak RSS and the time of each stage, then the
# median; and the event/storyline scores on the hand-labelled dev sets A, B and C.
#
#   bench/cluster_corpus.sh [CORPUS_PATH]      # MARSAD=build/marsad by default
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
marsad=${MARSAD:-$here/../build/marsad}
corpus=${1:-$here/../../shared/corpus/saudinewsnet}
devsets=("$here/../data/devsets/snn-events.jsonl" "$here/../data/devsets/snn-events-b.jsonl"
         "$here/../data/devsets/snn-events-c.jsonl")
if [[ ! -e $corpus ]]; then
  echo "cluster_corpus.sh: no corpus at $corpus (pass a path); skipped" >&2
  exit 0
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
walls=()
for run in 1 2 3; do
  /usr/bin/time -f "%e %M" -o "$out/time" "$marsad" cluster "$corpus" > "$out/pred.jsonl" 2> "$out/err"
  read -r wall rss_kb < "$out/time"
  articles=$(wc -l < "$out/pred.jsonl")
  stages=$(grep -E "^  read\+clean" "$out/err" | sed 's/^ *//')
  printf 'run %d: %d articles in %.2f s = %.0f articles/s, peak RSS %d MB; %s\n' \
    "$run" "$articles" "$wall" "$(awk "BEGIN{print $articles / $wall}")" $((rss_kb / 1024)) "$stages"
  walls+=("$wall")
done
median=$(printf '%s\n' "${walls[@]}" | sort -g | sed -n 2p)
printf 'median wall %.2f s = %.0f articles/s\n' "$median" "$(awk "BEGIN{print $articles / $median}")"
if [[ $corpus == *saudinewsnet* ]]; then
  for devset in "${devsets[@]}"; do
    [[ -f $devset ]] || continue
    echo "dev set (data/devsets/$(basename "$devset")):"
    "$marsad" eval --gold "$devset" --pred "$out/pred.jsonl" 2>/dev/null | sed -n '3,6p'
  done
fi
