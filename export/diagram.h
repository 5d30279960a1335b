// BuildDiagram: the styled cgraph graph that both the DOT and SVG writers
// output, so the two always show the same thing.
//
// Actors are boxes filled by actor type, topics white ellipses; support
// edges are green, solid, with a normal arrow, oppose edges red, dashed,
// with a `tee` arrowhead (readable without colour); pen width grows with
// the mention count; tooltips carry evidence and aliases; a `cluster_legend`
// subgraph explains it all. Nodes and edges are added in the graph's sorted
// order, so agwrite's output is deterministic. Private to export/.
#pragma once

#include <string>
#include <variant>

#include "core/problem.h"
#include "export/cgraph_graph.h"
#include "export/exporters.h"
#include "graph/stance_graph.h"

namespace stancegraph::exporters {

// The diagram, or a Problem (with `where` empty) if cgraph refused a call.
std::variant<CGraph, Problem> BuildDiagram(const StanceGraph& graph,
                                           const DiagramOptions& options);

// An actor box's fill colour by actor type; the network diagrams
// (export/network_exporter.h) fill actors the same way.
const char* ActorFill(ActorType type);

// Fixed-point decimal with `digits` decimals, independent of the C locale
// ("0" if it cannot be formatted).
std::string Decimal(double value, int digits);

// `text` as a Graphviz escString (labels, tooltips): valid UTF-8, backslashes
// doubled so no "\N"/"\G"/"\l" escape can come from the data, and line breaks
// as "\n". Graphviz decodes character references in labels, so an '&' that
// starts one ("&amp;", "&#1;") is written "&amp;" and shows as written (a
// decoded "&#1;" would put a control character into the SVG, which no XML
// reader accepts); other C0 control characters become U+FFFD for the same
// reason. Quotes are left to agwrite.
std::string EscString(std::string_view text);

}  // namespace stancegraph::exporters
