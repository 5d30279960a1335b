// StanceGraph: who supports or opposes what, merged over many documents.
//
// A Boost.Graph adjacency list with bundled properties. Vertices are actors
// and topics (StanceNode); a directed edge actor -> topic (StanceEdge) holds
// one polarity, so an actor that both supports and opposes a topic has two
// edges. Adding a triple whose (actor, stance, topic) already has an edge
// adds its evidence there; nothing is lost.
//
// Evidence is counted by distinct sentence: within an edge, triples whose
// sentences are equal once whitespace runs are one space and curly quotes
// straight (SentenceKey) are one Evidence item, however often the sentence
// was repeated in a page or syndicated across documents, and every place it
// was seen (document, offsets, date) is kept in the item's `sources`. An
// edge's `mentions` is its number of distinct sentences. An item's text
// fields come from its first source in (doc, start, end, date) order and its
// confidence is the highest any occurrence had, so neither depends on the
// order triples arrive in. Confidences are stored rounded to 0.001
// (RoundConfidence), exactly as JSON Lines triples carry them, so a graph
// merged from saved triple files equals the one built from the documents.
//
// Identity: actors are keyed by their canonical names as given in the
// triples (the extractor canonicalises). Topics are keyed by NumberFold of
// their canonical name: lower-case words reduced to the singular by regular
// English plural rules, so "security guarantees" and "security guarantee",
// "taxes" and "tax" are one vertex ("no sanctions" and "sanctions" are not;
// capitalised words, i.e. names, are never folded, and neither are the few
// words that only look plural, such as "news" or "arms"). A topic's
// displayed `name` is the canonical name most of its triples gave (ties: the
// byte-wise smallest), so it does not depend on arrival order; every distinct
// canonical name merged into a topic is also kept in its `mentions` (which
// exporters publish as alternative labels), next to the surface forms.
// Node ids are stable slugs ("actor/france", "topic/security-guarantee")
// derived from the key, so exports are the same whatever order triples
// arrive in. Keys that share a slug ("EU" and "E.U.") are told apart by a
// short hash of the key ("actor/e-u_5f1c2a9b"): the byte-wise smallest key
// keeps the bare slug. A node's id can therefore change when a colliding key
// is added later, but never depends on order.
// An actor's type is the one most triples gave it (known types beat
// kUnknown; ties go to the earlier ActorType). The *InOrder views are sorted
// and are what exporters iterate.
//
// Affiliation: a triple's `affiliation` (the body a person speaks for, from
// their titles) adds the body as an actor node (with no stance of its own
// unless it has some) and counts, per actor and body, the distinct evidence
// sentences that said so (StanceNode::affiliations; `affiliation` is the
// most frequent body). These are the "speaks for" edges of the exports; they
// are kept beside the Boost.Graph, whose edges are all stances.
//
// Identity across documents is decided over the whole graph, never while
// triples arrive: Add() keeps actors as named (and topics number-folded),
// and Merged() rebuilds the graph with some nodes joined into others, which
// graph/identity.h uses for surname joins, an analyst's ontology and
// --roll-up. Since the graph Add() builds does not depend on arrival order
// and Merged() is a function of the graph, neither does the result.
// Not thread-safe: build it from one thread.
#pragma once

#include <array>
#include <boost/graph/adjacency_list.hpp>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/shared_text.h"
#include "core/triple.h"
#include "graph/edge_counts.h"

namespace stancegraph {

// One place an evidence sentence was seen.
struct EvidenceSource {
  SharedText doc;
  int64_t start = 0;  // code points in the document, end exclusive
  int64_t end = 0;
  SharedText date;    // the document's date, "" when unknown

  auto operator<=>(const EvidenceSource&) const = default;
};

// One distinct sentence that states a stance. Its place (doc(), start(),
// end(), date()) is sources.front(), the first place it was seen in source
// order; the text fields come from that occurrence too.
struct Evidence {
  SharedText sentence;
  std::string actor_mention;
  std::string topic_mention;
  std::string cue;
  double confidence = 0.0;  // the highest of its occurrences
  std::vector<EvidenceSource> sources;  // every place seen: sorted, distinct, never empty

  const SharedText& doc() const { return sources.front().doc; }
  int64_t start() const { return sources.front().start; }  // code points, end exclusive
  int64_t end() const { return sources.front().end; }
  const SharedText& date() const { return sources.front().date; }
};

enum class NodeKind { kActor, kTopic };

struct StanceNode {
  NodeKind kind = NodeKind::kActor;
  std::string id;                  // stable slug of the key, "actor/france"
  std::string name;                // canonical name, "France" (topics: the most common one)
  ActorType actor_type = ActorType::kUnknown;  // actors only
  std::set<std::string> mentions;  // distinct surface forms seen; for topics also
                                   // every canonical name merged into the node
  // Actors: the bodies (actor names) this actor speaks for, each with the
  // number of distinct sentences that said so (0 for one only an ontology
  // pinned), and the one it speaks for most (pinned by an ontology, else the
  // most frequent; ties: the byte-wise smallest), "" when none.
  std::map<std::string, size_t> affiliations;
  std::string affiliation;
};

// The first place a name was given to a node, in (doc, start, end,
// sentence) order: the evidence for explaining a merge.
struct Sighting {
  SharedText doc;
  int64_t start = 0;
  int64_t end = 0;
  SharedText sentence;

