#!/usr/bin/env bash
# Runs the libFuzzer targets of tests/fuzz/ from the checked build
# (scripts/build-checked.sh) and prints a line for each.
# Usage: scripts/fuzz.sh [--seconds N] [TARGET...]
#   --seconds N   how long each target runs, one after the other (default 60,
#                 as in CI; README "Robustness" gives the longer runs)
#   TARGET        document_reader, segmenter, extractor, triple_reader
#                 (default: all four)
# Each target's corpus grows in build-checked/fuzz/corpus/TARGET, starting
# from the seeds in tests/fuzz/corpus/; an input that crashes, leaks, trips a
# sanitizer or runs longer than 10 s is saved to build-checked/fuzz/findings/
# and makes the exit status 1. The full log is build-checked/fuzz/TARGET.log.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=60
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    document_reader|segmenter|extractor|triple_reader) targets+=("$1"); shift ;;
    *) echo "usage: scripts/fuzz.sh [--seconds N] [document_reader|segmenter|extractor|triple_reader]..." >&2
       exit 2 ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=(document_reader segmenter extractor triple_reader)

build=build-checked
work="$build/fuzz"
mkdir -p "$work/findings"
symbolizer=/usr/lib/llvm-14/bin/llvm-symbolizer
[ -x "$symbolizer" ] && export ASAN_SYMBOLIZER_PATH="$symbolizer"

# The text targets get words that lead into the extractor's rules, the
# JSON Lines targets the field names and escapes their readers know.
declare -A dictionary=(
  [document_reader]=json.dict [triple_reader]=json.dict
  [segmenter]=news.dict [extractor]=news.dict
)

# The last value of libFuzzer's final statistic $1 in $log.
stat() { sed -n "s/^stat::$1: *//p" "$log" | tail -1; }

failed=0
for target in "${targets[@]}"; do
  binary="$build/tests/fuzz/${target}_fuzzer"
  [ -x "$binary" ] || { echo "fuzz: $binary missing; run scripts/build-checked.sh" >&2; exit 2; }
  corpus="$work/corpus/$target"
  mkdir -p "$corpus"
  log="$work/$target.log"
  status=0
  started=$SECONDS
  "$binary" "$corpus" "tests/fuzz/corpus/${target}_fuzzer" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
    -dict="tests/fuzz/${dictionary[$target]}" -print_final_stats=1 \
    -artifact_prefix="$work/findings/$target-" >"$log" 2>&1 || status=$?
  coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2 || true)  # none if it died at once
  if [ "$status" -eq 0 ]; then
    verdict="no finding"
  else
    verdict="FINDING (exit $status), see $log and $work/findings/"
    failed=1
  fi
  printf 'fuzz %-16s %6s s  %9s runs  %6s runs/s  coverage %5s  corpus %5s  peak %5s MB  %s\n' \
    "$target" "$((SECONDS - started))" "$(stat number_of_executed_units)" "$(stat average_exec_per_sec)" \
    "${coverage:-?}" "$(find "$corpus" -type f | wc -l)" "$(stat peak_rss_mb)" "$verdict"
done
exit "$failed"
