// The one wrapper around Graphviz's C API used by the DOT and SVG writers.
//
// CGraph owns an Agraph_t (agclose on destruction; move-only), in the spirit
// of graphviz's own lib/cgraph++/AGraph.h. Graphviz 2.42 takes `char*` where
// it only reads, and copies every string it keeps, so Mutable() casts const
// away in one visible place. GraphvizErrors routes Graphviz's messages
// (normally printed to stderr) into a string for the duration of a scope, so
// they can become a Problem; Checker turns the first failing call of a
// builder into one. Private to export/; Graphviz keeps global state,
// so none of this is thread-safe.
#pragma once

#include <cgraph.h>

#include <optional>
#include <string>

#include "core/problem.h"

namespace stancegraph::exporters {

// Graphviz's `char*` parameters for strings it does not modify.
inline char* Mutable(const char* text) { return const_cast<char*>(text); }
inline char* Mutable(const std::string& text) { return const_cast<char*>(text.c_str()); }

class CGraph {
 public:
  // A new empty directed (non-strict) root graph; nullopt if cgraph fails.
  // Its subgraphs are written in the order they were created.
  static std::optional<CGraph> OpenDirected(const std::string& name);
  // The same, undirected (a DOT `graph`).
  static std::optional<CGraph> OpenUndirected(const std::string& name);

  CGraph(CGraph&& other) noexcept : graph_(other.graph_) { other.graph_ = nullptr; }
  CGraph& operator=(CGraph&& other) noexcept;
  CGraph(const CGraph&) = delete;
  CGraph& operator=(const CGraph&) = delete;
  ~CGraph();

  Agraph_t* get() const { return graph_; }

  // The graph as DOT text (agwrite into an open_memstream); false on failure.
  bool WriteDot(std::string* text) const;

 private:
  // agopen with the creation-order id discipline (cgraph_graph.cc).
  static std::optional<CGraph> Open(const std::string& name, Agdesc_t kind);
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

// Collects the first failing cgraph call (with what Graphviz said) so each
// builder of the stance diagram and the network diagrams reads straight:
// calls after a failure are skipped.
class Checker {
 public:
  explicit Checker(const GraphvizErrors& errors) : errors_(errors) {}

  bool ok() const { return !problem_; }
  const Problem& problem() const { return *problem_; }

  template <typename T>
  T* Created(T* object, const std::string& what) {
    if (object == nullptr) Fail("cannot create " + what);
    return object;
  }
  void Set(void* object, const char* name, const std::string& value) {
    if (ok() && !SetAttribute(object, name, value)) {
      Fail(std::string("cannot set attribute `") + name + "`");
    }
  }

 private:
  void Fail(const std::string& what) {
    if (!problem_) problem_ = Problem{"", "graphviz: " + what + ": " + errors_.Text("no detail")};
  }

  const GraphvizErrors& errors_;
  std::optional<Problem> problem_;
};

}  // namespace stancegraph::exporters
