#!/usr/bin/env bash
# Installs the dependencies, builds everything and runs the whole test suite
# (GoogleTest through CTest). This is what CI runs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/install-cypher-linter.sh   # Neo4j's Cypher linter (npm), for the Neo4j export test
scripts/build.sh -DBUILD_TESTING=ON
ctest --test-dir build --output-on-failure --parallel "$(nproc)" --timeout 600
