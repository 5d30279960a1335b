// Scoring (score.h): predictions against gold triples, overall and per tag.
#include "extract/evaluation/score.h"

#include <map>
#include <regex>
#include <set>
#include <string_view>
#include <unordered_map>

#include "extract/evaluation/text_match.h"

namespace stancegraph::evaluation {
namespace {

double Ratio(size_t part, size_t whole) {
  return whole == 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(whole);
}

// A triple's tags: its own and its document's.
std::set<std::string> TripleTags(const GoldDocument& document, const GoldTriple& triple) {
  std::set<std::string> tags(document.tags.begin(), document.tags.end());
  tags.insert(triple.tags.begin(), triple.tags.end());
  return tags;
}

// The tags occurring in a document: its own and any of its triples'.
std::set<std::string> DocumentTags(const GoldDocument& document) {
  std::set<std::string> tags(document.tags.begin(), document.tags.end());
  for (const GoldTriple& triple : document.triples)
    tags.insert(triple.tags.begin(), triple.tags.end());
  return tags;
}

bool Finds(const MatchRegex& regex, std::string_view label) {
  try {
    return RegexFinds(regex, label);
  } catch (const std::regex_error&) {  // too complex for this label: no match
    return false;
  }
}

bool Matches(const GoldTriple& gold, const std::string& normalized_evidence,
             const StanceTriple& prediction, const std::string& normalized_sentence) {
  return gold.stance == prediction.stance &&
         normalized_sentence.find(normalized_evidence) != std::string::npos &&
         Finds(gold.actor_regex, prediction.actor) && Finds(gold.topic_regex, prediction.topic);
}

}  // namespace

double Figures::Precision() const { return Ratio(correct, predicted); }
double Figures::Recall() const { return Ratio(found, gold); }
double Figures::F1() const {
  const double p = Precision(), r = Recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

EvaluationReport Score(const std::vector<GoldDocument>& gold,
                       const std::vector<StanceTriple>& predictions) {
  EvaluationReport report;
  report.documents = gold.size();
  std::map<std::string, Figures> tags;

  std::unordered_map<std::string_view, std::vector<size_t>> by_id;
  std::vector<std::vector<std::string>> evidence(gold.size());  // normalised
  std::vector<std::vector<bool>> found(gold.size());
  std::vector<std::set<std::string>> document_tags(gold.size());
  for (size_t d = 0; d < gold.size(); ++d) {
    by_id[gold[d].document.id].push_back(d);
    for (const GoldTriple& triple : gold[d].triples) {
      evidence[d].push_back(NormalizeForMatch(triple.evidence));
      for (const std::string& tag : TripleTags(gold[d], triple)) ++tags[tag].gold;
    }
    found[d].assign(gold[d].triples.size(), false);
    document_tags[d] = DocumentTags(gold[d]);
    report.overall.gold += gold[d].triples.size();
  }

  for (const StanceTriple& prediction : predictions) {
    bool hit = false;
    std::set<std::string> occurring;  // tags of the prediction's document
    if (auto it = by_id.find(prediction.doc); it != by_id.end()) {
      const std::string sentence = NormalizeForMatch(prediction.sentence);
      for (size_t d : it->second) {
        occurring.insert(document_tags[d].begin(), document_tags[d].end());
        for (size_t t = 0; t < gold[d].triples.size(); ++t) {
          if (Matches(gold[d].triples[t], evidence[d][t], prediction, sentence)) {
            hit = true;
            found[d][t] = true;
          }
        }
      }
    }
    ++report.overall.predicted;
    report.overall.correct += hit;
    for (const std::string& tag : occurring) {
      ++tags[tag].predicted;
      tags[tag].correct += hit;
    }
    if (!hit) report.wrong.push_back(prediction);
  }

  for (size_t d = 0; d < gold.size(); ++d) {
    for (size_t t = 0; t < gold[d].triples.size(); ++t) {
      const GoldTriple& triple = gold[d].triples[t];
      if (found[d][t]) {
        ++report.overall.found;
        for (const std::string& tag : TripleTags(gold[d], triple)) ++tags[tag].found;
      } else {
        report.missed.push_back(MissedTriple{gold[d].document.id, triple.actor, triple.stance,
                                             triple.topic, triple.evidence});
      }
    }
  }
  for (auto& [tag, figures] : tags) report.tags.push_back(TagFigures{tag, figures});
  return report;
}

}  // namespace stancegraph::evaluation
