#!/usr/bin/env bash
# Builds the stance graph of a big JSON Lines corpus on every core of this
# machine: GNU parallel splits the documents into shards, runs one
# `stancegraph extract` (the mapper) per shard, and one `stancegraph merge`
# (the reducer) turns all the shards' triples into the graph files. The
# result is byte for byte what `stancegraph build INPUT -o OUTDIR` writes
# (tests/parallel_recipe_test.cc checks it). See "Beyond one machine" in
# the README.
#
# usage: scripts/shard-and-merge.sh INPUT OUTDIR [options] [stancegraph options]
#
#   INPUT              JSON Lines documents, one object a line ({"id", "text",
#                      "date"?, ...}), or - for standard input
#   OUTDIR             where `merge` writes the graph files (as build -o)
#   -j, --jobs N       extractions at a time (default: one per CPU thread)
#   --block SIZE       shard size in bytes (10M, 1G) or, negative, shards per
#                      job (default: -4, four shards per job; 1M for -)
#   --shard-lines N    shards of exactly N documents instead (split -l)
#   --triples DIR      keep the shards' triples in DIR (new or empty), e.g.
#                      for `stancegraph query DIR ...` or a later merge
#   -q, --quiet        no progress and no summary
#   --min-confidence X, --lexicon PATH     go to every `extract`
#   any other stancegraph option (--format, --ontology, --since, --until,
#   --roll-up, --title, ...)               goes to `merge`
#
# The stancegraph binary is $STANCEGRAPH, by default build/stancegraph of
# this checkout. Needs GNU parallel (Debian package `parallel`).
# Exit status: 0 on success; 1 if a shard failed (a bad line: nothing is
# merged then) or merge reported a problem; 2 on a usage error; otherwise
# that of the failing step.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
STANCEGRAPH=${STANCEGRAPH:-$here/../build/stancegraph}

say() { [ -n "$quiet" ] || echo "shard-and-merge: $*" >&2; }
die() { echo "shard-and-merge: $1" >&2; exit "${2:-1}"; }
usage_error() { die "$* (see the top of $0)" 2; }

# ---------------------------------------------------------------------------
# Arguments: INPUT and OUTDIR first, then options.

if [ "${1:-}" = -h ] || [ "${1:-}" = --help ]; then
  sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'
  exit 0
fi
[ $# -ge 2 ] || usage_error "needs INPUT and OUTDIR"
input=$1 outdir=$2
shift 2
if [ -z "$input" ] || [ -z "$outdir" ]; then
  usage_error "INPUT and OUTDIR must not be empty"
fi

jobs="" block="" shard_lines="" keep_triples="" quiet=""
extract_opts=() merge_opts=()
need_value() { [ $# -ge 2 ] || usage_error "$1: needs a value"; }
while [ $# -gt 0 ]; do
  case $1 in
    -j | --jobs) need_value "$@"; jobs=$2; shift 2 ;;
    --block) need_value "$@"; block=$2; shift 2 ;;
    --shard-lines) need_value "$@"; shard_lines=$2; shift 2 ;;
    --triples) need_value "$@"; keep_triples=$2; shift 2 ;;
    -q | --quiet) quiet=1; merge_opts+=(-q); shift ;;
    # Extraction options: every shard must be extracted as `build` would.
    --min-confidence | --lexicon) need_value "$@"; extract_opts+=("$1" "$2"); shift 2 ;;
    -o | --output) usage_error "$1: OUTDIR is the second argument" ;;
    --) usage_error "--: INPUT is the first argument, and the only one" ;;
    # merge's options with a value (the value may start with '-').
    --title | --base-iri | --since | --until | --ontology | --explain-merges | --format | \
      --layout | --group | --evidence-url | --node-url | --min-weight | --top | --actor | \
      --topic | --strongest)
      need_value "$@"; merge_opts+=("$1" "$2"); shift 2 ;;
    # Any other option goes to merge, which checks it (below, before the
    # extraction), with its value if one follows.
    -?*)
      if [ $# -ge 2 ] && [ "${2#-}" = "$2" ]; then merge_opts+=("$1" "$2"); shift 2
      else merge_opts+=("$1"); shift; fi ;;
    *) usage_error "$1: unexpected argument (one INPUT, one OUTDIR)" ;;
  esac
done
if [ -n "$jobs" ] && ! [[ $jobs =~ ^[1-9][0-9]*$ ]]; then
  usage_error "--jobs: expects a positive number, got \`$jobs\`"
fi
if [ -n "$shard_lines" ] && ! [[ $shard_lines =~ ^[1-9][0-9]*$ ]]; then
  usage_error "--shard-lines: expects a positive number, got \`$shard_lines\`"
fi
if [ -n "$shard_lines" ] && [ -n "$block" ]; then
  usage_error "--block and --shard-lines exclude each other"
fi
if [ "$input" != - ] && [ ! -f "$input" ]; then usage_error "$input: not a file"; fi

# ---------------------------------------------------------------------------
# Checks that fail in seconds rather than after hours of extraction.

