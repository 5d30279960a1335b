#!/usr/bin/env bash
# Installs Neo4j's Cypher linter, the npm package @neo4j-cypher/language-support,
# into .deps/neo4j-cypher under the repository root, where
# tests/neo4j_export_test.cc (LoadScriptPassesNeo4jsCypherLinter) looks for it.
# Node and npm come from Debian's `nodejs` and `npm` packages when missing.
# Safe to run again: when the right version is already there it does nothing.
set -euo pipefail

# 2.0.0-next.20 is the last version whose engines (node >=18.18.2) allow
# Debian 12's Node 18.20.4; later ones need Node 20.
package="@neo4j-cypher/language-support"
version="2.0.0-next.20"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
prefix="$root/.deps/neo4j-cypher"
manifest="$prefix/node_modules/$package/package.json"

# Node and npm: Debian's packages when either command is missing.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "install-cypher-linter: installing nodejs npm"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi

# The package refuses older Node versions; say so plainly instead of letting
# the test fail later with a syntax error.
if ! node -e '
  const [major, minor] = process.versions.node.split(".").map(Number);
  process.exit(major > 18 || (major === 18 && minor >= 18) ? 0 : 1);'; then
  echo "install-cypher-linter: $package@$version needs Node >= 18.18.2," \
       "found $(node --version)" >&2
  exit 1
fi

# Already installed at this exact version: nothing to do.
installed=""
if [ -f "$manifest" ]; then
  installed="$(node -p 'require(process.argv[1]).version' "$manifest" 2>/dev/null || true)"
fi
if [ "$installed" = "$version" ]; then
  echo "install-cypher-linter: $package@$version present in $prefix"
  exit 0
fi

# Install quietly into a clean folder (anything there is a different version or
# a broken earlier attempt, and npm trusts its own lock files over what is on
# disk); show npm's output only on failure.
echo "install-cypher-linter: installing $package@$version into $prefix"
rm -rf "$prefix"
mkdir -p "$prefix"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! npm install --prefix "$prefix" --no-audit --no-fund --ignore-scripts \
       --save-exact --loglevel=error "$package@$version" >"$log" 2>&1; then
  cat "$log" >&2
  echo "install-cypher-linter: error: 'npm install $package@$version' failed" \
       "(see npm's output above); the npm registry must be reachable" >&2
  exit 1
fi
installed="$(node -p 'require(process.argv[1]).version' "$manifest" 2>/dev/null || true)"
if [ "$installed" != "$version" ]; then
  echo "install-cypher-linter: error: npm finished but $manifest" \
       "does not hold version $version" >&2
  exit 1
fi
echo "install-cypher-linter: done"
