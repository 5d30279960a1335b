// Exporters: write a StanceGraph as Graphviz DOT (through cgraph), as SVG
// rendered in-process (through gvc), and as JSON-LD (through RapidJSON).
//
// Each Write* writes the whole file or returns a Problem naming the path and
// the reason (cannot open, write failed, Graphviz error); on failure no
// partial file is left under `path` (written to a temporary, then renamed).
// Output depends only on the graph's content, never on insertion order or
// the clock. Exporters read the graph only; they know nothing of extraction.
// Not thread-safe (Graphviz keeps global state): call from one thread.
#pragma once

#include <optional>
#include <string>

#include "core/problem.h"
#include "graph/stance_graph.h"

namespace stancegraph::exporters {

struct DiagramOptions {
  std::string title = "Stance graph";  // graph label
  size_t max_evidence_in_tooltip = 3;  // evidence sentences shown per edge
};

struct JsonLdOptions {
  // Base of every @id; actors become <base>actor/<slug>, topics
  // <base>topic/<slug>, statements <base>stance/<actor>/<stance>/<topic>.
  std::string base_iri = "https://stancegraph.org/id/";
};

// DOT text built with cgraph (agopen/agnode/agedge/agsafeset/agwrite).
// Throws std::runtime_error only if cgraph itself fails (out of memory).
std::string DotText(const StanceGraph& graph, const DiagramOptions& options = {});
std::optional<Problem> WriteDot(const StanceGraph& graph, const std::string& path,
                                const DiagramOptions& options = {});

// SVG from the same cgraph graph, laid out with `dot` and rendered by gvc.
std::optional<Problem> WriteSvg(const StanceGraph& graph, const std::string& path,
                                const DiagramOptions& options = {});

// JSON-LD 1.1 document: @context then @graph (actors, topics, stance
// statements with evidence, direct supports/opposes links, and "speaks for"
// links: schema:affiliation on the actor and an sg:AffiliationStatement
// with its count).
// JsonLdText throws std::invalid_argument when options.base_iri is not an
// absolute IRI; WriteJsonLd returns that as a Problem instead.
std::string JsonLdText(const StanceGraph& graph, const JsonLdOptions& options = {});
std::optional<Problem> WriteJsonLd(const StanceGraph& graph, const std::string& path,
                                   const JsonLdOptions& options = {});

}  // namespace stancegraph::exporters
