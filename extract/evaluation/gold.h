// Gold files: documents with the stance triples they are known to state,
// against which `stancegraph eval` scores the extractor.
//
// extract_eval in three steps: ReadGold() reads a gold file, PredictGold()
// runs the Extractor over its documents, Score() (score.h) compares the
// predictions with the gold triples and PrintReport() (report.h) writes the
// figures. The scoring rule is that of the shared development set's
// score.py.
//
// Gold format, JSON Lines, one document a line:
//   {"id": "...", "text": "...", "speaker"?, "date"?, "title"?, "tags"?: [...],
//    "triples": [{"actor", "actor_match", "stance", "topic", "topic_match",
//                 "evidence", "tags"?: [...]}, ...]}
// `actor_match` and `topic_match` are regular expressions (ECMAScript,
// case-insensitive) searched in a predicted actor or topic label; `evidence`
// is a part of the sentence that states the triple; `tags` name the
// phenomena a document or triple exercises ("negation", "metonymy").
#pragma once

#include <istream>
#include <regex>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/problem.h"
#include "core/triple.h"
#include "extract/evaluation/text_match.h"
#include "extract/extractor.h"

namespace stancegraph::evaluation {

struct GoldTriple {
  std::string actor;  // canonical names, for reports
  std::string topic;
  std::string actor_match;  // the regexes as written
  std::string topic_match;
  MatchRegex actor_regex;  // compiled once (text_match.h, CompileMatchRegex)
  MatchRegex topic_regex;
  Stance stance = Stance::kSupport;
  std::string evidence;           // as written; Score() normalises it
  std::vector<std::string> tags;  // the triple's own tags
};

struct GoldDocument {
  Document document;              // id, text, speaker, date, title
  std::vector<std::string> tags;  // the document's tags
  std::vector<GoldTriple> triples;
  size_t line = 0;  // in the gold file, 1-based
};

struct GoldSet {
  std::vector<GoldDocument> documents;  // good lines, in file order
  std::vector<Problem> problems;        // "FILE:LINE: reason"; such a line is skipped
  bool opened = true;                   // false when the file could not be read at all
};

// Reads a gold file. Never throws: a malformed line (bad JSON, a missing or
// empty `id`, `text`, `triples` or triple field, an unknown stance, a bad
// regex, a repeated id) is a problem naming FILE:LINE, and the line is
// skipped; a wrong optional field (`speaker`, `date`, `title`, `tags`) is
// ignored with a problem. Blank lines are skipped.
GoldSet ReadGoldFile(const std::string& path);
// The same from a stream; `name` is used in problems.
GoldSet ReadGold(std::istream& in, const std::string& name);

// The extractor's triples for every gold document, in document order.
std::vector<StanceTriple> PredictGold(const std::vector<GoldDocument>& gold,
                                      const Extractor& extractor);

}  // namespace stancegraph::evaluation
