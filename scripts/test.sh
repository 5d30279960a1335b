#!/usr/bin/env bash
# Installs the dependencies, builds everything and runs the whole test suite
# (GoogleTest through CTest) twice: in the normal build, then in the checked
# build (AddressSanitizer + UndefinedBehaviorSanitizer), followed by a minute
# of each fuzz target. This is what CI runs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --checked
scripts/install-cypher-linter.sh   # Neo4j's Cypher linter (npm), for the Neo4j export test
scripts/build.sh -DBUILD_TESTING=ON
ctest --test-dir build --output-on-failure --parallel "$(nproc)" --timeout 600

echo "test: the checked build (sanitizers, fuzz targets)"
scripts/build-checked.sh
ctest --test-dir build-checked --output-on-failure --parallel "$(nproc)" --timeout 1800
scripts/fuzz.sh --seconds 60
