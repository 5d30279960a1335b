// Neo4j bundle: node and relationship files with the typed headers of
// `neo4j-admin database import` (header "name:type", arrays "type[]"), plus
// import.sh and load.cypher (export/neo4j_scripts.h).
//
// Node ids are the graph's ids ("actor/france", "topic/tax"): unique in the
// graph, and the kind prefix keeps them unique across the two node files,
// so one global id space serves both. Rows follow VerticesInOrder and
// EdgesInOrder, so the files depend on the graph's content only. Each row
// is written into the file as it is made: a file is never held whole. What
// each column means: README.md, "Neo4j CSV bundle".
#include "export/exporters.h"

#include <charconv>
#include <cmath>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "core/date.h"
#include "core/problem.h"
#include "export/atomic_file.h"
#include "export/neo4j_csv.h"
#include "export/neo4j_scripts.h"

namespace stancegraph::exporters {
namespace {

using Fields = std::vector<std::string>;

// Column names as the importer reads them; load.cypher reads the same names.
const Fields kActorColumns = {
    "id:ID", "name", ":LABEL", "actorType", "aliases:string[]", "affiliation",
    "supportedTopics:int", "opposedTopics:int", "evidenceSentences:int"};
const Fields kTopicColumns = {
    "id:ID", "name", ":LABEL", "aliases:string[]",
    "supporters:int", "opposers:int", "evidenceSentences:int"};
const Fields kStanceColumns = {
    ":START_ID", ":END_ID", ":TYPE", "weight:int", "occurrences:int", "confidence:double",
    "firstDate:date", "lastDate:date", "cues:string[]", "documents:string[]",
    "evidence", "evidenceDocument"};
const Fields kSpeaksForColumns = {":START_ID", ":END_ID", ":TYPE", "sentences:int"};

std::string Header(const Fields& columns) {
  Fields fields;
  for (const std::string& column : columns) fields.push_back(Neo4jTextField(column));
  return Neo4jCsvRecord(fields);
}

std::string IntField(size_t value) { return std::to_string(value); }

// Shortest text that reads back as the same double; no value when not finite.
std::string DoubleField(double value) {
  if (!std::isfinite(value)) return "";
  char buffer[64];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
  if (error != std::errc()) return "";
  return std::string(buffer, end);
}

// "Actor" and the type's label, which is also what load.cypher sets.
Fields ActorLabels(ActorType type) {
  switch (type) {
    case ActorType::kPerson: return {"Actor", "Person"};
    case ActorType::kOrganization: return {"Actor", "Organization"};
    case ActorType::kCountry: return {"Actor", "Country"};
    case ActorType::kGroup: return {"Actor", "Group"};
    case ActorType::kUnknown: break;
  }
  return {"Actor"};
}

// Surface forms other than the name itself, sorted (`mentions` is a set).
Fields Aliases(const StanceNode& node) {
  Fields aliases;
  for (const std::string& mention : node.mentions) {
    if (mention != node.name) aliases.push_back(mention);
  }
  return aliases;
}

// A node's stance edges, counted: edges of each polarity and their sentences.
struct StanceCounts {
  size_t supports = 0;
  size_t opposes = 0;
  size_t sentences = 0;

  void Add(const StanceEdge& edge) {
    ++(edge.stance == Stance::kSupport ? supports : opposes);
    sentences += edge.mentions;
  }
};

void WriteActorsCsv(const StanceGraph& graph, std::ostream& out) {
  const StanceGraph::Graph& g = graph.graph();
  out << Header(kActorColumns);
  for (StanceGraph::Vertex vertex : graph.VerticesInOrder()) {
    const StanceNode& node = g[vertex];
    if (node.kind != NodeKind::kActor) continue;
    StanceCounts counts;
    for (auto [it, end] = out_edges(vertex, g); it != end; ++it) counts.Add(g[*it]);
    out << Neo4jCsvRecord({Neo4jTextField(node.id), Neo4jTextField(node.name),
                           Neo4jArrayField(ActorLabels(node.actor_type)),
                           Neo4jTextField(ActorTypeName(node.actor_type)),
                           Neo4jArrayField(Aliases(node)), Neo4jTextField(node.affiliation),
                           IntField(counts.supports), IntField(counts.opposes),
                           IntField(counts.sentences)});
  }
}

void WriteTopicsCsv(const StanceGraph& graph, std::ostream& out) {
  const StanceGraph::Graph& g = graph.graph();
  out << Header(kTopicColumns);
  for (StanceGraph::Vertex vertex : graph.VerticesInOrder()) {
    const StanceNode& node = g[vertex];
    if (node.kind != NodeKind::kTopic) continue;
    StanceCounts counts;
    for (auto [it, end] = in_edges(vertex, g); it != end; ++it) counts.Add(g[*it]);
    out << Neo4jCsvRecord({Neo4jTextField(node.id), Neo4jTextField(node.name),
                           Neo4jArrayField({"Topic"}), Neo4jArrayField(Aliases(node)),
                           IntField(counts.supports), IntField(counts.opposes),
                           IntField(counts.sentences)});
  }
}

// The cues and documents of an edge's kept evidence (all of it, unless
// --max-evidence keeps a sample), each sorted and distinct. The dates come
// from the edge itself, exact over every occurrence.
struct EvidenceSummary {
  std::set<std::string> cues;
  std::set<std::string> documents;

