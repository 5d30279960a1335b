// The RDF of a StanceGraph, generated one top-level node at a time, for the
// JSON-LD and N-Quads writers to write as it comes: the graph's RDF is
// never held whole (a big graph's is gigabytes), only the node being
// written and a few indexes of the graph (the derived networks among at
// most JsonLdOptions::network_actors actors, the source documents).
//
// What the nodes hold (README.md, "RDF", has the id scheme), in this order:
// actors, topics, stance statements with Web Annotation evidence,
// affiliation statements, source documents, the software agent the
// statements are attributed to, and (JsonLdOptions::networks) the
// congruence and conflict networks with one tie node per edge; actors carry
// direct agreesWith/conflictsWith links. Order and content depend only on
// the graph's content, never on insertion order or the clock. Private to
// export/.
#pragma once

#include <functional>
#include <optional>

#include "core/problem.h"
#include "export/exporters.h"
#include "export/rdf_node.h"

namespace stancegraph::exporters::rdf {

// A Problem (with `where` empty) when `options` cannot make RDF: the base
// IRI is not an absolute IRI.
std::optional<Problem> OptionsProblem(const JsonLdOptions& options);

// Receives each top-level node; the node lives only during the call.
using NodeSink = std::function<void(const Node& node)>;

// Calls `sink` with every top-level node of the graph's RDF, in output
// order. `options` must have passed OptionsProblem.
void GenerateNodes(const StanceGraph& graph, const JsonLdOptions& options, const NodeSink& sink);

}  // namespace stancegraph::exporters::rdf
