// GraphML export: every actor and topic, then every stance and "speaks
// for" link, each turned into the record of what is written (GraphMlNode,
// GraphMlEdge) when its turn comes and written into the output stream, so
// no more than one record is held at a time. The layout is that of Boost's
// write_graphml, which would need every record built first
// (graphml_column.h).
//
// Nodes are every actor and topic, in VerticesInOrder; edges every stance
// (actor -> topic, in EdgesInOrder) and then every "speaks for" link (person
// -> the body it speaks for, by person id then body name) whose body is a
// node. Nodes are named n0, n1, ... and edges e0, e1, ... in that order;
// the stable id is the sg_id attribute. Keys are declared in name order
// (for a name both kinds have, the node's first) and numbered key0, key1, ...
// in that order, and each element lists its data in that order too, as
// write_graphml did.
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
// Every string is written as XML text (graphml_column.h): valid UTF-8,
// characters XML 1.0 forbids replaced by U+FFFD, line breaks as LF.
#include <algorithm>
#include <climits>
#include <map>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "export/atomic_file.h"
#include "export/exporters.h"
#include "export/graphml_column.h"
#include "export/stream_writer.h"

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

// One column per attribute listed at the top of this file.
const std::vector<GraphMlColumn<GraphMlNode>>& NodeColumns() {
  static const std::vector<GraphMlColumn<GraphMlNode>> columns = {
      {"sg_id", &GraphMlNode::sg_id},
      {"label", &GraphMlNode::label},
      {"kind", &GraphMlNode::kind},
      {"actor_type", &GraphMlNode::actor_type},
      {"aliases", &GraphMlNode::aliases},
      {"affiliation", &GraphMlNode::affiliation},
      {"stances", &GraphMlNode::stances},
      {"supports", &GraphMlNode::supports},
      {"opposes", &GraphMlNode::opposes},
      {"mentions", &GraphMlNode::mentions},
      {"documents", &GraphMlNode::documents},
  };
  return columns;
}

const std::vector<GraphMlColumn<GraphMlEdge>>& EdgeColumns() {
  static const std::vector<GraphMlColumn<GraphMlEdge>> columns = {
      {"label", &GraphMlEdge::label},
      {"relation", &GraphMlEdge::relation},
      {"stance", &GraphMlEdge::stance},
      {"sign", &GraphMlEdge::sign},
      {"weight", &GraphMlEdge::weight},
      {"mentions", &GraphMlEdge::mentions},
      {"occurrences", &GraphMlEdge::occurrences},
      {"confidence", &GraphMlEdge::confidence},
      {"first_date", &GraphMlEdge::first_date},
      {"last_date", &GraphMlEdge::last_date},
      {"documents", &GraphMlEdge::documents},
      {"cues", &GraphMlEdge::cues},
      {"best_evidence", &GraphMlEdge::best_evidence},
      {"best_evidence_doc", &GraphMlEdge::best_evidence_doc},
      {"contested", &GraphMlEdge::contested},
  };
  return columns;
}

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

// Adds the documents an edge's evidence was seen in (repeats included).
void AddEvidenceDocuments(const StanceEdge& edge, std::vector<std::string_view>* documents) {
  for (const Evidence& evidence : edge.evidence) {
    for (const EvidenceSource& place : evidence.sources) documents->push_back(place.doc);
  }
}

size_t DistinctCount(std::vector<std::string_view> items) {
  std::sort(items.begin(), items.end());
  return static_cast<size_t>(std::unique(items.begin(), items.end()) - items.begin());
}

