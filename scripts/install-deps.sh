#!/usr/bin/env bash
# Installs every Debian 12 package stancegraph needs to build, run and test.
# Safe to run again: when everything is already installed it does nothing.
#   scripts/install-deps.sh           what building, running and testing need
#   scripts/install-deps.sh --checked also what the checked build needs
#                                     (Clang's sanitizers and libFuzzer)
#   scripts/install-deps.sh --bench   also what bench/ needs (bench/README.md)
set -euo pipefail

packages=(
  cmake g++ ninja-build pkg-config          # build
  libboost-graph-dev                        # graph/: Boost.Graph
  rapidjson-dev                             # extract/, export/: JSON Lines and JSON-LD
  libgraphviz-dev libgvc6 graphviz          # export/: cgraph + gvc; tests render with `dot`
  libmimalloc-dev                           # cli/: a faster malloc for big graphs
  libgtest-dev                              # tests/
  python3 python3-pyld python3-rdflib       # tests/: expand the JSON-LD with real processors
  python3-networkx                          # tests/: read the GraphML back
  parallel                                  # tests/: scripts/shard-and-merge.sh (GNU parallel)
)
case "${1:-}" in
  "") ;;
  --checked)
    packages+=(
      clang libclang-rt-14-dev                # scripts/build-checked.sh: ASan, UBSan, libFuzzer
      llvm-14                                 # llvm-symbolizer: source lines in sanitizer reports
    ) ;;
  --bench)
    packages+=(
      time xz-utils                           # bench/run.sh: GNU time, the UN corpus is .xz
      libbenchmark-dev                        # bench/micro_benchmarks.cc
      liblink-grammar-dev link-grammar-dictionaries-en  # bench/link_grammar_ratio.cc
    ) ;;
  *) echo "usage: scripts/install-deps.sh [--checked|--bench]" >&2; exit 2 ;;
esac

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# libgvc6's layout/render plugins are registered by its postinst; make sure
# the plugin config exists even when the package was unpacked without it.
if command -v dot >/dev/null; then $SUDO dot -c || true; fi
echo "install-deps: done"
