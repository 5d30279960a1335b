// Sentence: one sentence ready for analysis, shared by the extractor's
// stages (cue finding, actor resolution, topic phrases).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/tokenizer.h"

namespace stancegraph {

// Token indexes [begin, end) within a sentence.
struct Span {
  size_t begin = 0;
  size_t end = 0;
  bool empty() const { return end <= begin; }
  size_t size() const { return empty() ? 0 : end - begin; }
};

struct Sentence {
  std::string_view text;         // the sentence as in the document
  size_t begin = 0;              // byte offset of `text` in the document
  std::vector<Token> tokens;     // offsets relative to `text`; `lower` views a buffer of the extractor's
  std::vector<int> quote;        // per token: index of the quotation it is in, or -1
  bool headline = false;         // a line without closing punctuation
  bool title_case = false;       // a headline in Title Case: capitals carry no meaning
  bool question = false;         // ends with "?"
  bool junk = false;             // page junk (navigation, newsletter box, byline): yields nothing

  // Whether a word may start a stance cue (Token::cues): without one, a
  // sentence states no stance.
  bool HasCueWord() const {
    for (const Token& token : tokens) {
      if (token.cues != nullptr) return true;
    }
    return false;
  }

  // Source text of a span ("the European Commission").
  std::string_view SpanText(Span span) const {
    if (span.empty()) return {};
    return text.substr(tokens[span.begin].begin, tokens[span.end - 1].end - tokens[span.begin].begin);
  }
};

}  // namespace stancegraph
