// Scoring predicted triples against gold documents, by the rule of the
// shared development set's score.py.
//
// A prediction is correct when its `doc` equals a gold document's id, its
// sentence (normalised: NormalizeForMatch) contains the normalised evidence
// of one of that document's gold triples, the stances are equal, and the
// triple's actor_match / topic_match regexes are found in the predicted
// actor and topic. A gold triple is found when some prediction matches it.
// Precision = correct predictions / predictions; recall = gold triples
// found / gold triples; F1 their harmonic mean (each 0 when undefined).
//
// Per tag: a gold triple carries its own tags and its document's; recall
// counts the gold triples carrying the tag, precision the predictions made
// in documents where the tag occurs (on the document or any of its triples).
#pragma once

#include <string>
#include <vector>

#include "core/triple.h"
#include "extract/evaluation/gold.h"

namespace stancegraph::evaluation {

struct Figures {
  size_t gold = 0;       // gold triples
  size_t found = 0;      // of them, matched by a prediction
  size_t predicted = 0;  // predictions
  size_t correct = 0;    // of them, matching a gold triple

  double Precision() const;
  double Recall() const;
  double F1() const;
};

struct TagFigures {
  std::string tag;
  Figures figures;
};

struct MissedTriple {
  std::string doc;
  std::string actor;
  Stance stance = Stance::kSupport;
  std::string topic;
  std::string evidence;
};

struct EvaluationReport {
  size_t documents = 0;  // gold documents
  Figures overall;
  std::vector<TagFigures> tags;      // sorted by tag
  std::vector<MissedTriple> missed;  // gold triples not found, in gold order
  std::vector<StanceTriple> wrong;   // predictions matching nothing, in their order
};

// Pure: the same inputs always give the same report.
EvaluationReport Score(const std::vector<GoldDocument>& gold,
                       const std::vector<StanceTriple>& predictions);

}  // namespace stancegraph::evaluation