  explicit EvidenceSummary(const StanceEdge& edge) {
    for (const Evidence& evidence : edge.evidence) {
      if (!evidence.cue.empty()) cues.insert(evidence.cue);
      for (const EvidenceSource& source : evidence.sources) documents.insert(source.doc);
    }
  }
};

void WriteStancesCsv(const StanceGraph& graph, std::ostream& out) {
  const StanceGraph::Graph& g = graph.graph();
  out << Header(kStanceColumns);
  for (const StanceGraph::Edge& edge : graph.EdgesInOrder()) {
    const StanceEdge& stance = g[edge];
    const EvidenceSummary summary(stance);
    const Evidence* best = StanceGraph::BestEvidence(stance);
    out << Neo4jCsvRecord(
        {Neo4jTextField(g[source(edge, g)].id), Neo4jTextField(g[target(edge, g)].id),
         stance.stance == Stance::kSupport ? "SUPPORTS" : "OPPOSES", IntField(stance.mentions),
         IntField(stance.occurrences), DoubleField(stance.confidence), stance.first_date,
         stance.last_date, Neo4jArrayField({summary.cues.begin(), summary.cues.end()}),
         Neo4jArrayField({summary.documents.begin(), summary.documents.end()}),
         Neo4jTextField(best ? best->sentence : ""), Neo4jTextField(best ? best->doc().str() : "")});
  }
}

// One row per (actor, body it speaks for), sorted by the two ids. A body
// that is not an actor of the graph has no node to end at and is left out.
void WriteSpeaksForCsv(const StanceGraph& graph, std::ostream& out) {
  const StanceGraph::Graph& g = graph.graph();
  out << Header(kSpeaksForColumns);
  for (StanceGraph::Vertex vertex : graph.VerticesInOrder()) {
    const StanceNode& node = g[vertex];
    if (node.kind != NodeKind::kActor) continue;
    std::map<std::string, size_t> sentences_by_body_id;
    for (const auto& [body, sentences] : node.affiliations) {
      if (std::optional<StanceGraph::Vertex> found = graph.FindActor(body)) {
        sentences_by_body_id[g[*found].id] = sentences;
      }
    }
    for (const auto& [body_id, sentences] : sentences_by_body_id) {
      out << Neo4jCsvRecord(
          {Neo4jTextField(node.id), Neo4jTextField(body_id), "SPEAKS_FOR", IntField(sentences)});
    }
  }
}

}  // namespace

std::optional<Problem> WriteNeo4jBundle(const StanceGraph& graph, const std::string& directory,
                                        std::vector<std::string>* written) {
  if (directory.empty()) return Problem{"", "output directory is empty"};
  std::error_code error;
  std::filesystem::create_directories(directory, error);
  if (error) {
    return Problem{directory, "cannot create directory: " + SentenceToProblemText(error.message())};
  }
  if (!std::filesystem::is_directory(directory)) {
    return Problem{directory, "cannot create directory: a file of that name exists"};
  }

  // What writes each file; the CSV files row by row.
  using FileWriter = std::function<void(std::ostream& out)>;
  auto verbatim = [](std::string_view content) {
    return [content](std::ostream& out) { out << content; };
  };
  const std::vector<std::pair<std::string_view, FileWriter>> files = {
      {kNeo4jActorsFile, [&](std::ostream& out) { WriteActorsCsv(graph, out); }},
      {kNeo4jTopicsFile, [&](std::ostream& out) { WriteTopicsCsv(graph, out); }},
      {kNeo4jStancesFile, [&](std::ostream& out) { WriteStancesCsv(graph, out); }},
      {kNeo4jSpeaksForFile, [&](std::ostream& out) { WriteSpeaksForCsv(graph, out); }},
      {kNeo4jImportScriptFile, verbatim(Neo4jImportScript())},
      {kNeo4jLoadCypherFile, verbatim(Neo4jLoadCypher())},
  };
  for (const auto& file : files) {
    // Not a structured binding: Clang before 16 cannot capture one in a lambda.
    const auto& write = file.second;
    const std::string path = (std::filesystem::path(directory) / file.first).string();
    std::optional<Problem> problem = WriteFileAtomically(path, [&](std::ostream& out) {
      write(out);
      return std::optional<Problem>();  // a failed write is the file's to report
    });
    if (problem) return problem;
    if (written != nullptr) written->push_back(path);
  }
  return std::nullopt;
}

}  // namespace stancegraph::exporters
