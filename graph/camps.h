// Camps, coalitions and brokers: what the derived networks say about who
// stands with whom.
//
// - Camps of a topic: its supporters and its opponents, each with the number
//   of statements (networks.h; duplicates policy as given). An actor that
//   both supports and opposes a topic is in both camps.
// - Coalitions: connected components (boost::connected_components) of a
//   network's positively weighted edges; on the congruence network, groups
//   of actors linked by shared stances.
// - Brokers: betweenness centrality (boost::brandes_betweenness_centrality)
//   of the same positive-edge graph, unweighted (every agreement is one
//   step), for undirected pairs: the number of shortest paths between two
//   other actors passing through an actor, each path shared equally among
//   the shortest ones. High betweenness in the congruence network marks an
//   actor who agrees with camps that do not agree with each other.
//
// Results are sorted and depend only on the graph's content.
#pragma once

#include <string>
#include <vector>

#include "graph/networks.h"
#include "graph/stance_graph.h"

namespace stancegraph::networks {

struct CampMember {
  std::string name;  // actor name
  double statements = 0;
};

struct TopicCamps {
  std::string id;                      // topic id
  std::string name;                    // topic name
  std::vector<CampMember> supporters;  // most statements first, then by name
  std::vector<CampMember> opponents;
  size_t actors = 0;      // distinct actors in either camp
  double statements = 0;  // all statements on the topic
};

// Every topic with a stance, main topics first: more distinct actors, then
// more statements, then by id; only the first `limit` of them when it is
// not 0 (their camps alone are gathered, so a summary of a big graph costs
// little).
std::vector<TopicCamps> Camps(const StanceGraph& graph,
                              Duplicates duplicates = Duplicates::kStatement, size_t limit = 0);

// Connected components of the network's edges with positive weight, as
// indices into network.nodes: each sorted, largest component first (ties:
// by first node). Every node is in one component (isolates alone).
std::vector<std::vector<size_t>> Components(const Network& network);

struct Broker {
  size_t node = 0;  // index into network.nodes
  double betweenness = 0;
};

// Betweenness centrality of every node over the positive edges, unweighted,
// each unordered pair of other nodes counted once; in node order.
std::vector<double> Betweenness(const Network& network);

// The `n` nodes of highest betweenness, only those above zero; ties by node order.
std::vector<Broker> Brokers(const Network& network, size_t n);

}  // namespace stancegraph::networks
