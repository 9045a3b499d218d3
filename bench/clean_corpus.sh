#!/usr/bin/env bash
# The `marsad clean` command end to end over a whole corpus (SaudiNewsNet by default): reading
# the zips, cleaning, writing the JSON lines. Prints, for each run and their median, documents
# per second and per CPU second (documents = lines of output; the CPU figure is the steadier
# one on a busy machine), wall seconds, CPU seconds and peak RSS; then the
# same pinned to one core (taskset -c 0). Figures, not verdicts: the machine is shared, so read
# the medians.
#
#   bench/clean_corpus.sh [CORPUS_DIR]          # MARSAD=build/marsad RUNS=3 by default
#   MARSAD=build-me/marsad RUNS=5 bench/clean_corpus.sh /path/to/corpus
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
corpus=${1:-${MARSAD_SHARED_DIR:-$root/../shared}/corpus/saudinewsnet}
marsad=${MARSAD:-$root/build/marsad}
runs=${RUNS:-3}

if [[ ! -x $marsad ]]; then
  echo "clean_corpus.sh: $marsad: no marsad binary; build it (make build) or set MARSAD=path" >&2
  exit 2
fi
if [[ ! -e $corpus ]]; then
  echo "clean_corpus.sh: $corpus: no such corpus; pass its folder as the first argument" >&2
  exit 2
fi
corpus=$(realpath "$corpus")

# Peak RSS comes from GNU time when it is installed, else from a wrapper that reads the
# child's getrusage (ru_maxrss) through Python; wall time is measured here either way.
measure_tool=
if [[ -x /usr/bin/time ]] && /usr/bin/time -f '%M' true 2>/dev/null; then
  measure_tool=gnu-time
elif command -v python3 >/dev/null; then
  measure_tool=python
else
  echo "clean_corpus.sh: neither GNU time (/usr/bin/time) nor python3: peak RSS not measured" >&2
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# Runs the command once (with an optional prefix such as taskset) and prints
# "documents wall_seconds cpu_seconds peak_rss_kb".
run_once() {
  local err=$scratch/err stats=$scratch/stats start end documents user sys rss status=0
  start=$(date +%s.%N)
  case $measure_tool in
    gnu-time)
      /usr/bin/time -o "$stats" -f '%U %S %M' "$@" "$marsad" clean --quiet "$corpus" 2>"$err" |
        wc -l >"$scratch/lines" || status=$?
      ;;
    python)
      python3 -c '
import resource, subprocess, sys
code = subprocess.call(sys.argv[2:])
u = resource.getrusage(resource.RUSAGE_CHILDREN)
open(sys.argv[1], "w").write("%f %f %d\n" % (u.ru_utime, u.ru_stime, u.ru_maxrss))
sys.exit(code)' "$stats" "$@" "$marsad" clean --quiet "$corpus" 2>"$err" |
        wc -l >"$scratch/lines" || status=$?
      ;;
    *)
      "$@" "$marsad" clean --quiet "$corpus" 2>"$err" | wc -l >"$scratch/lines" || status=$?
      echo "0 0 0" >"$stats"
      ;;
  esac
  end=$(date +%s.%N)
  if [[ $status -ne 0 ]]; then
    echo "clean_corpus.sh: marsad clean failed (exit $status):" >&2
    head -5 "$err" >&2
    exit 1
  fi
  documents=$(cat "$scratch/lines")
  read -r user sys rss < <(tail -n 1 "$stats")
  awk -v d="$documents" -v s="$start" -v e="$end" -v u="$user" -v y="$sys" -v r="$rss" \
    'BEGIN { printf "%d %.3f %.3f %d\n", d, e - s, u + y, r }'
}

# Runs `runs` times with the given prefix and prints a table with the median.
bench() {
  local label=$1
  shift
  local results=$scratch/results
  : >"$results"
  printf '%-22s %10s %12s %9s %9s %12s\n' "$label" "docs/s" "docs/cpu-s" "wall s" "cpu s" "peak RSS MB"
  for ((i = 1; i <= runs; i++)); do
    run_once "$@" >>"$results"
    tail -n 1 "$results" | awk -v i="$i" \
      '{ printf "  run %-16d %10.0f %12.0f %9.2f %9.2f %12.1f\n", i, $1 / $2, $1 / $3, $2, $3, $4 / 1024 }'
  done
  # The median of each column on its own (documents are the same every run).
  local docs wall cpu rss
  docs=$(awk '{ print $1 }' "$results" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
  wall=$(awk '{ print $2 }' "$results" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
  cpu=$(awk '{ print $3 }' "$results" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
  rss=$(awk '{ print $4 }' "$results" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
  awk -v d="$docs" -v w="$wall" -v c="$cpu" -v r="$rss" \
    'BEGIN { printf "  %-20s %10.0f %12.0f %9.2f %9.2f %12.1f   (%d documents)\n", "median", d / w, d / c, w, c, r / 1024, d }'
}

echo "marsad clean --quiet $corpus"
echo "binary $marsad; $runs runs each; load average $(cut -d' ' -f1-3 /proc/loadavg); peak RSS via ${measure_tool:-nothing}"
bench "all cores"
if command -v taskset >/dev/null; then
  bench "one core (taskset -c 0)" taskset -c 0
else
  echo "one core: taskset is not installed (util-linux); skipped"
fi
