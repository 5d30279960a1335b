// Evidence order: a total order on every field, so equal keys mean equal
// evidence and ties cannot leak insertion order.
#include "export/evidence_order.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace stancegraph::exporters {
namespace {

// NaN would break the strict weak ordering; it sorts first.
double OrderableConfidence(double confidence) {
  return std::isnan(confidence) ? -1.0 : confidence;
}

bool EvidenceLess(const Evidence* a, const Evidence* b) {
  double a_confidence = OrderableConfidence(a->confidence);
  double b_confidence = OrderableConfidence(b->confidence);
  const EvidenceSource& a_place = a->sources.front();
  const EvidenceSource& b_place = b->sources.front();
  return std::tie(a_place.doc, a_place.start, a_place.end, a->sentence, a->actor_mention,
                  a->topic_mention, a->cue, a_place.date, a_confidence) <
         std::tie(b_place.doc, b_place.start, b_place.end, b->sentence, b->actor_mention,
                  b->topic_mention, b->cue, b_place.date, b_confidence);
}

}  // namespace

std::vector<const Evidence*> SortedEvidence(const std::vector<Evidence>& evidence) {
  std::vector<const Evidence*> sorted;
  sorted.reserve(evidence.size());
  for (const Evidence& item : evidence) sorted.push_back(&item);
  std::sort(sorted.begin(), sorted.end(), EvidenceLess);
  return sorted;
}

}  // namespace stancegraph::exporters
