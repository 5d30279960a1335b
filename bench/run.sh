#!/usr/bin/env bash
# bench/run.sh: end-to-end throughput, scaling and memory of `stancegraph
# extract` and `stancegraph build`, on real text (the UN General Debate
# corpus in ../shared/corpus) and on generated news pages of growing size.
#
#   bench/run.sh                       # UN corpus + 10 MB, 100 MB, 1 GB of news
#   bench/run.sh --sizes 10,100        # smaller news corpora only
#   bench/run.sh --help                # every option
#
# For each corpus and each thread count (1 and every core) it times
#   stancegraph extract CORPUS --format jsonl --threads T > FILE
#   stancegraph build CORPUS -q --threads T --format jsonld -o DIR
#   stancegraph build CORPUS -q --threads T --format jsonl -o DIR
# with GNU time (wall seconds, peak RSS), prints one table (also written to
# WORK/results.tsv and WORK/results.md) and checks with cmp that the outputs
# at 1 and N threads are identical. Nothing is asserted: the figures are
# reported beside the targets of issue 6.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$SCRIPT_DIR/.." && pwd)

WORK=${STANCEGRAPH_BENCH_DIR:-/tmp/stancegraph-bench}
BIN=$ROOT/build/stancegraph
REAL=${STANCEGRAPH_REAL_CORPUS:-$ROOT/../shared/corpus/ungdc_2015_2024.jsonl.xz}
SIZES=10,100,1000
SEED=1
THREADS_N=$(nproc)
REPEAT=1
MEM_LIMIT_MB=16000
TIMEOUT_S=1800
KEEP=0
SMALL_GRAPH=0
USE_REAL=1
PYTHON=${PYTHON:-/usr/bin/python3}
BUILD_VARIANTS=()
ONLY=extract,build

usage() {
  cat <<EOF
usage: bench/run.sh [options]

Times stancegraph extract and build on the UN General Debate corpus (real
text, unpacked from ../shared/corpus) and on generated news corpora of the
given sizes, at 1 thread and at N threads, and prints MB/s, documents/s,
sentences/s and peak RSS. Corpora are made once and kept in the work folder.

options:
  --sizes LIST        news corpus sizes in MB (10^6 bytes), comma list (default: $SIZES;
                      0 or "" for none)
  --work DIR          work folder for corpora and outputs (default: $WORK,
                      or \$STANCEGRAPH_BENCH_DIR)
  --binary PATH       stancegraph binary (default: build/stancegraph)
  --real-corpus PATH  the UN corpus (.jsonl.xz, .jsonl or an http(s) URL)
                      (default: ../shared/corpus/ungdc_2015_2024.jsonl.xz)
  --no-real           skip the real corpus (the generator then uses word lists only)
  --threads N         the "many threads" count (default: nproc = $THREADS_N)
  --only LIST         extract, build or both (default: $ONLY)
  --build-args ARGS   one build variant's extra arguments, repeatable; replaces the
                      defaults "--format jsonld" and "--format jsonl"
                      (e.g. --build-args "--format dot,svg,jsonld --top 200")
  --repeat R          run each command R times and keep the fastest (default: 1)
  --seed S            generator seed (default: $SEED)
  --mem-limit MB      address-space limit per run (ulimit -v), so a run that grows
                      too much fails instead of swapping the machine (default: $MEM_LIMIT_MB;
                      0: none)
  --timeout S         seconds before a run is killed (default: $TIMEOUT_S)
  --small-graph       generate news-small-MB corpora instead: 300 topics, 300 people and
                      2,000 real sentences, so the graph stays small however big the
                      corpus (does memory grow with the graph or with the input?)
  --keep              keep the outputs (default: deleted after comparison)
  -h, --help          this text
EOF
}