if ! parallel --will-cite --version 2>/dev/null | grep -q '^GNU parallel'; then
  die "needs GNU parallel (Debian package \`parallel\`; scripts/install-deps.sh installs it)"
fi
# A command name is looked up in PATH once, here.
found=$(command -v -- "$STANCEGRAPH") ||
  die "$STANCEGRAPH: no stancegraph binary (run scripts/build.sh, or set STANCEGRAPH)"
STANCEGRAPH=$found

work=$(cd "$(mktemp -d "${TMPDIR:-/tmp}/shard-and-merge.XXXXXX")" && pwd)
trap 'rm -rf "$work"' EXIT

# Usage errors of extract (a bad lexicon) and of merge (an unknown option, a
# bad date or ontology) exit 2 at once: try both on a tiny input. The
# preflight merge must not write the user's --explain-merges file.
status=0
echo '{"id": "preflight", "text": "Nothing to see."}' |
  "$STANCEGRAPH" extract --stdin-format jsonl - --format jsonl -q "${extract_opts[@]}" \
    >/dev/null || status=$?
[ "$status" -ne 2 ] || exit 2
preflight_opts=()
for ((i = 0; i < ${#merge_opts[@]}; i++)); do
  preflight_opts+=("${merge_opts[i]}")
  if [ "${merge_opts[i]}" = --explain-merges ]; then
    preflight_opts+=("$work/explain")
    i=$((i + 1))
  fi
done
status=0
"$STANCEGRAPH" merge - -q -o "$work/preflight" "${preflight_opts[@]}" </dev/null || status=$?
[ "$status" -ne 2 ] || exit 2

triples=$work/triples
if [ -n "$keep_triples" ]; then
  # merge reads every .jsonl file under the directory: old ones would count.
  if [ -e "$keep_triples" ] && [ -n "$(ls -A "$keep_triples")" ]; then
    usage_error "--triples $keep_triples: must be a new or empty directory"
  fi
  triples=$keep_triples
fi
mkdir -p "$triples"

# ---------------------------------------------------------------------------
# Map: one `extract` per shard, its triples in a file of their own.

shopt -s nullglob

# Each job reads its shard on standard input, as JSON Lines whatever its
# first byte (--stdin-format jsonl): a shard may be empty or start with a
# bad line, which `extract -` would otherwise take for one text document. A
# bad line is reported (-:LINE, counted from the start of the shard) and
# fails its shard; blank lines and an empty shard are no documents.
#
# The job's command line, quoted for the shell parallel runs it with. Each
# job writes its own file, named by its sequence number {#}: no locking,
# and a file per shard is what merge reads anyway.
printf -v job '%q ' "$STANCEGRAPH" extract --stdin-format jsonl - --format jsonl -q \
  "${extract_opts[@]}"
job+="> $(printf %q "$triples")/shard-{#}.jsonl"

# --halt now,fail=1: the first failing shard stops the others, and the run
# fails, rather than merging a graph with a shard missing.
# --will-cite: no citation notice.
run=(parallel --will-cite --halt 'now,fail=1')
[ -z "$jobs" ] || run+=(--jobs "$jobs")

if [ -n "$shard_lines" ]; then
  # Exact shards of N documents: split -l cuts at line ends, parallel runs a
  # job per shard file, in any order.
  mkdir "$work/docs"
  if [ "$input" = - ]; then split -l "$shard_lines" -d - "$work/docs/shard-"
  else split -l "$shard_lines" -d -- "$input" "$work/docs/shard-"; fi
  docs=("$work"/docs/*)
  say "${#docs[@]} shards of $shard_lines documents"
  # The file names go through standard input: no limit on their number.
  if [ ${#docs[@]} -gt 0 ]; then printf '%s\n' "${docs[@]}" | "${run[@]}" "$job < {}" || exit $?; fi
  rm -r "$work/docs"
elif [ "$input" = - ]; then
  # Standard input cannot be seeked: --pipe reads it and hands on blocks of
  # whole lines, ending at a newline.
  "${run[@]}" --pipe --block "${block:-1M}" "$job" || exit $?
else
  # --pipepart cuts the file itself at newlines near each block border and
  # each job reads its part straight from the file: nothing is copied, and
  # a negative --block means that many shards per job.
  "${run[@]}" --pipepart --arg-file "$input" --block "${block:--4}" "$job" || exit $?
fi

# ---------------------------------------------------------------------------
# Reduce: one merge over all shards, in any order (merge is associative and
# order-independent); the options that shape the graph apply here.

shards=("$triples"/shard-*.jsonl)
say "${#shards[@]} shards extracted, merging"
# No documents, no jobs: merge nothing, as build writes an empty graph.
[ ${#shards[@]} -gt 0 ] || : >"$triples/shard-0.jsonl"
status=0
"$STANCEGRAPH" merge "$triples" -o "$outdir" "${merge_opts[@]}" || status=$?
exit "$status"  # not exec: the EXIT trap removes the work directory