  auto operator<=>(const Sighting&) const = default;
};

struct StanceEdge {
  Stance stance = Stance::kSupport;
  size_t mentions = 0;             // distinct evidence sentences
  size_t occurrences = 0;          // places they were seen (repeats included)
  double confidence = 0.0;         // mean confidence of the distinct evidence
  SharedText first_date;           // earliest and latest ISO day of any occurrence,
  SharedText last_date;            // "" when none is dated
  // One item per distinct sentence: all of them, or a sample of
  // SetMaxEvidence() of them; in no particular order.
  std::vector<Evidence> evidence;
};

class StanceGraph {
 public:
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                      StanceNode, StanceEdge>;
  using Vertex = Graph::vertex_descriptor;
  using Edge = Graph::edge_descriptor;

  // An actor that both supports and opposes one topic: its two edges.
  struct Contradiction {
    Vertex actor;
    Vertex topic;
    Edge support;
    Edge oppose;
  };

  StanceGraph();
  // Copies re-find the edges: a Boost.Graph edge descriptor points into the
  // graph it came from. Moves keep them (the Boost graph is not moved).
  StanceGraph(const StanceGraph& other);
  StanceGraph(StanceGraph&& other);
  StanceGraph& operator=(const StanceGraph& other);
  StanceGraph& operator=(StanceGraph&& other);

  // Merges one triple into the graph.
  void Add(const StanceTriple& triple);

  // Keep at most `n` evidence items per edge (0: all, the default). Counts
  // (mentions, occurrences, confidence, dates) stay exact: every distinct
  // sentence and every place it was seen is still counted, by a 64-bit hash.
  // The items kept are those whose sentences have the smallest hashes: a
  // sample that does not depend on the order triples arrive in, and that
  // Merged() and Subgraph() keep exact (the smallest of a union are among
  // the smallest of its parts). Call before the first Add().
  void SetMaxEvidence(size_t n) { max_evidence_ = n; }
  size_t MaxEvidence() const { return max_evidence_; }

  // Topic names (compared ASCII-lower-case) that are not number-folded: each
  // is keyed by its exact form, so "security guarantees" and "security
  // guarantee" stay two topics when an ontology forbids joining them. Call
  // before the first Add().
  void SetUnfoldedTopics(std::set<std::string> lower_names);
  // The key a topic named `name` is merged under: NumberFold(name), or the
  // name itself when it is unfolded.
  std::string TopicKey(std::string_view name) const;

  // How Merged() joins nodes. Names not listed are kept as they are.
  struct NodeMapping {
    std::map<std::string, std::string> actors;  // actor name -> name of the actor it joins
    // Actors replaced by the body they speak for (--roll-up): their stances
    // and mentions move to the body; their type votes and affiliations do not.
    std::set<std::string> rolled_up;
    std::map<std::string, std::string> topics;  // topic key -> canonical name it joins
    // Pins by name in the merged graph (an ontology's): an actor's type, the
    // body it speaks for, a topic's displayed name.
    std::map<std::string, ActorType> actor_types;
    std::map<std::string, std::string> affiliations;
    std::set<std::string> topic_names;
  };
  // The graph restricted to `edges` (edges of this graph): their actors and
  // topics, the bodies those actors speak for, and nothing else. Nodes keep
  // their ids, names, types, mentions and affiliations; edges their
  // evidence. graph/filter.h picks the edges.
  StanceGraph Subgraph(const std::vector<Edge>& edges) const;

  // The graph with the nodes joined as `mapping` says: votes (types, topic
  // names), mentions, sightings and affiliations added up, evidence merged
  // by sentence as Add() merges it. Pins of this graph are kept. This graph
  // is used up (`std::move(graph).Merged(m)`): the joins are made in place
  // (graph/stance_graph_join.cc), touching only the joined nodes, their
  // edges and the bodies they speak for, so a big graph is never in memory
  // twice. The result is the same whatever order the triples came in.
  StanceGraph Merged(const NodeMapping& mapping) &&;

  // Gives back the room kept for growth: Boost's vertex vector grows by
  // doubling, so up to half of it can be spare. For a graph that is
  // complete and will only be read.
  void ShrinkToFit() { graph_->m_vertices.shrink_to_fit(); }

