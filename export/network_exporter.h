// Writers for the derived networks (graph/networks.h): Graphviz DOT built
// with cgraph, as the stance diagram is, and a CSV edge list.
//
// DOT: an undirected `graph`; node names are the stance graph's ids,
// labelled with names; actors are boxes filled by actor type, topics
// ellipses; each edge is labelled with its weight, its pen width grows with
// |weight|; agreement (congruence, topics, positive subtract) is green and
// solid, disagreement (conflict, negative subtract) red and dashed. Render
// with `neato` or `sfdp` (`neato -Tsvg congruence.dot -o congruence.svg`).
//
// CSV: the header `source,target,weight`, then one line per edge in the
// network's order (source id, then target id), source and target by name
// (RFC 4180 quoting when needed), the weight as FormatWeight writes it.
//
// Like the other exporters: output depends only on the network, a Write*
// writes the whole file or returns a Problem naming the path and leaves no
// partial file. Not thread-safe (Graphviz keeps global state).
#pragma once

#include <optional>
#include <string>

#include "core/problem.h"
#include "graph/networks.h"

namespace stancegraph::exporters {

// A weight with up to six decimals, trailing zeros dropped, independent of
// the C locale: 7 -> "7", 0.875 -> "0.875", 2/3 -> "0.666667", -1 -> "-1".
std::string FormatWeight(double weight);

// "congruence network, normalization jaccard, duplicates document,
// 2024-01-01 to 2024-01-30" (the window part only when windowed).
std::string NetworkDescription(const networks::Network& network);

// Throws std::runtime_error only if cgraph itself fails (out of memory).
std::string NetworkDotText(const networks::Network& network, const std::string& title);
std::optional<Problem> WriteNetworkDot(const networks::Network& network, const std::string& path,
                                       const std::string& title);

std::string NetworkCsvText(const networks::Network& network);
std::optional<Problem> WriteNetworkCsv(const networks::Network& network, const std::string& path);

}  // namespace stancegraph::exporters
