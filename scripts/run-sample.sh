#!/usr/bin/env bash
# The main job on the sample corpus: pages cleaned, then grouped into duplicate
# groups, events and storylines, then the story cards, printed readably.
set -euo pipefail
marsad=$1
sample=$2
out=${MARSAD_RUN_DIR:-$(mktemp -d)}
echo "== 1. marsad clean --summary $sample/pages.jsonl (first pages)"
"$marsad" clean --summary --quiet "$sample/pages.jsonl" > "$out/clean.txt"
head -40 "$out/clean.txt"
echo
echo "== 2. marsad cluster --summary $sample/pages.jsonl"
"$marsad" cluster --summary "$sample/pages.jsonl"
echo "== 3. marsad cluster --cards, then marsad stories (largest events)"
"$marsad" cluster --cards --quiet "$sample/pages.jsonl" > "$out/cards.jsonl"
"$marsad" stories --limit 3 "$out/cards.jsonl"
echo
echo "== 4. scored against the sample's gold labels (marsad eval)"
"$marsad" cluster --quiet "$sample/pages.jsonl" > "$out/clusters.jsonl"
"$marsad" eval --gold "$sample/gold.jsonl" --pred "$out/clusters.jsonl"
echo
echo "(outputs in $out)"
