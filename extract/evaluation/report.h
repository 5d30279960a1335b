// Printing an evaluation report (score.h) for people and CI logs.
#pragma once

#include <ostream>
#include <string_view>

#include "extract/evaluation/score.h"

namespace stancegraph::evaluation {

// With `show`, first each missed gold triple and each wrong prediction:
//   missed  DOC: (actor, stance, topic)  evidence: "..."
//   wrong   DOC: (actor, stance, topic)  cue: "..."  sentence: "..."
// then the overall line
//   gold NAME: documents=N predicted=N correct=N found=N/M precision=0.xxx recall=0.xxx F1=0.xxx
// and, when the gold has tags, a table of the per-tag figures sorted by tag.
void PrintReport(const EvaluationReport& report, std::string_view name, bool show,
                 std::ostream& out);

}  // namespace stancegraph::evaluation
