// GraphML export: the stance graph is copied into an export-only Boost graph
// whose bundled records (GraphMlNode, GraphMlEdge) hold exactly what is
// written, and boost::write_graphml writes it with one GraphMlColumn per
// attribute (export/graphml_column.h says why not Boost's own adaptor).
//
// Nodes are every actor and topic, in VerticesInOrder; edges every stance
// (actor -> topic, in EdgesInOrder) and then every "speaks for" link (person
// -> the body it speaks for, by person id then body name) whose body is a
// node. Boost names nodes n0, n1, ... and edges e0, e1, ... in that order;
// the stable id is the sg_id attribute. The export graph is bidirectionalS,
// not directedS, because its edges(g) walks one list in insertion order
// (directedS walks by source node, and GCC 12 warns inside that iterator).
//
// Node attributes:
//   sg_id        string  stable id, "actor/france", "topic/security-guarantee"
//   label        string  the name (Gephi shows `label`)
//   kind         string  "actor" or "topic"
//   actor_type   string  person, organization, country, group, unknown; "" for topics
//   aliases      string  the other names and mentions seen, sorted, "; "-joined
//   affiliation  string  the body an actor speaks for most, "" when none
//   stances      int     stance edges: taken (actors) or received (topics)
//   supports     int     of which support
//   opposes      int     of which oppose
//   mentions     int     distinct evidence sentences on those stance edges
//   documents    int     distinct documents those sentences were seen in
// Edge attributes:
//   label              string   "supports", "opposes" or "speaks for"
//   relation           string   "supports", "opposes" or "speaks_for"
//   stance             string   "support" or "oppose"; "" on speaks_for
//   sign               int      +1 support, -1 oppose, 0 speaks_for
//   weight             double   distinct evidence sentences (Gephi and networkx
//                               use `weight`); speaks_for: sentences that said
//                               so, 0 when only an ontology did
//   mentions           int      the same count as an integer
//   occurrences        int      places the sentences were seen, repeats included
//   confidence         double   mean confidence of the distinct sentences
//   first_date         string   earliest ISO date (YYYY-MM-DD) of the evidence, "" unknown
//   last_date          string   latest one, "" unknown
//   documents          int      distinct documents the kept evidence was seen in
//   cues               string   distinct stance cues of the kept evidence, sorted,
//                               "; "-joined (all evidence unless --max-evidence samples it)
//   best_evidence      string   the sentence that speaks best for the edge
//                               (StanceGraph::BestEvidence); speaks_for: the
//                               first sentence that said so
//   best_evidence_doc  string   its document
//   contested          boolean  the actor also holds the opposite stance on the topic
// On speaks_for edges occurrences, confidence, dates, documents and cues are
// 0 or "": the graph keeps only a count and a first sighting for them.
// Counts above INT_MAX are written as INT_MAX (GraphML's int is 32-bit).
// Every string goes through XmlText: valid UTF-8, characters XML 1.0
// forbids replaced by U+FFFD, line breaks as LF.
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <climits>
#include <locale>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/date.h"
#include "export/atomic_file.h"
#include "export/exporters.h"
#include "export/graphml_column.h"