  // What identity resolution reads of a node. Actors are keyed by their
  // name; Key() is a topic's key (TopicKey of its names).
  std::optional<Vertex> FindActor(const std::string& name) const;
  const std::string& Key(Vertex vertex) const { return tallies_[vertex].key; }
  // A topic's canonical names with the number of triples that gave each.
  const std::map<std::string, size_t>& TopicNames(Vertex topic) const {
    return tallies_[topic].name_votes;
  }
  // The first sighting of each name merged into a node (an actor's names,
  // a topic's canonical names).
  const std::map<std::string, Sighting>& Sightings(Vertex vertex) const {
    return tallies_[vertex].sightings;
  }
  // An actor's first sighting with each body it speaks for.
  const std::map<std::string, Sighting>& AffiliationSightings(Vertex actor) const {
    return tallies_[actor].affiliation_sightings;
  }
  // The number of "speaks for" links (actor, body) in all.
  size_t AffiliationCount() const;

  const Graph& graph() const { return *graph_; }
  size_t ActorCount() const { return actor_count_; }
  size_t TopicCount() const { return num_vertices(*graph_) - actor_count_; }
  size_t EdgeCount() const { return num_edges(*graph_); }
  size_t MentionCount() const;  // sum of edge mentions

  // Vertices sorted by id; edges sorted by (actor id, topic id, stance).
  std::vector<Vertex> VerticesInOrder() const;
  // Each vertex's position in VerticesInOrder(), indexed by vertex: what
  // sorts in id order by comparing integers.
  std::vector<size_t> VertexRanks() const;
  std::vector<Edge> EdgesInOrder() const;
  // The `n` edges with most mentions (ties: higher confidence, then order above).
  std::vector<Edge> StrongestEdges(size_t n) const;

  // The actor's edge of `stance` to `topic`, if it has one.
  std::optional<Edge> FindEdge(Vertex actor, Vertex topic, Stance stance) const;
  // Every actor-topic pair with both a support and an oppose edge, sorted by
  // (actor id, topic id).
  std::vector<Contradiction> Contradictions() const;
  // Nodes of `kind` whose name or one of whose mentions contains every word
  // of `words` (MatchWords of both sides, so case, accents and regular
  // plurals aside: "nato membership" finds "NATO Membership" and "Ukraine's
  // NATO memberships"), sorted by id. Empty when `words` has no word.
  std::vector<Vertex> FindNodes(NodeKind kind, std::string_view words) const;

  // The evidence that speaks best for an edge: highest confidence, then the
  // most sources, then the first in (doc, start, end, sentence) order.
  // nullptr only for an edge without evidence.
  static const Evidence* BestEvidence(const StanceEdge& edge);
  // The key evidence sentences are compared by: runs of white space
  // (including no-break and other Unicode spaces) become one space and are
  // trimmed, zero-width spaces and byte order marks dropped, and curly
  // single and double quotes (and primes) become ' and ".
  static std::string SentenceKey(std::string_view sentence);
  // The words a name is matched by in FindNodes: lower-case ASCII words
  // (accents folded as in Slug), each reduced to the singular as in
  // NumberFold. "Ukraine's NATO Memberships" -> {ukraine, s, nato, membership}.
  static std::vector<std::string> MatchWords(std::string_view text);

  // Lower-case ASCII slug of a name: "Côte d'Ivoire" -> "cote-d-ivoire".
  static std::string Slug(std::string_view name);
  // The key a topic is merged under: `name` with each lower-case ASCII word
  // reduced to the singular ("new spending rules" -> "new spending rule",
  // "sanctions on Russian gas" -> "sanction on Russian gas"); everything
  // else, including case and punctuation, is kept as it is.
  static std::string NumberFold(std::string_view name);

 private:
  Vertex FindOrAddNode(NodeKind kind, const std::string& key);
  // Actor, topic and stance in one key: what tally_by_key_ is keyed by.
  static uint64_t EdgeKey(Vertex actor, Vertex topic, Stance stance);
  // Widens the edge's [first_date, last_date] to take the ISO day `date`
  // starts with, if any.
  void SpanDate(std::string_view date, StanceEdge* edge);
  // One shared copy of each date string: a big graph has a few thousand
  // dates over millions of places.
  const SharedText& InternDate(std::string_view date);
  // Keeps the smaller sighting under `name`.
  static void See(std::map<std::string, Sighting>* sightings, const std::string& name,
                  Sighting sighting);

