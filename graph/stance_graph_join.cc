// StanceGraph::Merged: joining nodes in place.
//
// Identity resolution joins a few nodes of a big graph (surnames, an
// ontology's aliases, --roll-up), so Merged() changes the graph where the
// joins are instead of building a new one: the nodes that move are taken
// out of the key indexes, the nodes they join are found or made, node data
// is joined group by group, their edges move to the joined nodes, and the
// emptied vertices are removed in one renumbering pass. Everything else is
// left where it is.
//
// The result must equal what joining into a fresh graph would give, so that
// it never depends on the order triples arrived in: each joined node takes
// its members' data in id order (the last pin in that order wins, as when a
// fresh node collects them), and decisions (type, name, body) are made anew
// from the joined tallies. Vertex numbers and the order of evidence within
// an edge may differ from a fresh graph's; exports never depend on either.
#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "graph/stance_graph.h"

namespace stancegraph {
namespace {

// Vertex numbers of removed vertices in RemoveVertices' renumbering.
constexpr StanceGraph::Vertex kGone = static_cast<StanceGraph::Vertex>(-1);

// The name an actor has after the joins.
const std::string& JoinedName(const StanceGraph::NodeMapping& mapping, const std::string& name) {
  auto it = mapping.actors.find(name);
  return it == mapping.actors.end() ? name : it->second;
}

}  // namespace

StanceGraph StanceGraph::Merged(const NodeMapping& mapping) && {
  // The key each node has after the joins.
  auto image_key = [&](Vertex vertex) -> std::string {
    const std::string& key = tallies_[vertex].key;
    if ((*graph_)[vertex].kind == NodeKind::kActor) return JoinedName(mapping, key);
    auto it = mapping.topics.find(key);
    return it == mapping.topics.end() ? key : TopicKey(it->second);
  };

  // Nodes whose key changes move; they are detached first, so that two
  // nodes trading names, or chained names (a -> b, b -> c), each find the
  // node of the key they join, not one that is about to move.
  const std::vector<size_t> rank = VertexRanks();  // id order before any join
  std::vector<Vertex> moving;
  std::vector<std::string> moving_to;
  for (Vertex vertex : VerticesInOrder()) {
    std::string key = image_key(vertex);
    if (key == tallies_[vertex].key) continue;
    moving.push_back(vertex);
    moving_to.push_back(std::move(key));
  }
  for (Vertex vertex : moving) DetachKey(vertex);

  const size_t old_count = num_vertices(*graph_);
  std::vector<Vertex> image(old_count);
  for (Vertex vertex = 0; vertex < old_count; ++vertex) image[vertex] = vertex;
  std::map<Vertex, std::vector<Vertex>> groups;  // joined node -> its members
  for (size_t i = 0; i < moving.size(); ++i) {
    image[moving[i]] = FindOrAddNode((*graph_)[moving[i]].kind, moving_to[i]);
  }
  // The bodies the joined actors speak for are actors too.
  for (Vertex vertex = 0; vertex < old_count; ++vertex) {
    if (mapping.rolled_up.count(tallies_[vertex].key) > 0) continue;
    for (const auto& [body, sentences] : tallies_[vertex].affiliation_sentences) {
      FindOrAddNode(NodeKind::kActor, JoinedName(mapping, body));
    }
  }
  for (const auto& [name, body] : mapping.affiliations) {
    if (FindActor(name)) FindOrAddNode(NodeKind::kActor, body);
  }

  // Node data. A group is a joined node and the nodes that move into it; a
  // node that stays is its own group when a body it speaks for is renamed.
  for (Vertex vertex : moving) groups[image[vertex]].push_back(vertex);
  for (Vertex vertex = 0; vertex < old_count; ++vertex) {
    if (image[vertex] != vertex) continue;
    const NodeTally& tally = tallies_[vertex];
    bool renamed = mapping.actors.count(tally.pinned_affiliation) > 0;
    for (const auto& [body, sentences] : tally.affiliation_sentences) {
      renamed = renamed || mapping.actors.count(body) > 0;
    }
    if (renamed || groups.count(vertex) > 0) groups[vertex].push_back(vertex);
  }
  std::vector<Vertex> decide;  // nodes whose type, name or body may change
  for (auto& [into, members] : groups) {
    std::sort(members.begin(), members.end(),
              [&](Vertex a, Vertex b) { return rank[a] < rank[b]; });
    JoinNodeData(into, members, mapping);
    decide.push_back(into);
  }

  // The mapping's pins.
  for (const auto& [name, type] : mapping.actor_types) {
    if (auto vertex = FindActor(name)) {
      tallies_[*vertex].pinned_type = type;
      decide.push_back(*vertex);
    }
  }
  for (const auto& [name, body] : mapping.affiliations) {
    if (auto vertex = FindActor(name); vertex && body != name) {
      tallies_[*vertex].pinned_affiliation = body;
      decide.push_back(*vertex);
    }
  }
  for (const std::string& name : mapping.topic_names) {
    const auto& topics = vertex_by_key_[static_cast<size_t>(NodeKind::kTopic)];
    auto it = topics.find(TopicKey(name));
    if (it == topics.end()) continue;
    tallies_[it->second].pinned_name = true;
    (*graph_)[it->second].name = name;
  }
  for (Vertex vertex : decide) {
    if ((*graph_)[vertex].kind == NodeKind::kActor) {
      DecideActorType(vertex);
      DecideAffiliation(vertex);
    } else {
      DecideTopicName(vertex);
    }
  }

  MoveEdges(moving, image, rank);
  RemoveVertices(moving);
  return std::move(*this);
}

void StanceGraph::DetachKey(Vertex moving) {
  const NodeKind kind = (*graph_)[moving].kind;
  const std::string& key = tallies_[moving].key;
  vertex_by_key_[static_cast<size_t>(kind)].erase(key);
  auto& by_slug = vertices_by_slug_[static_cast<size_t>(kind)];
  const std::string slug = Slug(key);
  auto group = by_slug.find(SlugHash(slug));
  std::erase(group->second, moving);
  if (auto it = vertex_by_id_.find((*graph_)[moving].id);
      it != vertex_by_id_.end() && it->second == moving) {
    vertex_by_id_.erase(it);
  }
  // The keys left with this slug may take the bare slug now.
  if (group->second.empty()) {
    by_slug.erase(group);
  } else {
    AssignIds(kind, slug);
  }
}

void StanceGraph::JoinNodeData(Vertex into, const std::vector<Vertex>& members,
                               const NodeMapping& mapping) {
  NodeTally joined;
  joined.key = tallies_[into].key;
  std::set<std::string> mentions;
  std::string name = (*graph_)[into].name;
  if ((*graph_)[into].kind == NodeKind::kActor) name = joined.key;  // an actor's name is its key
  for (Vertex member : members) {
    NodeTally tally = std::move(tallies_[member]);
    StanceNode& node = (*graph_)[member];
    mentions.merge(node.mentions);
    for (const auto& [candidate, count] : tally.name_votes) joined.name_votes[candidate] += count;
    for (auto& [seen_as, sighting] : tally.sightings) {
      See(&joined.sightings, seen_as, std::move(sighting));
    }
    if (tally.pinned_name) {
      joined.pinned_name = true;
      name = node.name;
    }
    if (node.kind == NodeKind::kTopic) continue;
    if (mapping.rolled_up.count(tally.key) > 0) continue;
    for (size_t i = 0; i < tally.type_votes.size(); ++i) joined.type_votes[i] += tally.type_votes[i];
    if (tally.pinned_type) joined.pinned_type = tally.pinned_type;
    if (!tally.pinned_affiliation.empty()) {
      joined.pinned_affiliation = JoinedName(mapping, tally.pinned_affiliation);
    }
    for (auto& [body, sentences] : tally.affiliation_sentences) {
      const std::string& to = JoinedName(mapping, body);
      if (to == name) continue;  // joined into its own body
      joined.affiliation_sentences[to].merge(sentences);
      See(&joined.affiliation_sightings, to, std::move(tally.affiliation_sightings.at(body)));
    }
  }
  tallies_[into] = std::move(joined);
  StanceNode& node = (*graph_)[into];
  node.mentions = std::move(mentions);
  node.name = std::move(name);
}

void StanceGraph::MoveEdges(const std::vector<Vertex>& moving, const std::vector<Vertex>& image,
                            const std::vector<size_t>& rank) {
  // Every edge with a moving end, in EdgesInOrder's order, each once.
  std::vector<std::pair<uint32_t, Edge>> leaving;  // (tally, edge)
  for (Vertex vertex : moving) {
    for (auto [it, end] = out_edges(vertex, *graph_); it != end; ++it) {
      leaving.emplace_back(TallyIndex(*it), *it);
    }
    for (auto [it, end] = in_edges(vertex, *graph_); it != end; ++it) {
      leaving.emplace_back(TallyIndex(*it), *it);
    }
  }
  std::sort(leaving.begin(), leaving.end(), [&](const auto& a, const auto& b) {
    const Graph& g = *graph_;
    return std::tuple(rank[source(a.second, g)], rank[target(a.second, g)], g[a.second].stance) <
           std::tuple(rank[source(b.second, g)], rank[target(b.second, g)], g[b.second].stance);
  });
  leaving.erase(std::unique(leaving.begin(), leaving.end(),
                            [](const auto& a, const auto& b) { return a.first == b.first; }),
                leaving.end());

  std::vector<uint32_t> tally_image(edge_tallies_.size(), kNoTally);
  for (const auto& [tally, edge] : leaving) {
    const Graph& g = *graph_;
    tally_image[tally] =
        FindOrAddEdge(image[source(edge, g)], image[target(edge, g)], g[edge].stance);
  }
  MergeCountsFrom(*this, tally_image);
  // An edge that left keeps its tally, unused: its index is never reused
  // and no edge maps to it (its counts stay in the tables, unreachable).
  for (const auto& [tally, edge] : leaving) {
    std::vector<Evidence> evidence = std::move((*graph_)[edge].evidence);
    std::vector<uint64_t> kept = std::move(edge_tallies_[tally].kept);
    for (size_t k = 0; k < evidence.size(); ++k) {
      Keep(tally_image[tally], kept[k], std::move(evidence[k]));
    }
    tally_by_key_.erase(EdgeKey(source(edge, *graph_), target(edge, *graph_), (*graph_)[edge].stance));
    remove_edge(edge, *graph_);
  }
}

// Boost's remove_vertex renumbers the whole graph on every call; removing
// many vertices so would cost O(removed x (V + E)). This does Boost's
// renumbering once for all of them, through the same members it uses
// (m_vertices, the out- and in-edge lists, m_edges), and then renumbers
// this class's own indexes.
void StanceGraph::RemoveVertices(const std::vector<Vertex>& gone) {
  if (gone.empty()) return;
  Graph& g = *graph_;
  const size_t count = num_vertices(g);
  std::vector<Vertex> renumbered(count);
  for (Vertex vertex : gone) renumbered[vertex] = kGone;
  Vertex next = 0;
  for (Vertex vertex = 0; vertex < count; ++vertex) {
    if (renumbered[vertex] == kGone) {
      if ((*graph_)[vertex].kind == NodeKind::kActor) --actor_count_;
      continue;
    }
    renumbered[vertex] = next;
    if (next != vertex) {
      g.m_vertices[next] = std::move(g.m_vertices[vertex]);
      tallies_[next] = std::move(tallies_[vertex]);
    }
    ++next;
  }
  g.m_vertices.resize(next);
  tallies_.resize(next);
  for (Vertex vertex = 0; vertex < next; ++vertex) {
    for (auto& stored : g.out_edge_list(vertex)) stored.get_target() = renumbered[stored.get_target()];
    for (auto& stored : in_edge_list(g, vertex)) stored.get_target() = renumbered[stored.get_target()];
  }
  for (auto& edge : g.m_edges) {
    edge.m_source = renumbered[edge.m_source];
    edge.m_target = renumbered[edge.m_target];
  }

  for (auto& by_key : vertex_by_key_) {
    for (auto& [key, vertex] : by_key) vertex = renumbered[vertex];
  }
  for (auto& [id, vertex] : vertex_by_id_) vertex = renumbered[vertex];
  for (auto& by_slug : vertices_by_slug_) {
    for (auto& [slug, group] : by_slug) {
      for (Vertex& vertex : group) vertex = renumbered[vertex];
    }
  }
  // Edge keys hold vertex numbers: re-key every live edge's tally, moving
  // the map's nodes rather than allocating new ones.
  std::vector<decltype(tally_by_key_)::node_type> nodes;
  nodes.reserve(tally_by_key_.size());
  while (!tally_by_key_.empty()) nodes.push_back(tally_by_key_.extract(tally_by_key_.begin()));
  for (auto& node : nodes) {
    Edge& edge = edge_tallies_[node.mapped()].edge;
    edge.m_source = renumbered[edge.m_source];
    edge.m_target = renumbered[edge.m_target];
    node.key() = EdgeKey(edge.m_source, edge.m_target, g[edge].stance);
    tally_by_key_.insert(std::move(node));
  }
}

}  // namespace stancegraph
