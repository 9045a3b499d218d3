#!/usr/bin/env bash
# `make bench`: every benchmark binary the build made (bench/*_bench.cc; none takes a mandatory
# argument), then the end-to-end corpus benchmarks (bench/*_corpus.sh) with the build's marsad.
# Figures, not verdicts; a benchmark that fails is reported and the others still run.
#
#   bench/run.sh [BUILD_DIR]      # build by default
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
failed=()

for bench in "$build"/*_bench; do
  [[ -x $bench && -f $bench ]] || continue
  echo "== $(basename "$bench")"
  "$bench" || failed+=("$(basename "$bench")")
  echo
done

for script in "$here"/*_corpus.sh; do
  [[ -f $script ]] || continue
  echo "== $(basename "$script")"
  MARSAD="$build/marsad" bash "$script" || failed+=("$(basename "$script")")
  echo
done

if ((${#failed[@]})); then
  echo "bench/run.sh: failed: ${failed[*]}" >&2
  exit 1
fi