  // Merged(), in place (graph/stance_graph_join.cc). Takes `moving`'s keys
  // out of the indexes, so that the key a node joins is found or made anew.
  void DetachKey(Vertex moving);
  // Joins the node data of `members` (in id order; `into` may be one of
  // them) into `into`, as Merged() joins a node.
  void JoinNodeData(Vertex into, const std::vector<Vertex>& members, const NodeMapping& mapping);
  // Moves every edge of the `moving` nodes to the node each joins
  // (`image`, indexed by vertex), merging evidence and counts, in the order
  // of the vertices' `rank` (VertexRanks() before any node moved).
  void MoveEdges(const std::vector<Vertex>& moving, const std::vector<Vertex>& image,
                 const std::vector<size_t>& rank);
  // Removes vertices that have no edges left, renumbering the rest (and
  // every index that holds vertex numbers) in one pass.
  void RemoveVertices(const std::vector<Vertex>& gone);
  // Gives every key of one kind that shares `slug` its id (see the .cc).
  void AssignIds(NodeKind kind, const std::string& slug);
  static size_t SlugHash(std::string_view slug) { return std::hash<std::string_view>{}(slug); }
  // Sets a node's type, name and affiliation from its tally.
  void DecideActorType(Vertex actor);
  void DecideTopicName(Vertex topic);
  void DecideAffiliation(Vertex actor);

  // Per edge (by tally index, in order of creation): its Boost edge, the
  // sum of the confidences of its distinct sentences in units of 1e-9 (an
  // integer, so the mean does not depend on the order evidence arrives in),
  // the sentence hash of each kept evidence item, parallel to
  // StanceEdge::evidence, and whether its counts are in counts_ (once its
  // sample has dropped a sentence) or are its kept items (see Keep()). An
  // edge Merged() moved away leaves its tally behind, unused.
  struct EdgeTally {
    Edge edge;
    int64_t confidence_units = 0;
    std::vector<uint64_t> kept;
    bool in_tables = false;
  };
  // `seen` holds the triple's document and sentence as shared text.
  void AddEvidence(uint32_t tally, const StanceTriple& triple, const Sighting& seen);
  // A sentence (by hash) with its confidence in units: the highest counts.
  void CountSentence(uint32_t tally, uint64_t sentence, int64_t units);
  // A place (by hash) a sentence was seen.
  void CountPlace(uint32_t tally, uint64_t place);
  // The edge's mean confidence, from its tally.
  void SetMeanConfidence(uint32_t tally);
  // Joins one evidence item into the kept sample (within max_evidence_)
  // and counts it.
  void Keep(uint32_t tally, uint64_t sentence, Evidence evidence);
  // Puts an edge's counts, so far those of its kept items, into counts_.
  void MoveCountsToTables(uint32_t tally);
  // Joins the counts and dates of `from`'s edges into this graph's: edge
  // tally i of `from` into tally_image[i], none where that is kNoTally.
  // `from`'s kept evidence is not touched.
  void MergeCountsFrom(const StanceGraph& from, const std::vector<uint32_t>& tally_image);
  uint32_t FindOrAddEdge(Vertex actor, Vertex topic, Stance stance);
  uint32_t TallyIndex(const Edge& edge) const;
  // Points every EdgeTally at its edge in graph_ (after a copy).
  void RebindEdges();
  static constexpr uint32_t kNoTally = UINT32_MAX;

  // Per vertex, what its visible properties are decided from.
  struct NodeTally {
    std::string key;
    std::array<size_t, 5> type_votes{};            // actors, by ActorType
    std::map<std::string, size_t> name_votes;      // topics: canonical name -> triples
    std::map<std::string, Sighting> sightings;     // name -> first sighting
    std::map<std::string, std::set<uint64_t>> affiliation_sentences;  // body -> sentence hashes
    std::map<std::string, Sighting> affiliation_sightings;               // body -> first
    std::optional<ActorType> pinned_type;
    std::string pinned_affiliation;
    bool pinned_name = false;  // topics: `name` stays as set
  };

  std::unique_ptr<Graph> graph_;  // never null
  std::map<std::string, Vertex> vertex_by_id_;
  // By NodeKind: key -> vertex, and slug (by SlugHash) -> the vertices whose
  // keys have that slug (on a hash collision, another slug's too).
  std::array<std::unordered_map<std::string, Vertex>, 2> vertex_by_key_;
  std::array<std::unordered_map<size_t, std::vector<Vertex>>, 2> vertices_by_slug_;
  std::unordered_map<uint64_t, uint32_t> tally_by_key_;  // EdgeKey() -> index in edge_tallies_
  std::deque<EdgeTally> edge_tallies_;  // a deque grows without copying
  EdgeCounts counts_;                   // of the edges whose sample dropped a sentence
  std::deque<NodeTally> tallies_;  // per vertex (a deque grows without copying)
  std::set<std::string> unfolded_topics_;
  size_t max_evidence_ = 0;
  size_t actor_count_ = 0;
  std::unordered_map<std::string, SharedText> dates_;  // InternDate's
  SharedText last_doc_;       // the document of the last triple added
  SharedText last_sentence_;  // and its sentence
};

}  // namespace stancegraph
