// The one wrapper around Graphviz's C API used by the DOT and SVG writers.
//
// CGraph owns an Agraph_t (agclose on destruction; move-only), in the spirit
// of graphviz's own lib/cgraph++/AGraph.h. Graphviz 2.42 takes `char*` where
// it only reads, and copies every string it keeps, so Mutable() casts const
// away in one visible place. GraphvizErrors routes Graphviz's messages
// (normally printed to stderr) into a string for the duration of a scope, so
// they can become a Problem. Private to export/; Graphviz keeps global state,
// so none of this is thread-safe.
#pragma once

#include <cgraph.h>

#include <optional>
#include <string>

namespace stancegraph::exporters {

// Graphviz's `char*` parameters for strings it does not modify.
inline char* Mutable(const char* text) { return const_cast<char*>(text); }
inline char* Mutable(const std::string& text) { return const_cast<char*>(text.c_str()); }

class CGraph {
 public:
  // A new empty directed (non-strict) root graph; nullopt if cgraph fails.
  static std::optional<CGraph> OpenDirected(const std::string& name);

  CGraph(CGraph&& other) noexcept : graph_(other.graph_) { other.graph_ = nullptr; }
  CGraph& operator=(CGraph&& other) noexcept;
  CGraph(const CGraph&) = delete;
  CGraph& operator=(const CGraph&) = delete;
  ~CGraph();

  Agraph_t* get() const { return graph_; }

  // The graph as DOT text (agwrite into an open_memstream); false on failure.
  bool WriteDot(std::string* text) const;

 private:
  explicit CGraph(Agraph_t* graph) : graph_(graph) {}

  Agraph_t* graph_ = nullptr;
};

// Sets an attribute already declared with agattr (or declares it with an
// empty default); false if cgraph refuses.
bool SetAttribute(void* object, const char* name, const std::string& value);

// While alive, Graphviz messages (errors and warnings) are collected instead
// of printed. Not nestable.
class GraphvizErrors {
 public:
  GraphvizErrors();
  ~GraphvizErrors();
  GraphvizErrors(const GraphvizErrors&) = delete;
  GraphvizErrors& operator=(const GraphvizErrors&) = delete;

  // What Graphviz said so far, on one line, lower-cased first letter;
  // `fallback` when it said nothing.
  std::string Text(const std::string& fallback) const;

 private:
  agusererrf previous_;
};

}  // namespace stancegraph::exporters