while (($#)); do
  case $1 in
    --sizes) SIZES=$2; shift 2 ;;
    --work) WORK=$2; shift 2 ;;
    --binary) BIN=$2; shift 2 ;;
    --real-corpus) REAL=$2; shift 2 ;;
    --no-real) USE_REAL=0; shift ;;
    --threads) THREADS_N=$2; shift 2 ;;
    --only) ONLY=$2; shift 2 ;;
    --build-args) BUILD_VARIANTS+=("$2"); shift 2 ;;
    --repeat) REPEAT=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --mem-limit) MEM_LIMIT_MB=$2; shift 2 ;;
    --timeout) TIMEOUT_S=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    --small-graph) SMALL_GRAPH=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "bench/run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
((${#BUILD_VARIANTS[@]})) || BUILD_VARIANTS=("--format jsonld" "--format jsonl")

die() { echo "bench/run.sh: $*" >&2; exit 2; }
[[ -x $BIN ]] || die "no stancegraph binary at $BIN (build it, or pass --binary)"
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
if ! { [[ -x /usr/bin/time ]] && /usr/bin/time --version 2>&1 | grep -q GNU; }; then
  die "GNU time is needed at /usr/bin/time (Debian package: time)"
fi
[[ -x $PYTHON ]] || die "no Python 3 at $PYTHON (set PYTHON=...)"
for tool in cmp xz timeout; do command -v $tool >/dev/null || die "$tool is needed"; done

mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
LOG=$WORK/run.log
: >"$LOG"
say() { echo "$*" | tee -a "$LOG" >&2; }

# --- the machine and the binary -------------------------------------------
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [[ $COMMIT != unknown ]] && [[ -n $(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null) ]]; then
  COMMIT="$COMMIT+uncommitted changes"
fi
BIN_SUM=$(sha256sum "$BIN" | cut -c1-12)
CPU=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//' || echo unknown)
say "stancegraph bench, $(date -u '+%Y-%m-%d %H:%M UTC')"
say "binary: $BIN (sha256 $BIN_SUM, built $(date -u -r "$BIN" '+%Y-%m-%d %H:%M UTC'), source $COMMIT)"
# Run a copy: the build folder may be rebuilt by someone else during a long run.
if [[ $BIN != "$WORK/stancegraph-$BIN_SUM" ]]; then
  cp "$BIN" "$WORK/stancegraph-$BIN_SUM"
  BIN=$WORK/stancegraph-$BIN_SUM
fi
say "machine: $(nproc) cores ($CPU), $(free -m | awk '/^Mem:/{print $2}') MB RAM, load now:$(cut -d' ' -f1-3 /proc/loadavg | sed 's/^/ /')"

# Does the binary know --threads? (Another change adds it; without it every
# command runs once, at whatever the binary does by default.)
HAS_THREADS=1
if ! probe=$(echo '{"id": "probe", "text": "Probe."}' | "$BIN" extract --threads 1 -q - 2>&1) &&
   grep -q -- '--threads' <<<"$probe"; then
  HAS_THREADS=0
  say "note: this binary rejects --threads ($probe); each command runs once, without --threads, and there is no 1-vs-N comparison"
fi
if ((HAS_THREADS)); then
  THREAD_LIST=(1)
  ((THREADS_N > 1)) && THREAD_LIST+=("$THREADS_N")
else
  THREAD_LIST=(default)
fi

# --- corpora ------------------------------------------------------------------
# Stats of a JSON Lines corpus: "documents bytes text_bytes", cached in FILE.stats.
stats_of() {
  local file=$1
  if [[ ! -s $file.stats || $file.stats -ot $file ]]; then
    "$PYTHON" - "$file" >"$file.stats" <<'EOF'
import json, os, sys
path = sys.argv[1]
docs = text = 0
with open(path, encoding="utf-8") as f:
    for line in f:
        if line.strip():
            docs += 1
            text += len(json.loads(line).get("text", "").encode("utf-8"))
json.dump({"documents": docs, "bytes": os.path.getsize(path), "text_bytes": text}, sys.stdout)
print()
EOF
  fi
  "$PYTHON" -c 'import json,sys; s=json.load(open(sys.argv[1])); print(s["documents"], s["bytes"], s["text_bytes"])' "$file.stats"
}

CORPORA=()   # "name path"
REAL_JSONL=""
if ((USE_REAL)); then
  REAL_JSONL=$WORK/ungdc.jsonl
  if [[ ! -s $REAL_JSONL ]]; then
    case $REAL in
      http://*|https://*)
        say "fetching $REAL"
        curl -fsSL "$REAL" -o "$WORK/ungdc.download" || die "could not fetch $REAL"
        src=$WORK/ungdc.download ;;
      *) [[ -r $REAL ]] || die "no real corpus at $REAL (pass --real-corpus PATH, or --no-real)"
         src=$REAL ;;
    esac
    if [[ $src == *.xz ]] || xz -t "$src" 2>/dev/null; then
      xz -dc "$src" >"$REAL_JSONL.part"
    else
      cp "$src" "$REAL_JSONL.part"
    fi
    mv "$REAL_JSONL.part" "$REAL_JSONL"
    rm -f "$WORK/ungdc.download"
    say "unpacked the UN General Debate corpus into $REAL_JSONL"
  fi
  CORPORA+=("ungdc $REAL_JSONL")
fi

IFS=, read -r -a SIZE_LIST <<<"$SIZES"
GEN_ARGS=(--seed "$SEED")
PREFIX=news
if ((SMALL_GRAPH)); then
  GEN_ARGS+=(--topics 300 --people 300 --real-sentences 2000)
  PREFIX=news-small
fi
# A corpus is made again only if its .stats do not match what is asked.
stats_match() {  # file megabytes
  "$PYTHON" - "$1.stats" "$2" "$SEED" "$(basename "$REAL_JSONL")" "$SMALL_GRAPH" <<'EOF'
import json, sys
path, mb, seed, real, small = sys.argv[1:]
try:
    s = json.load(open(path))
except (OSError, ValueError):
    sys.exit(1)
want = {"megabytes": float(mb), "seed": int(seed), "real_text": real,
        "topics": 300 if small == "1" else 0, "people": 300 if small == "1" else 0,
        "real_sentences": 2000 if small == "1" else 60000}
sys.exit(0 if all(s.get(k) == v for k, v in want.items()) else 1)
EOF
}
for mb in "${SIZE_LIST[@]}"; do
  [[ -z $mb || $mb == 0 ]] && continue
  file=$WORK/$PREFIX-$mb.jsonl
  if [[ ! -s $file ]] || ! stats_match "$file" "$mb"; then
    say "generating $file ($mb MB of news pages, ${GEN_ARGS[*]})"
    start=$(date +%s.%N)
    "$PYTHON" "$SCRIPT_DIR/make_news_corpus.py" --megabytes "$mb" "${GEN_ARGS[@]}" -o "$file" \
      ${REAL_JSONL:+--real-text "$REAL_JSONL"} 2>>"$LOG"
    say "  made in $(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN{printf "%.1f", e-s}') s"
  fi
  CORPORA+=("$PREFIX-$mb $file")
done
((${#CORPORA[@]})) || die "no corpus to run on"

# --- runs ---------------------------------------------------------------------
RESULTS=$WORK/results.tsv
printf 'corpus\tfile_mb\ttext_mb\tdocuments\tsentences\tcommand\tthreads\tseconds\tmb_per_s\tdocs_per_s\tsentences_per_s\tpeak_rss_mb\tstatus\tsame_as_1_thread\ttriples\n' >"$RESULTS"
OUT=$WORK/out
mkdir -p "$OUT"

# Runs "$@" R times under GNU time; sets SECONDS_BEST, RSS_MB, STATUS.
timed() {
  local errfile=$1; shift
  local best="" rss=0 status=ok tfile=$OUT/time.txt i rc
  for ((i = 0; i < REPEAT; i++)); do
    rc=0
    (
      ((MEM_LIMIT_MB > 0)) && ulimit -v $((MEM_LIMIT_MB * 1024))
      exec >"${TIMED_STDOUT:-/dev/null}"
      exec timeout --signal=KILL "$TIMEOUT_S" /usr/bin/time -f '%e %M' -o "$tfile" "$@"
    ) 2>"$errfile" || rc=$?
    if ((rc != 0)); then
      # A time file from a run killed by timeout is missing or partial.
      if ((rc == 137)); then status="killed after ${TIMEOUT_S}s"; else status="exit $rc"; fi
      grep -qi 'bad_alloc\|memory' "$errfile" && status="$status (memory limit ${MEM_LIMIT_MB} MB?)"
      SECONDS_BEST=""; RSS_MB=""; STATUS=$status
      return
    fi
    read -r s kb < <(grep -E '^[0-9.]+ [0-9]+$' "$tfile" | tail -1)
    if [[ -z $best ]] || awk -v a="$s" -v b="$best" 'BEGIN{exit !(a<b)}'; then best=$s; rss=$kb; fi
  done
  SECONDS_BEST=$best; RSS_MB=$((rss / 1024)); STATUS=$status
}

rate() { awk -v n="$1" -v s="$2" -v d="$3" 'BEGIN{ if (s > 0 && n != "-") printf "%.*f", d, n / s; else print "-" }'; }

record() {  # corpus file_mb text_mb docs sentences command threads same
  local mbs dps sps
  if [[ -n $SECONDS_BEST ]]; then
    mbs=$(rate "$3" "$SECONDS_BEST" 1); dps=$(rate "$4" "$SECONDS_BEST" 0)
    sps=$(rate "$5" "$SECONDS_BEST" 0)
  else
    mbs=-; dps=-; sps=-
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" "$6" "$7" \
    "${SECONDS_BEST:--}" "$mbs" "$dps" "$sps" "${RSS_MB:--}" "$STATUS" "$8" "$triples" >>"$RESULTS"
  say "$(printf '  %-8s %-34s threads %-7s %8s s %7s MB/s %9s docs/s %10s sentences/s %7s MB RSS  %s %s' \
    "$1" "$6" "$7" "${SECONDS_BEST:--}" "$mbs" "$dps" "$sps" "${RSS_MB:--}" "$STATUS" "$8")"
}

thread_args() { [[ $1 == default ]] || echo "--threads $1"; }

# Compares the output of a run at N threads with the one at 1 thread.
same_as_first() {  # first_output this_output
  if [[ ! -e $1 || ! -e $2 ]]; then echo "-"; return; fi
  if [[ -d $1 ]]; then
    local f
    for f in $(cd "$1" && find . -type f | sort); do
      cmp -s "$1/$f" "$2/$f" || { echo "DIFFERS ($f)"; return; }
    done
    [[ $(cd "$1" && find . -type f | sort) == $(cd "$2" && find . -type f | sort) ]] || { echo "DIFFERS (file list)"; return; }
    echo identical
  else
    cmp -s "$1" "$2" && echo identical || echo "DIFFERS"
  fi
}

for entry in "${CORPORA[@]}"; do
  name=${entry%% *}; file=${entry#* }
  read -r docs bytes text_bytes < <(stats_of "$file")
  file_mb=$(awk -v b="$bytes" 'BEGIN{printf "%.1f", b / 1e6}')
  text_mb=$(awk -v b="$text_bytes" 'BEGIN{printf "%.1f", b / 1e6}')
  say ""
  say "$name: $file ($file_mb MB file, $text_mb MB of text, $docs documents)"
  sentences=-
  triples=-

  if [[ ,$ONLY, == *,extract,* ]]; then
    first=""
    for t in "${THREAD_LIST[@]}"; do
      o=$OUT/$name-extract-$t.jsonl
      # Not -q: the only extra output on a pipe is the count line (and the
      # stage times), which gives the sentence count.
      # shellcheck disable=SC2046
      TIMED_STDOUT=$o timed "$OUT/$name-extract-$t.err" "$BIN" extract "$file" --format jsonl $(thread_args "$t")
      if line=$(grep -m1 -E '^stancegraph: [0-9]+ documents?, [0-9]+ sentences?' "$OUT/$name-extract-$t.err"); then
        sentences=$(sed -E 's/.* ([0-9]+) sentences?.*/\1/' <<<"$line")
        triples=$(sed -E 's/.* ([0-9]+) triples?.*/\1/' <<<"$line")
      fi
      grep -E '^time:' "$OUT/$name-extract-$t.err" | sed "s/^/    stancegraph says (threads $t): /" | tee -a "$LOG" >&2 || true
      same=-
      if [[ -z $first ]]; then first=$o; elif [[ $STATUS == ok ]]; then same=$(same_as_first "$first" "$o"); fi
      record "$name" "$file_mb" "$text_mb" "$docs" "$sentences" "extract --format jsonl" "$t" "$same"
    done
    ((KEEP)) || rm -f "$OUT/$name"-extract-*.jsonl
  fi

  if [[ ,$ONLY, == *,build,* ]]; then
    for variant in "${BUILD_VARIANTS[@]}"; do
      tag=$(tr -c 'a-zA-Z0-9,\n' '_' <<<"$variant" | sed 's/__*/_/g; s/^_//; s/_$//')
      first=""
      for t in "${THREAD_LIST[@]}"; do
        d=$OUT/$name-build-$tag-$t
        rm -rf "$d"
        # shellcheck disable=SC2046,SC2086
        timed "$OUT/$name-build-$tag-$t.err" "$BIN" build "$file" -q $(thread_args "$t") $variant -o "$d"
        same=-
        if [[ -z $first ]]; then first=$d; elif [[ $STATUS == ok ]]; then same=$(same_as_first "$first" "$d"); fi
        record "$name" "$file_mb" "$text_mb" "$docs" "$sentences" "build $variant" "$t" "$same"
      done
      ((KEEP)) || rm -rf "$OUT/$name-build-$tag"-*/
    done
  fi
done

# --- the table ------------------------------------------------------------------
MD=$WORK/results.md
{
  echo "| corpus | MB of text | command | threads | seconds | MB/s | docs/s | sentences/s | peak RSS MB | 1 vs N threads |"
  echo "|---|---:|---|---:|---:|---:|---:|---:|---:|---|"
  tail -n +2 "$RESULTS" | awk -F'\t' '{
    secs = ($13 == "ok") ? $8 : $13
    printf "| %s | %s | `%s` | %s | %s | %s | %s | %s | %s | %s |\n", $1, $3, $6, $7, secs, $9, $10, $11, $12, $14 }'
  echo
  echo "| corpus | MB of file | MB of text | documents | sentences | triples (extract) |"
  echo "|---|---:|---:|---:|---:|---:|"
  tail -n +2 "$RESULTS" | awk -F'\t' '!seen[$1]++ { printf "| %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $15 }'
} >"$MD"

echo
echo "binary $BIN_SUM (source $COMMIT), $(nproc) cores; MB = 10^6 bytes of document text; seconds: wall, best of $REPEAT"
((HAS_THREADS)) || echo "(no --threads in this binary: one run per command at its default thread use)"
column -t -s $'\t' <(cut -f1,3,6-12,14 "$RESULTS" | sed 's/same_as_1_thread/1-vs-N/')

# Scaling and the targets of issue 6 (reported, not asserted).
echo
awk -F'\t' -v n="$THREADS_N" '
  NR == 1 { next }
  $13 != "ok" { printf "%s %s threads %s: %s\n", $1, $6, $7, $13; next }
  { key = $1 "\t" $6; if ($7 == "1") one[key] = $8; if ($7 == n) many[key] = $8; order[key] = ++k }
  $6 ~ /^extract/ && $7 == "1" { printf "target: extract %s at 1 thread %.1f MB/s (issue 6: >= 20 MB/s per core)\n", $1, $9 }
  $6 ~ /^build/ && $1 ~ /^news(-small)?-1000$/ && $7 == n {
    printf "target: %s of 1 GB at %s threads %.0f s (< 60 s), peak RSS %d MB (< 1500 MB)\n", $6, n, $8, $12 }
  END {
    for (key in one) if (key in many && many[key] > 0) {
      split(key, p, "\t")
      printf "scaling: %s %s: %.2fx on %s threads (issue 6: >= 1.8x for extract)\n", p[1], p[2], one[key] / many[key], n
    }
  }' "$RESULTS" | sort
echo
echo "table: $RESULTS and $MD; log: $LOG"
