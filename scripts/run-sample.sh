#!/usr/bin/env bash
# The main job on the sample corpus: the flow built so far, printed readably.
set -euo pipefail
marsad=$1
sample=$2
"$marsad" clean --summary "$sample"