namespace stancegraph::exporters {
namespace {

struct GraphMlNode {
  std::string sg_id;
  std::string label;
  std::string kind;
  std::string actor_type;
  std::string aliases;
  std::string affiliation;
  int stances = 0;
  int supports = 0;
  int opposes = 0;
  int mentions = 0;
  int documents = 0;
};

struct GraphMlEdge {
  std::string label;
  std::string relation;
  std::string stance;
  int sign = 0;
  double weight = 0.0;
  int mentions = 0;
  int occurrences = 0;
  double confidence = 0.0;
  std::string first_date;
  std::string last_date;
  int documents = 0;
  std::string cues;
  std::string best_evidence;
  std::string best_evidence_doc;
  bool contested = false;
};

using ExportGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                          GraphMlNode, GraphMlEdge>;
using ExportVertex = ExportGraph::vertex_descriptor;
using ExportEdge = ExportGraph::edge_descriptor;

int CountValue(size_t count) {
  return count > static_cast<size_t>(INT_MAX) ? INT_MAX : static_cast<int>(count);
}

std::string Joined(const std::set<std::string>& items) {
  std::string joined;
  for (const std::string& item : items) {
    if (!joined.empty()) joined += "; ";
    joined += item;
  }
  return joined;
}

// Counts start at zero; BuildExportGraph adds each stance edge's share.
GraphMlNode NodeRecord(const StanceNode& node) {
  GraphMlNode record;
  record.sg_id = node.id;
  record.label = node.name;
  const bool actor = node.kind == NodeKind::kActor;
  record.kind = actor ? "actor" : "topic";
  if (actor) record.actor_type = std::string(ActorTypeName(node.actor_type));
  std::set<std::string> aliases = node.mentions;
  aliases.erase(node.name);
  record.aliases = Joined(aliases);
  record.affiliation = node.affiliation;
  return record;
}

// The documents an edge's evidence was seen in.
std::set<std::string> EvidenceDocuments(const StanceEdge& edge) {
  std::set<std::string> documents;
  for (const Evidence& evidence : edge.evidence) {
    for (const EvidenceSource& place : evidence.sources) documents.insert(place.doc);
  }
  return documents;
}

GraphMlEdge StanceRecord(const StanceGraph& graph, StanceGraph::Edge edge) {
  const StanceGraph::Graph& g = graph.graph();
  const StanceEdge& stance = g[edge];
  const bool support = stance.stance == Stance::kSupport;
  GraphMlEdge record;
  record.label = support ? "supports" : "opposes";
  record.relation = record.label;
  record.stance = std::string(StanceName(stance.stance));
  record.sign = support ? 1 : -1;
  record.weight = static_cast<double>(stance.mentions);
  record.mentions = CountValue(stance.mentions);
  record.occurrences = CountValue(stance.occurrences);
  record.confidence = stance.confidence;

  // Exact over every occurrence, even when only a sample of evidence is kept.
  record.first_date = stance.first_date;
  record.last_date = stance.last_date;
  std::set<std::string> cues;
  for (const Evidence& evidence : stance.evidence) {
    if (!evidence.cue.empty()) cues.insert(evidence.cue);
  }
  record.documents = CountValue(EvidenceDocuments(stance).size());
  record.cues = Joined(cues);
  if (const Evidence* best = StanceGraph::BestEvidence(stance)) {
    record.best_evidence = best->sentence;
    record.best_evidence_doc = best->doc;
  }
  const Stance opposite = support ? Stance::kOppose : Stance::kSupport;
  record.contested =
      graph.FindEdge(source(edge, g), target(edge, g), opposite).has_value();
  return record;
}

// `sighting` is null for a link only an ontology gave.
GraphMlEdge SpeaksForRecord(size_t sentences, const Sighting* sighting) {
  GraphMlEdge record;
  record.label = "speaks for";
  record.relation = "speaks_for";
  record.weight = static_cast<double>(sentences);
  record.mentions = CountValue(sentences);
  if (sighting != nullptr) {
    record.best_evidence = sighting->sentence;
    record.best_evidence_doc = sighting->doc;
  }
  return record;
}

ExportGraph BuildExportGraph(const StanceGraph& graph) {
  const StanceGraph::Graph& g = graph.graph();
  ExportGraph out;
  std::vector<ExportVertex> exported(num_vertices(g));  // by StanceGraph vertex
  for (StanceGraph::Vertex vertex : graph.VerticesInOrder()) {
    exported[vertex] = add_vertex(NodeRecord(g[vertex]), out);
  }

  std::vector<std::set<std::string>> node_documents(num_vertices(out));
  for (StanceGraph::Edge edge : graph.EdgesInOrder()) {
    const ExportVertex actor = exported[source(edge, g)];
    const ExportVertex topic = exported[target(edge, g)];
    add_edge(actor, topic, StanceRecord(graph, edge), out);
    const StanceEdge& stance = g[edge];
    const std::set<std::string> documents = EvidenceDocuments(stance);
    for (ExportVertex end : {actor, topic}) {
      GraphMlNode& node = out[end];
      ++node.stances;
      ++(stance.stance == Stance::kSupport ? node.supports : node.opposes);
      node.mentions = CountValue(static_cast<size_t>(node.mentions) + stance.mentions);
      node_documents[end].insert(documents.begin(), documents.end());
    }
  }
  for (ExportVertex vertex = 0; vertex < num_vertices(out); ++vertex) {
    out[vertex].documents = CountValue(node_documents[vertex].size());
  }

  // A body only an ontology names may have no node; an edge needs both ends.
  for (StanceGraph::Vertex person : graph.VerticesInOrder()) {
    const std::map<std::string, Sighting>& sightings = graph.AffiliationSightings(person);
    for (const auto& [body_name, sentences] : g[person].affiliations) {
      std::optional<StanceGraph::Vertex> body = graph.FindActor(body_name);
      if (!body) continue;
      auto sighting = sightings.find(body_name);
      add_edge(exported[person], exported[*body],
               SpeaksForRecord(sentences, sighting == sightings.end() ? nullptr
                                                                      : &sighting->second),
               out);
    }
  }
  return out;
}

// One column per attribute listed at the top of this file. write_graphml
// declares the keys in name order (dynamic_properties is a sorted map).
boost::dynamic_properties Columns(const ExportGraph& graph) {
  boost::dynamic_properties columns;
  auto node = [&](const std::string& name, auto GraphMlNode::*member) {
    AddGraphMlColumn<ExportVertex>(columns, name, graph, member);
  };
  auto edge = [&](const std::string& name, auto GraphMlEdge::*member) {
    AddGraphMlColumn<ExportEdge>(columns, name, graph, member);
  };
  node("sg_id", &GraphMlNode::sg_id);
  node("label", &GraphMlNode::label);
  node("kind", &GraphMlNode::kind);
  node("actor_type", &GraphMlNode::actor_type);
  node("aliases", &GraphMlNode::aliases);
  node("affiliation", &GraphMlNode::affiliation);
  node("stances", &GraphMlNode::stances);
  node("supports", &GraphMlNode::supports);
  node("opposes", &GraphMlNode::opposes);
  node("mentions", &GraphMlNode::mentions);
  node("documents", &GraphMlNode::documents);

  edge("label", &GraphMlEdge::label);
  edge("relation", &GraphMlEdge::relation);
  edge("stance", &GraphMlEdge::stance);
  edge("sign", &GraphMlEdge::sign);
  edge("weight", &GraphMlEdge::weight);
  edge("mentions", &GraphMlEdge::mentions);
  edge("occurrences", &GraphMlEdge::occurrences);
  edge("confidence", &GraphMlEdge::confidence);
  edge("first_date", &GraphMlEdge::first_date);
  edge("last_date", &GraphMlEdge::last_date);
  edge("documents", &GraphMlEdge::documents);
  edge("cues", &GraphMlEdge::cues);
  edge("best_evidence", &GraphMlEdge::best_evidence);
  edge("best_evidence_doc", &GraphMlEdge::best_evidence_doc);
  edge("contested", &GraphMlEdge::contested);
  return columns;
}

}  // namespace

std::string GraphMlText(const StanceGraph& graph) {
  const ExportGraph exported = BuildExportGraph(graph);
  std::ostringstream out;
  // write_graphml prints node and edge numbers through this stream: keep
  // them free of any global locale's digit grouping.
  out.imbue(std::locale::classic());
  boost::write_graphml(out, exported, Columns(exported), /*ordered_vertices=*/true);
  return out.str();
}

std::optional<Problem> WriteGraphMl(const StanceGraph& graph, const std::string& path) {
  return WriteFileAtomically(path, GraphMlText(graph));
}

}  // namespace stancegraph::exporters
