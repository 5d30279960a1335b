// Camps from the stance edges; coalitions and brokers with Boost.Graph's
// connected_components and brandes_betweenness_centrality.
#include "graph/camps.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/property_map/property_map.hpp>
#include <optional>
#include <tuple>
#include <utility>
#include <vector>

namespace stancegraph::networks {
namespace {

using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

// The network's positive edges as an undirected Boost graph on its node indices.
Undirected PositiveGraph(const Network& network) {
  Undirected graph(network.nodes.size());
  for (const NetworkEdge& edge : network.edges) {
    if (edge.weight > 0) boost::add_edge(edge.source, edge.target, graph);
  }
  return graph;
}

void SortMembers(std::vector<CampMember>* members) {
  std::sort(members->begin(), members->end(), [](const CampMember& a, const CampMember& b) {
    return std::tie(b.statements, a.name) < std::tie(a.statements, b.name);
  });
}

}  // namespace

// Two passes over the edges: the first counts each topic's actors and
// statements and ranks the topics, the second gathers the camps of those
// kept.
std::vector<TopicCamps> Camps(const StanceGraph& graph, Duplicates duplicates, size_t limit) {
  const StanceGraph::Graph& g = graph.graph();
  const std::vector<StanceGraph::Edge> edges = graph.EdgesInOrder();
  struct Tally {
    size_t actors = 0;
    double statements = 0;
  };
  std::vector<Tally> tallies(num_vertices(g));
  std::vector<double> statements(edges.size());  // per edge of `edges`, for both passes
  // Edges come by (actor, topic, stance): an actor's support and oppose
  // edges to one topic are neighbours, so each actor is counted once.
  std::optional<std::pair<StanceGraph::Vertex, StanceGraph::Vertex>> previous;
  for (size_t i = 0; i < edges.size(); ++i) {
    const StanceGraph::Edge& edge = edges[i];
    const double count = statements[i] = CountStatements(g[edge], duplicates);
    if (count == 0) continue;
    const StanceGraph::Vertex actor = source(edge, g);
    const StanceGraph::Vertex topic = target(edge, g);
    tallies[topic].statements += count;
    if (previous != std::make_pair(actor, topic)) ++tallies[topic].actors;
    previous = std::make_pair(actor, topic);
  }
  std::vector<StanceGraph::Vertex> ranked;
  for (StanceGraph::Vertex topic : graph.VerticesInOrder()) {  // in id order
    if (tallies[topic].statements > 0) ranked.push_back(topic);
  }
  std::stable_sort(ranked.begin(), ranked.end(), [&](StanceGraph::Vertex a, StanceGraph::Vertex b) {
    return std::tie(tallies[b].actors, tallies[b].statements) <
           std::tie(tallies[a].actors, tallies[a].statements);
  });
  if (limit > 0 && ranked.size() > limit) ranked.resize(limit);

  std::vector<TopicCamps> all(ranked.size());
  std::vector<size_t> position(num_vertices(g), ranked.size());  // in `all`; none: ranked.size()
  for (size_t i = 0; i < ranked.size(); ++i) {
    position[ranked[i]] = i;
    all[i].id = g[ranked[i]].id;
    all[i].name = g[ranked[i]].name;
    all[i].actors = tallies[ranked[i]].actors;
    all[i].statements = tallies[ranked[i]].statements;
  }
  for (size_t i = 0; i < edges.size(); ++i) {
    const StanceGraph::Edge& edge = edges[i];
    const size_t at = position[target(edge, g)];
    if (at == ranked.size() || statements[i] == 0) continue;
    (g[edge].stance == Stance::kSupport ? all[at].supporters : all[at].opponents)
        .push_back({g[source(edge, g)].name, statements[i]});
  }
  for (TopicCamps& camps : all) {
    SortMembers(&camps.supporters);
    SortMembers(&camps.opponents);
  }
  return all;
}

std::vector<std::vector<size_t>> Components(const Network& network) {
  const Undirected graph = PositiveGraph(network);
  std::vector<int> component(network.nodes.size());
  const int count =
      network.nodes.empty() ? 0 : boost::connected_components(graph, component.data());
  std::vector<std::vector<size_t>> components(static_cast<size_t>(count));
  for (size_t node = 0; node < component.size(); ++node) {
    components[static_cast<size_t>(component[node])].push_back(node);
  }
  // Members are in node order already; components: largest first, then by first node.
  std::sort(components.begin(), components.end(),
            [](const std::vector<size_t>& a, const std::vector<size_t>& b) {
              if (a.size() != b.size()) return a.size() > b.size();
              return a.front() < b.front();
            });
  return components;
}

std::vector<double> Betweenness(const Network& network) {
  const Undirected graph = PositiveGraph(network);
  std::vector<double> centrality(network.nodes.size(), 0.0);
  if (network.nodes.empty()) return centrality;
  // For undirected graphs Boost already halves the ordered-pair sums.
  boost::brandes_betweenness_centrality(
      graph, boost::make_iterator_property_map(centrality.begin(),
                                               boost::get(boost::vertex_index, graph)));
  return centrality;
}

std::vector<Broker> Brokers(const Network& network, size_t n) {
  const std::vector<double> centrality = Betweenness(network);
  std::vector<Broker> brokers;
  for (size_t node = 0; node < centrality.size(); ++node) {
    if (centrality[node] > 1e-9) brokers.push_back({node, centrality[node]});
  }
  std::stable_sort(brokers.begin(), brokers.end(),
                   [](const Broker& a, const Broker& b) { return a.betweenness > b.betweenness; });
  if (brokers.size() > n) brokers.resize(n);
  return brokers;
}

}  // namespace stancegraph::networks
