#!/usr/bin/env bash
# The main job on the sample corpus: the flow built so far, printed readably.
set -euo pipefail
marsad=$1
sample=$2
echo "== marsad clean --summary $sample/pages.jsonl"
"$marsad" clean --summary "$sample/pages.jsonl"
