#!/usr/bin/env bash
# `marsad cluster --cards` over a whole corpus (default: SaudiNewsNet), three
# runs: wall seconds, peak RSS, the seconds the cards took after the flow
# (`cards` in marsad's report), then the medians.
#
#   bench/cards_corpus.sh [CORPUS_PATH]      # MARSAD=build/marsad by default
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
marsad=${MARSAD:-$here/../build/marsad}
corpus=${1:-$here/../../shared/corpus/saudinewsnet}
if [[ ! -e $corpus ]]; then
  echo "cards_corpus.sh: no corpus at $corpus (pass a path); skipped" >&2
  exit 0
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
walls=() cards=()
for run in 1 2 3; do
  /usr/bin/time -f "%e %M" -o "$out/time" "$marsad" cluster --cards "$corpus" > "$out/cards.jsonl" 2> "$out/err"
  read -r wall rss_kb < "$out/time"
  card_seconds=$(sed -n 's/^  cards \([0-9.]*\) s$/\1/p' "$out/err")
  events=$(grep -c '"type":"event"' "$out/cards.jsonl" || true)
  printf 'run %d: %d event cards, wall %.2f s, of which cards %.2f s; peak RSS %d MB\n' \
    "$run" "$events" "$wall" "$card_seconds" $((rss_kb / 1024))
  walls+=("$wall")
  cards+=("$card_seconds")
done
printf 'median wall %.2f s, median cards %.2f s\n' "$(printf '%s\n' "${walls[@]}" | sort -g | sed -n 2p)" \
  "$(printf '%s\n' "${cards[@]}" | sort -g | sed -n 2p)"
