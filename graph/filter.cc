#include "graph/filter.h"

#include <set>

namespace stancegraph {
namespace {

// The nodes of `kind` matching any of `patterns`.
std::set<StanceGraph::Vertex> Matching(const StanceGraph& graph, NodeKind kind,
                                       const std::vector<std::string>& patterns) {
  std::set<StanceGraph::Vertex> found;
  for (const std::string& pattern : patterns) {
    for (StanceGraph::Vertex vertex : graph.FindNodes(kind, pattern)) found.insert(vertex);
  }
  return found;
}

}  // namespace

StanceGraph Filtered(const StanceGraph& graph, const GraphFilter& filter) {
  if (!filter.active()) return graph;
  const StanceGraph::Graph& g = graph.graph();
  const std::set<StanceGraph::Vertex> actors = Matching(graph, NodeKind::kActor, filter.actors);
  const std::set<StanceGraph::Vertex> topics = Matching(graph, NodeKind::kTopic, filter.topics);
  std::vector<StanceGraph::Edge> kept;
  // StrongestEdges(all) is the order --top cuts in.
  for (const StanceGraph::Edge& edge : graph.StrongestEdges(graph.EdgeCount())) {
    if (!filter.actors.empty() && actors.count(source(edge, g)) == 0) continue;
    if (!filter.topics.empty() && topics.count(target(edge, g)) == 0) continue;
    if (g[edge].mentions < filter.min_weight) continue;
    kept.push_back(edge);
    if (filter.top > 0 && kept.size() == filter.top) break;
  }
  return graph.Subgraph(kept);
}

}  // namespace stancegraph
