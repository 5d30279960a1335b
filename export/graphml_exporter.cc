// Placeholder until the GraphML writer lands (issue 5).
#include "export/exporters.h"

namespace stancegraph::exporters {

std::string GraphMlText(const StanceGraph&) { return ""; }
std::optional<Problem> WriteGraphMl(const StanceGraph&, const std::string& path) {
  return Problem{path, "graphml: not written yet"};
}

}  // namespace stancegraph::exporters
