// SortedEvidence: an edge's evidence in a fixed order for output.
//
// StanceEdge keeps evidence in the order it was added; exports must not
// depend on that order, so they list evidence sorted by document, offsets,
// sentence and the remaining fields. Private to export/.
#pragma once

#include <vector>

#include "graph/stance_graph.h"

namespace stancegraph::exporters {

// Pointers into `evidence`, which must outlive the result.
std::vector<const Evidence*> SortedEvidence(const std::vector<Evidence>& evidence);

}  // namespace stancegraph::exporters
