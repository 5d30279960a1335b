// Quotations across sentences, and who speaks them.
//
// News quotes run over several sentences and are attributed once, before
// ("Smith said: “...") or after (“...,” said Smith / she said). Inside a
// quotation "we" and "I" are the speaker, not the writer. A quotation with
// no attribution of its own that follows one directly continues it.
#pragma once

#include <vector>

#include "extract/lexicon.h"
#include "extract/sentence.h"

namespace stancegraph {

struct Quotation {
  size_t speaker_sentence = 0;  // where the speaker's words are
  Span speaker;                 // empty when unknown
};

// Fills Sentence::quote for every token and returns the quotations, indexed
// by the ids stored there.
std::vector<Quotation> FindQuotations(std::vector<Sentence>& sentences, const Lexicon& lexicon);

}  // namespace stancegraph
