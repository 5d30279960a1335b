// Placeholder until the Neo4j bundle lands (issue 5).
#include "export/exporters.h"

namespace stancegraph::exporters {

std::optional<Problem> WriteNeo4jBundle(const StanceGraph&, const std::string& directory,
                                        std::vector<std::string>*) {
  return Problem{directory, "neo4j: not written yet"};
}

}  // namespace stancegraph::exporters
