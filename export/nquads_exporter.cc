// Placeholder until the N-Quads writer lands (issue 5).
#include "export/exporters.h"

namespace stancegraph::exporters {

std::string NQuadsText(const StanceGraph&, const JsonLdOptions&) { return ""; }
std::optional<Problem> WriteNQuads(const StanceGraph&, const std::string& path,
                                   const JsonLdOptions&) {
  return Problem{path, "nquads: not written yet"};
}

}  // namespace stancegraph::exporters
