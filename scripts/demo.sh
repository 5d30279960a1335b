#!/usr/bin/env bash
# The main job, from a fresh Debian 12 machine: installs the dependencies,
# builds, and draws the stance graph of samples/ into out/ in every format
# (diagrams: graph.dot, .svg, .png, .pdf; RDF: graph.jsonld, graph.nq;
# graph.graphml; the Neo4j bundle in neo4j/; the triples in triples.jsonl),
# printing a summary. samples/ontology.json is the
# analyst's coding of the debate: it names the handful of topics the
# articles argue about, so the diagram shows camps rather than phrasings.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh -DBUILD_TESTING=OFF
build/stancegraph build samples/ -o out --ontology samples/ontology.json --format all \
  --title "Ukraine and NATO: who backs what (samples)"
