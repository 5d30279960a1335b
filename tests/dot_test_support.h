// Shared by the tests that parse DOT output back with cgraph (dot_export_test.cc,
// diagram_test.cc): the parsed graph and reading its attributes.
#pragma once

#include <graphviz/cgraph.h>

#include <memory>
#include <string>

namespace stancegraph::testing {

struct GraphClose {
  void operator()(Agraph_t* graph) const { agclose(graph); }
};
// A graph parsed by cgraph, closed when it goes; null if `dot` did not parse.
using ParsedDot = std::unique_ptr<Agraph_t, GraphClose>;

inline ParsedDot Parse(const std::string& dot) { return ParsedDot(agmemread(dot.c_str())); }

// cgraph takes names as char* but does not change them.
inline char* Name(const std::string& text) { return const_cast<char*>(text.c_str()); }

// Attribute `name` of a graph, node or edge (its declared default when not set
// on this object); "<undeclared>" when the DOT never declares it, so a test
// can tell a missing attribute from an empty one.
inline std::string Attribute(void* object, const std::string& name) {
  const char* value = agget(object, Name(name));
  return value == nullptr ? "<undeclared>" : value;
}

}  // namespace stancegraph::testing
