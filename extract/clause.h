// Clause analysis: finds stance cues in a sentence and reads the words
// around each one (who, about what, with which polarity and certainty).
//
// Shallow and rule-based: word classes from the lexicon and a few
// patterns of English word order stand in for a parser. Each cue's frames
// (cues.tsv) say where its topic is; the actor is the subject before it
// (skipping auxiliaries, adverbs, negation and appositives), the agent after
// "by" in a passive, the possessor of a noun cue ("Kyiv's request for"), or
// the subject of a light verb ("voiced support for"). Polarity composes
// through negation and infinitives ("not ready to endorse" is oppose).
// The result still holds token spans; naming actors and topics is the job
// of actor_resolver.h and topic_phrase.h.
#pragma once

#include <string>
#include <vector>

#include "core/triple.h"
#include "extract/lexicon.h"
#include "extract/sentence.h"

namespace stancegraph {

struct StanceMention {
  Span actor;              // the actor's words; a pronoun is resolved later
  Span topic;              // the topic noun phrase
  std::string activity;    // gerund naming an activity ("hosting"), or empty
  std::string cue;         // words carrying the stance ("not ready to endorse")
  Span cue_span;           // from the first cue word to the last
  Span addressee;          // "urged allies to ...": allies
  bool speaker_is_actor = false;  // a judgement with no one named: the speaker's ("“A cap is wrong,” she said")
  bool clause_subject = false;    // the actor is the subject of the cue's clause (not a possessor or agent)
  bool reversed = false;          // an undoing folded into the stance ("scrap the tax": oppose the tax)
  Stance stance = Stance::kSupport;
  double confidence = 0.0;
};

std::vector<StanceMention> FindStanceMentions(const Sentence& sentence, const Lexicon& lexicon);

// The noun phrase a sentence opens with, when it is the subject of the main
// clause ("France and Germany" in "France and Germany favor ..."); skips a
// leading adverbial ("On Monday,"). Used to track who a sentence is about.
Span LeadingSubject(const Sentence& sentence, const Lexicon& lexicon);

// Noun phrases introduced as things a later sentence may refer back to:
// the objects of "unveiled", "proposed", "signed" ... (introduce_verb in
// word_classes.tsv): "The government unveiled a pension reform."
std::vector<Span> IntroducedTopics(const Sentence& sentence, const Lexicon& lexicon);

// The source of a report in the sentence: "X said (that) ...", "..., X said",
// "According to X, ...". `source` is empty when there is none.
struct ReportClause {
  Span source;      // X
  size_t verb = 0;  // "said", "according"
  bool closes = false;  // nothing but a time or place follows: "..., X said on Monday."

  // Whether the report frames `mention`: the report comes before the
  // mention's actor ("X said Y backs Z") or after its cue ("Y backs Z, X
  // said"); a reporting verb between them belongs to another clause.
  bool Frames(const StanceMention& mention) const {
    return !source.empty() && (verb < mention.actor.begin || (verb >= mention.cue_span.end && closes));
  }
};
ReportClause ReportSource(const Sentence& sentence, const Lexicon& lexicon);

// The speaker of a quotation, from the words after its closing mark at
// `close` (", said Jean Moreau", ", she said") or before its opening mark at
// `open` ("Smith said: “"). Empty span when there is none.
Span SpeakerAfterQuote(const Sentence& sentence, size_t close, const Lexicon& lexicon);
Span SpeakerBeforeQuote(const Sentence& sentence, size_t open, const Lexicon& lexicon);

}  // namespace stancegraph
