// The public entry points of clause.h; each reads one sentence with a fresh
// ClauseReader (extract/clause_reader.h).
#include "extract/clause.h"

#include "extract/clause_reader.h"

namespace stancegraph {

using detail::ClauseReader;

Span SpeakerAfterQuote(const Sentence& sentence, size_t close, const Lexicon& lexicon) {
  return ClauseReader(sentence, lexicon).SpeakerAfter(close);
}

Span SpeakerBeforeQuote(const Sentence& sentence, size_t open, const Lexicon& lexicon) {
  return ClauseReader(sentence, lexicon).SpeakerBefore(open);
}

std::vector<StanceMention> FindStanceMentions(const Sentence& sentence, const Lexicon& lexicon) {
  return ClauseReader(sentence, lexicon).Run();
}

Span LeadingSubject(const Sentence& sentence, const Lexicon& lexicon) {
  return ClauseReader(sentence, lexicon).LeadingSubject();
}

std::vector<Span> IntroducedTopics(const Sentence& sentence, const Lexicon& lexicon) {
  return ClauseReader(sentence, lexicon).IntroducedTopics();
}

ReportClause ReportSource(const Sentence& sentence, const Lexicon& lexicon) {
  return ClauseReader(sentence, lexicon).ReportSource();
}

}  // namespace stancegraph
