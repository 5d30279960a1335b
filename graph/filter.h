// GraphFilter: the part of a big graph worth drawing or exporting.
//
// A stance edge is kept when its actor matches one of `actors` (if any are
// given) and its topic one of `topics` (same), and it has at least
// `min_weight` distinct evidence sentences; of those, only the `top`
// strongest (StanceGraph::StrongestEdges order) when `top` is not 0. The
// result holds the kept edges, their actors and topics and the bodies those
// actors speak for (StanceGraph::Subgraph), so node ids stay those of the
// whole graph. Matching is StanceGraph::FindNodes: every word of a pattern
// in the name or a mention, case, accents and plurals aside.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "graph/stance_graph.h"

namespace stancegraph {

struct GraphFilter {
  size_t min_weight = 0;            // --min-weight N
  size_t top = 0;                   // --top N (0: no limit)
  std::vector<std::string> actors;  // --actor WORDS, repeatable: any of them
  std::vector<std::string> topics;  // --topic WORDS, repeatable: any of them

  bool active() const { return min_weight > 1 || top > 0 || !actors.empty() || !topics.empty(); }
};

// The filtered graph (a copy of `graph` when the filter is not active).
StanceGraph Filtered(const StanceGraph& graph, const GraphFilter& filter);

}  // namespace stancegraph
