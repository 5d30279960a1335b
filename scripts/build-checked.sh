#!/usr/bin/env bash
# Builds the checked build into build-checked/: Clang, with AddressSanitizer
# and UndefinedBehaviorSanitizer on every target (any finding is fatal),
# libstdc++'s bounds assertions, the whole test suite and the libFuzzer
# targets of tests/fuzz/. Needs `scripts/install-deps.sh --checked`.
# Usage: scripts/build-checked.sh [extra cmake -D options]
set -euo pipefail
cd "$(dirname "$0")/.."
# -O1 keeps the sanitizers' reports exact while the suite still runs in minutes.
cmake -S . -B build-checked -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS=-O1 \
  -DCMAKE_CXX_COMPILER=clang++ -DBUILD_TESTING=ON -DSTANCEGRAPH_FUZZERS=ON "$@" >/dev/null
cmake --build build-checked --parallel "$(nproc)"
