#include "extract/quotes.h"

#include "extract/clause.h"

namespace stancegraph {
namespace {

// An unclosed quotation mark must not swallow the rest of the article.
constexpr size_t kMaxQuoteSentences = 6;

struct OpenQuote {
  int id = -1;
  size_t sentence = 0;
  size_t token = 0;
};

}  // namespace

std::vector<Quotation> FindQuotations(std::vector<Sentence>& sentences, const Lexicon& lexicon) {
  std::vector<Quotation> quotations;
  OpenQuote current;
  int last_closed = -1;
  size_t last_closed_sentence = 0;

  auto close = [&](size_t sentence_index, size_t token_index, bool closed_by_mark) {
    Quotation& q = quotations[current.id];
    if (closed_by_mark) {
      q.speaker = SpeakerAfterQuote(sentences[sentence_index], token_index, lexicon);
      q.speaker_sentence = sentence_index;
    }
    if (q.speaker.empty()) {
      q.speaker = SpeakerBeforeQuote(sentences[current.sentence], current.token, lexicon);
      q.speaker_sentence = current.sentence;
    }
    if (q.speaker.empty() && last_closed >= 0 && current.sentence <= last_closed_sentence + 1) {
      q = quotations[last_closed];  // continues the previous speaker's words
    }
    last_closed = current.id;
    last_closed_sentence = sentence_index;
    current = OpenQuote{};
  };

  for (size_t si = 0; si < sentences.size(); ++si) {
    Sentence& sentence = sentences[si];
    sentence.quote.assign(sentence.tokens.size(), -1);
    if (current.id >= 0 && si - current.sentence >= kMaxQuoteSentences) close(si - 1, 0, false);
    for (size_t ti = 0; ti < sentence.tokens.size(); ++ti) {
      TokenKind kind = sentence.tokens[ti].kind;
      if (kind == TokenKind::kOpenQuote) {
        if (current.id >= 0) close(si, ti, false);
        current = {static_cast<int>(quotations.size()), si, ti};
        quotations.push_back({});
        continue;
      }
      if (kind == TokenKind::kCloseQuote && current.id >= 0) {
        close(si, ti, true);
        continue;
      }
      sentence.quote[ti] = current.id;
    }
  }
  if (current.id >= 0) close(sentences.size() - 1, 0, false);
  return quotations;
}

}  // namespace stancegraph
