// `stancegraph networks` and the camps block of the `build` summary: the
// part of the command line that writes and summarises the derived networks
// (graph/networks.h, graph/camps.h). commands.cc reads the documents and
// calls these.
#pragma once

#include <ostream>

#include "cli/options.h"
#include "graph/stance_graph.h"

namespace stancegraph::cli {

// Writes the networks options.networks asks for, over the whole graph or
// one per moving window, as DIR/NAME.dot and DIR/NAME.csv (NAME: the
// network's name, then _FIRST_LAST for a window). Reports each file written
// (unless quiet) and each problem on `err`; returns kOk, or kOutputFailed
// when the directory or a file could not be written.
int WriteNetworks(const StanceGraph& graph, const Options& options, std::ostream& err);

// The summary block on camps, coalitions and brokers: the camps of the main
// topics (most actors taking a stance), the coalitions (connected
// components of the congruence network with two or more actors) and the
// brokers (highest betweenness in it), the last two among the 500 most
// active actors at most (the heading says so when actors were left out).
// Nothing when the graph is empty.
void PrintCampsSummary(const StanceGraph& graph, std::ostream& err);

}  // namespace stancegraph::cli
