#!/usr/bin/env bash
# bench/link_grammar_ratio.sh: stancegraph beside Link Grammar parsing every
# sentence of the same text (the first MB of the UN General Debate corpus),
# one thread each, and the ratio.
#
#   cmake -S . -B build-bench -G Ninja -DSTANCEGRAPH_BENCHMARKS=ON -DBUILD_TESTING=OFF
#   ninja -C build-bench link_grammar_ratio stancegraph
#   bench/link_grammar_ratio.sh [--megabytes 1] [--max-seconds 120]
#
# Prints the figures of build-bench/bench/link_grammar_ratio (the extractor
# in-process, Link Grammar tuned as in ../shared/NLP.md, time-capped and
# extrapolated) and, for the end-to-end view, `stancegraph extract
# --threads 1` on the same sample file.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$SCRIPT_DIR/.." && pwd)
WORK=${STANCEGRAPH_BENCH_DIR:-/tmp/stancegraph-bench}
BUILD=$ROOT/build-bench
BIN=""
REAL=${STANCEGRAPH_REAL_CORPUS:-$ROOT/../shared/corpus/ungdc_2015_2024.jsonl.xz}
INPUT=""
MEGABYTES=1
MAX_SECONDS=120
PYTHON=${PYTHON:-/usr/bin/python3}

usage() {
  cat <<EOF
usage: bench/link_grammar_ratio.sh [options]

options:
  --megabytes X       sample size: the first X MB of document text (default: $MEGABYTES)
  --max-seconds S     time cap for Link Grammar; beyond it the rest is extrapolated
                      (default: $MAX_SECONDS)
  --input FILE        JSON Lines documents to sample (default: the UN corpus, unpacked
                      into the work folder)
  --build-dir DIR     build with -DSTANCEGRAPH_BENCHMARKS=ON (default: build-bench)
  --binary PATH       stancegraph binary for the end-to-end figure
                      (default: DIR/stancegraph, else build/stancegraph)
  --work DIR          work folder (default: $WORK)
  -h, --help          this text
EOF
}

while (($#)); do
  case $1 in
    --megabytes) MEGABYTES=$2; shift 2 ;;
    --max-seconds) MAX_SECONDS=$2; shift 2 ;;
    --input) INPUT=$2; shift 2 ;;
    --build-dir) BUILD=$2; shift 2 ;;
    --binary) BIN=$2; shift 2 ;;
    --work) WORK=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "bench/link_grammar_ratio.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

die() { echo "bench/link_grammar_ratio.sh: $*" >&2; exit 2; }
RATIO=$BUILD/bench/link_grammar_ratio
[[ -x $RATIO ]] || die "no $RATIO: configure with -DSTANCEGRAPH_BENCHMARKS=ON (needs liblink-grammar-dev) and build link_grammar_ratio"
if [[ -z $BIN ]]; then
  BIN=$BUILD/stancegraph
  [[ -x $BIN ]] || BIN=$ROOT/build/stancegraph
fi
mkdir -p "$WORK"

if [[ -z $INPUT ]]; then
  INPUT=$WORK/ungdc.jsonl
  if [[ ! -s $INPUT ]]; then
    [[ -r $REAL ]] || die "no UN corpus at $REAL (pass --input FILE)"
    xz -dc "$REAL" >"$INPUT.part" && mv "$INPUT.part" "$INPUT"
  fi
fi

# The sample as its own file, so the CLI reads exactly what the program reads.
SAMPLE=$WORK/lg-sample-$MEGABYTES.jsonl
"$PYTHON" - "$INPUT" "$MEGABYTES" "$SAMPLE" <<'EOF'
import json, sys
src, mb, dst = sys.argv[1], float(sys.argv[2]), sys.argv[3]
limit, size = int(mb * 1e6), 0
with open(src, encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as out:
    for line in f:
        if size >= limit:
            break
        if line.strip():
            size += len(json.loads(line).get("text", "").encode("utf-8"))
            out.write(line)
EOF

echo "== Link Grammar and the stancegraph extractor, in-process, 1 thread"
"$RATIO" --input "$SAMPLE" --megabytes 1000000 --max-seconds "$MAX_SECONDS"

if [[ -x $BIN ]]; then
  echo
  echo "== stancegraph extract, end to end (read, segment, extract, write), on the same file"
  threads=""
  echo '{"id": "probe", "text": "Probe."}' | "$BIN" extract --threads 1 -q - >/dev/null 2>&1 && threads="--threads 1"
  text_bytes=$("$PYTHON" -c 'import json,sys; print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1]) if l.strip()))' "$SAMPLE")
  # shellcheck disable=SC2086
  /usr/bin/time -f '%e %M' -o "$WORK/lg-time.txt" "$BIN" extract "$SAMPLE" --format jsonl -q $threads >/dev/null
  read -r secs kb <"$WORK/lg-time.txt"
  awk -v s="$secs" -v kb="$kb" -v b="$text_bytes" 'BEGIN {
    printf "%.2f s (start-up included), %s MB/s, peak RSS %d MB\n", s, (s > 0 ? sprintf("%.1f", b / 1e6 / s) : "-"), kb / 1024 }'
  [[ -n $threads ]] || echo "(this binary has no --threads: it ran at its default thread use)"
fi
