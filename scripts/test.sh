#!/usr/bin/env bash
# Installs the dependencies, builds everything and runs the whole test suite
# (GoogleTest through CTest). This is what CI runs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh -DBUILD_TESTING=ON
ctest --test-dir build --output-on-failure --parallel "$(nproc)" --timeout 600
