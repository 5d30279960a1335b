// Exporters: write a StanceGraph as Graphviz DOT (through cgraph), as SVG,
// PNG or PDF rendered in-process (through gvc), as RDF (JSON-LD through
// RapidJSON, and the same triples as N-Quads), as GraphML (in the layout of
// Boost's writer) and as a CSV bundle for Neo4j's bulk importer.
//
// Each Write* writes the whole file or returns a Problem naming the path and
// the reason (cannot open, write failed, Graphviz error); on failure no
// partial file is left under `path` (written to a temporary, then renamed).
// The data formats (JSON-LD, N-Quads, GraphML, Neo4j) stream: the file is
// written as its content is generated, one node or row at a time, so their
// memory does not grow with the size of the output; their *Text functions
// give the same bytes as a string, for small graphs.
// Output depends only on the graph's content, never on insertion order or
// the clock. Exporters read the graph only; they know nothing of extraction.
// Not thread-safe (Graphviz keeps global state): call from one thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/problem.h"
#include "graph/stance_graph.h"

namespace stancegraph::exporters {

// The Graphviz layout engine of the rendered diagram (SVG, PNG, PDF).
enum class Layout { kDot, kNeato, kSfdp };

// How actors are grouped in the diagram (as Graphviz clusters, which the
// `dot` layout draws as boxes; neato and sfdp ignore them).
enum class Grouping {
  kNone,
  kType,  // one cluster per actor type: countries, organizations, people, ...
  kCamp,  // the camps of the main topic: its supporters, its opponents
};

struct DiagramOptions {
  std::string title = "Stance graph";  // graph label
  size_t max_evidence_in_tooltip = 3;  // evidence sentences shown per edge
  Layout layout = Layout::kDot;
  Grouping grouping = Grouping::kType;
  // URL of an edge (its best evidence) in SVG and PDF; {doc}, {start},
  // {end} and {sentence} are replaced, percent-encoded. Empty: the document
  // itself when its id is an http(s) URL, else no link.
  std::string evidence_url;
  // URL of a node; {id} and {name} are replaced. Empty: no link.
  std::string node_url;
  // At most this many stance edges are drawn, the strongest (graph/filter.h
  // --top), and the label says so; 0: all. The data formats are never cut.
  size_t max_edges = 500;
};

// Options of the RDF exports (JSON-LD and N-Quads, which carry the same triples).
struct JsonLdOptions {
  // Base of every @id; actors become <base>actor/<slug>, topics
  // <base>topic/<slug>, statements <base>stance/<actor>/<stance>/<topic>.
  std::string base_iri = "https://stancegraph.org/id/";
  // Also the derived actor networks (congruence and conflict, counted per
  // statement, not normalized) with direct sg:agreesWith/sg:conflictsWith links,
  // among the `network_actors` most active actors (0: all; pairs grow with
  // the square of the actors).
  bool networks = true;
  size_t network_actors = 500;
};

enum class ImageFormat { kSvg, kPng, kPdf };

// scheme ":" rest, per RFC 3987, valid UTF-8, with no character an IRI may
// not contain: what JsonLdOptions::base_iri must be.
bool IsAbsoluteIri(std::string_view iri);

// DOT text built with cgraph (agopen/agnode/agedge/agsafeset/agwrite).
// Throws std::runtime_error only if cgraph itself fails (out of memory).
std::string DotText(const StanceGraph& graph, const DiagramOptions& options = {});
std::optional<Problem> WriteDot(const StanceGraph& graph, const std::string& path,
                                const DiagramOptions& options = {});

// The same cgraph graph laid out with options.layout and rendered by gvc.
std::optional<Problem> WriteImage(const StanceGraph& graph, const std::string& path,
                                  ImageFormat format, const DiagramOptions& options = {});
inline std::optional<Problem> WriteSvg(const StanceGraph& graph, const std::string& path,
                                       const DiagramOptions& options = {}) {
  return WriteImage(graph, path, ImageFormat::kSvg, options);
}

// JSON-LD 1.1 document: @context then @graph (actors, topics, stance
// statements with evidence, direct supports/opposes links, "speaks for"
// links: schema:affiliation on the actor and an sg:AffiliationStatement
// with its count, source documents, the prov:SoftwareAgent the statements
// are attributed to, and with options.networks the congruence and conflict
// networks: sg:Network nodes, one sg:NetworkTie per edge, and symmetric
// sg:agreesWith/sg:conflictsWith links on the actors). The vocabulary is
// export/vocabulary/stancegraph.ttl.
// JsonLdText throws std::invalid_argument when options.base_iri is not an
// absolute IRI; WriteJsonLd returns that as a Problem instead.
std::string JsonLdText(const StanceGraph& graph, const JsonLdOptions& options = {});
std::optional<Problem> WriteJsonLd(const StanceGraph& graph, const std::string& path,
                                   const JsonLdOptions& options = {});

// The same RDF as the JSON-LD, as N-Quads (default graph only), for bulk
// loaders. Same error behaviour as JsonLdText/WriteJsonLd. The lines are
// sorted in bounded memory: a big graph's are sorted in runs kept in
// unnamed temporary files (WriteNQuads: in the directory of `path`;
// NQuadsText: in the system's temporary directory), which can fail like a
// write (a Problem; NQuadsText throws std::invalid_argument).
std::string NQuadsText(const StanceGraph& graph, const JsonLdOptions& options = {});
std::optional<Problem> WriteNQuads(const StanceGraph& graph, const std::string& path,
                                   const JsonLdOptions& options = {});

// GraphML in the layout of Boost's write_graphml, for Gephi, yEd and networkx:
// every actor and topic a node (stable id in the `sg_id` attribute, name in
// `label`), every stance an edge actor -> topic, every "speaks for" link an
// edge person -> body (relation "speaks_for"), in sorted order. Every node
// and edge attribute is kept and typed (string, int, double, boolean; the
// README has the table). Text is valid UTF-8 with the characters XML 1.0
// forbids replaced by U+FFFD; doubles are written in full; output does not
// depend on the global locale.
std::string GraphMlText(const StanceGraph& graph);
std::optional<Problem> WriteGraphMl(const StanceGraph& graph, const std::string& path);

// The CSV bundle for `neo4j-admin database import full` (Neo4j 5), written
// into `directory` (created with its parents if needed): actors.csv and
// topics.csv (nodes: id:ID, name, :LABEL, typed counts), stances.csv
// (SUPPORTS/OPPOSES with weight, occurrences, confidence, first/last date,
// cues, documents, best evidence) and speaks_for.csv (SPEAKS_FOR with
// sentences), plus import.sh, the importer command, and load.cypher, which
// loads the same files with LOAD CSV and can be re-run (MERGE on ids).
// Fields are RFC 4180 with ',' and arrays joined by ';'; text is valid
// UTF-8 on one line (the README says how ';', line breaks and a backslash
// before a quote are neutralised). `written` (may be null) gets each path
// as it is written; on a Problem (naming the directory or the file) the
// files written before it stay.
std::optional<Problem> WriteNeo4jBundle(const StanceGraph& graph, const std::string& directory,
                                        std::vector<std::string>* written);

}  // namespace stancegraph::exporters