// A node with the counts of its stance edges (actors have them going out,
// topics coming in).
GraphMlNode NodeRecord(const StanceGraph::Graph& g, StanceGraph::Vertex vertex) {
  const StanceNode& node = g[vertex];
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

  size_t stances = 0;
  size_t supports = 0;
  size_t mentions = 0;
  std::vector<std::string_view> documents;
  auto count = [&](const StanceEdge& stance) {
    ++stances;
    if (stance.stance == Stance::kSupport) ++supports;
    mentions += stance.mentions;
    AddEvidenceDocuments(stance, &documents);
  };
  for (auto [it, end] = out_edges(vertex, g); it != end; ++it) count(g[*it]);
  for (auto [it, end] = in_edges(vertex, g); it != end; ++it) count(g[*it]);
  record.stances = CountValue(stances);
  record.supports = CountValue(supports);
  record.opposes = CountValue(stances - supports);
  record.mentions = CountValue(mentions);
  record.documents = CountValue(DistinctCount(std::move(documents)));
  return record;
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
  std::vector<std::string_view> documents;
  AddEvidenceDocuments(stance, &documents);
  record.documents = CountValue(DistinctCount(std::move(documents)));
  record.cues = Joined(cues);
  if (const Evidence* best = StanceGraph::BestEvidence(stance)) {
    record.best_evidence = best->sentence;
    record.best_evidence_doc = best->doc();
  }
  const Stance opposite = support ? Stance::kOppose : Stance::kSupport;
  record.contested = graph.FindEdge(source(edge, g), target(edge, g), opposite).has_value();
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

// A column with the start of its <data> elements, `      <data key="keyN">`.
template <typename Record>
struct KeyedColumn {
  const GraphMlColumn<Record>* column;
  std::string data_start;
};

// The GraphML document around the records, in write_graphml's layout. Each
// element is built in one reused string, then written out.
class GraphMlWriter {
 public:
  // Writes everything up to the first node.
  explicit GraphMlWriter(std::ostream& out) : out_(out) {
    out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         << "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
            "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
            "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    DeclareKeys();
    out_ << "  <graph id=\"G\" edgedefault=\"directed\" parse.nodeids=\"canonical\" "
            "parse.edgeids=\"canonical\" parse.order=\"nodesfirst\">\n";
  }

  void WriteNode(size_t number, const GraphMlNode& record) {
    element_ = "    <node id=\"n" + std::to_string(number) + "\">\n";
    AppendData(node_columns_, record);
    element_ += "    </node>\n";
    out_ << element_;
  }

  void WriteEdge(size_t source, size_t target, const GraphMlEdge& record) {
    element_ = "    <edge id=\"e" + std::to_string(edges_++) + "\" source=\"n" +
               std::to_string(source) + "\" target=\"n" + std::to_string(target) + "\">\n";
    AppendData(edge_columns_, record);
    element_ += "    </edge>\n";
    out_ << element_;
  }

  void Finish() { out_ << "  </graph>\n</graphml>\n"; }

 private:
  // One <key> per column, by name, a node's before an edge's of the same
  // name (write_graphml walks a sorted multimap in which the node columns
  // were inserted first).
  void DeclareKeys() {
    struct Declared {
      const std::string* name;
      const GraphMlColumn<GraphMlNode>* node;  // one of the two
      const GraphMlColumn<GraphMlEdge>* edge;
    };
    std::vector<Declared> keys;
    for (const auto& column : NodeColumns()) keys.push_back({&column.name, &column, nullptr});
    for (const auto& column : EdgeColumns()) keys.push_back({&column.name, nullptr, &column});
    std::stable_sort(keys.begin(), keys.end(),
                     [](const Declared& a, const Declared& b) { return *a.name < *b.name; });
    for (size_t number = 0; number < keys.size(); ++number) {
      const Declared& key = keys[number];
      const std::string id = "key" + std::to_string(number);
      out_ << "  <key id=\"" << id << "\" for=\"" << (key.node ? "node" : "edge")
           << "\" attr.name=\"" << *key.name << "\" attr.type=\""
           << (key.node ? key.node->type() : key.edge->type()) << "\" />\n";
      const std::string data_start = "      <data key=\"" + id + "\">";
      if (key.node) {
        node_columns_.push_back({key.node, data_start});
      } else {
        edge_columns_.push_back({key.edge, data_start});
      }
    }
  }

  template <typename Record>
  void AppendData(const std::vector<KeyedColumn<Record>>& columns, const Record& record) {
    for (const KeyedColumn<Record>& keyed : columns) {
      element_ += keyed.data_start;
      keyed.column->AppendValue(element_, record);
      element_ += "</data>\n";
    }
  }

  std::ostream& out_;
  std::vector<KeyedColumn<GraphMlNode>> node_columns_;  // in key order
  std::vector<KeyedColumn<GraphMlEdge>> edge_columns_;
  std::string element_;
  size_t edges_ = 0;
};

std::optional<Problem> StreamGraphMl(std::ostream& out, const StanceGraph& graph) {
  const StanceGraph::Graph& g = graph.graph();
  GraphMlWriter writer(out);
  const std::vector<StanceGraph::Vertex> vertices = graph.VerticesInOrder();
  std::vector<size_t> node_number(num_vertices(g));  // by StanceGraph vertex
  for (size_t number = 0; number < vertices.size(); ++number) {
    node_number[vertices[number]] = number;
    writer.WriteNode(number, NodeRecord(g, vertices[number]));
  }
  for (StanceGraph::Edge edge : graph.EdgesInOrder()) {
    writer.WriteEdge(node_number[source(edge, g)], node_number[target(edge, g)],
                     StanceRecord(graph, edge));
  }
  // A body only an ontology names may have no node; an edge needs both ends.
  for (StanceGraph::Vertex person : vertices) {
    const std::map<std::string, Sighting>& sightings = graph.AffiliationSightings(person);
    for (const auto& [body_name, sentences] : g[person].affiliations) {
      std::optional<StanceGraph::Vertex> body = graph.FindActor(body_name);
      if (!body) continue;
      auto sighting = sightings.find(body_name);
      writer.WriteEdge(
          node_number[person], node_number[*body],
          SpeaksForRecord(sentences, sighting == sightings.end() ? nullptr : &sighting->second));
    }
  }
  writer.Finish();
  return std::nullopt;
}

}  // namespace

std::string GraphMlText(const StanceGraph& graph) {
  return StreamedText([&](std::ostream& out) { return StreamGraphMl(out, graph); });
}

std::optional<Problem> WriteGraphMl(const StanceGraph& graph, const std::string& path) {
  return WriteFileAtomically(path, [&](std::ostream& out) { return StreamGraphMl(out, graph); });
}

}  // namespace stancegraph::exporters
