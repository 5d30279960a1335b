// Running the extractor over gold documents (gold.h).
#include "extract/evaluation/gold.h"

namespace stancegraph::evaluation {

std::vector<StanceTriple> PredictGold(const std::vector<GoldDocument>& gold,
                                      const Extractor& extractor) {
  std::vector<StanceTriple> predictions;
  for (const GoldDocument& document : gold) {
    for (StanceTriple& triple : extractor.Extract(document.document)) {
      predictions.push_back(std::move(triple));
    }
  }
  return predictions;
}

}  // namespace stancegraph::evaluation
