// ClauseReader: the rule-based reading of one sentence behind the functions
// in clause.h. A private header, not part of the public API: only the
// extract/clause*.cc files include it; everyone else uses clause.h.
//
// One reader is built per call and reads a single sentence through const
// references (the sentence and the lexicon must outlive it); Run() fills
// the reader's own state, so a reader serves one call on one thread.
// Its definitions are split by job:
//   clause_phrases.cc     verb groups, subjects, noun phrases, time adverbials
//   clause_cues.cc        matching cues, their certainty, analysis by kind of cue
//   clause_complements.cc what follows a cue: complements, infinitives, Emit
//   clause_discourse.cc   leading subject, datelines, report sources,
//                         quotation speakers, introduced topics
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/clause.h"
#include "extract/lexicon.h"
#include "extract/sentence.h"
#include "extract/text.h"

namespace stancegraph::detail {

constexpr size_t kMaxPhraseTokens = 14;

// Polarity of a stance toward a stance: opposing an opposition is support.
inline Stance Compose(Stance a, Stance b) { return a == b ? Stance::kSupport : Stance::kOppose; }

// What stands between a subject and its verb: auxiliaries, adverbs,
// negation. Read right to left from a cue; `begin` is where the subject ends.
struct VerbGroup {
  size_t begin = 0;
  int negations = 0;
  bool be = false;           // a form of "be": passives and adjective cues need one
  bool copula = false;       // remain, seem, ...
  bool modal_hedge = false;  // may, might, could, should
  bool would = false;
};

class ClauseReader {
 public:
  // Run() is defined in clause_cues.cc, the other readers in clause_discourse.cc.
  ClauseReader(const Sentence& sentence, const Lexicon& lexicon)
      : s_(sentence), t_(sentence.tokens), lx_(lexicon) {}

  std::vector<StanceMention> Run();
  Span LeadingSubject() const;
  size_t DatelineEnd() const;
  ReportClause ReportSource() const;
  bool ClosesAt(size_t i) const;
  std::vector<Span> IntroducedTopics() const;
  Span SpeakerAfter(size_t close) const;
  Span SpeakerBefore(size_t open) const;

 private:
  struct CueMatch {
    const Cue* cue = nullptr;
    CueForm form;
    size_t head = 0;
    size_t end = 0;     // one past the last cue word
    Span addressee;     // words between head and particle ("asked allies for")
  };

  // ---- token tests ----
  bool Word(size_t i) const {
    return i < t_.size() && (t_[i].kind == TokenKind::kWord || t_[i].kind == TokenKind::kNumber);
  }
  bool Is(size_t i, uint64_t classes) const { return Word(i) && (t_[i].classes & classes) != 0; }
  bool Lower(size_t i, std::string_view word) const { return i < t_.size() && t_[i].lower == word; }
  bool Capitalized(size_t i) const {
    return Word(i) && (t_[i].capitalized || t_[i].kind == TokenKind::kNumber) && !s_.title_case;
  }
  bool Adverb(size_t i) const {
    if (!Word(i) || t_[i].capitalized) return false;
    if (Is(i, kAdverb)) return true;
    std::string_view w = t_[i].lower;
    return w.size() > 4 && EndsWith(w, "ly") && w.find('-') == std::string::npos &&  // "driver-only"
           !Is(i, kVerb | kGroupNoun | kRoleNoun);
  }
  bool Negation(size_t i) const {
    return Lower(i, "not") || Lower(i, "n't") || Lower(i, "never") || Lower(i, "cannot");
  }
  bool Be(size_t i) const {
    static const char* forms[] = {"is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re"};
    for (const char* f : forms) if (Lower(i, f)) return true;
    return false;
  }
  // "friendly relations", "costly delays": an -ly word before its noun.
  bool AdjectiveInLy(size_t i) const {
    return !Is(i, kAdverb) && EndsWith(t_[i].lower, "ly") && Word(i + 1) && !Capitalized(i + 1) &&
           !Is(i + 1, kPreposition | kDeterminer | kConjunction | kSubordinator | kAuxiliary) &&
           !VerbLike(i + 1) && !Adverb(i + 1);
  }
  // Common adjective endings, for lists of modifiers ("owned, peaceful").
  bool AdjectiveLike(size_t i) const {
    if (!Word(i) || Capitalized(i)) return false;
    for (std::string_view ending : {"ed", "ful", "al", "ive", "ous", "ic", "ent", "ant", "able", "ible"}) {
      if (EndsWith(t_[i].lower, ending)) return true;
    }
    return false;
  }
  // "Burkina Faso and Niger": capitalised names up to an "and"/"or" and
  // one more name.
  bool NameListFollows(size_t i) const {
    for (size_t j = i; j < i + 10; ++j) {
      if (Capitalized(j) || Lower(j, ",")) continue;
      return (Lower(j, "and") || Lower(j, "or")) && Capitalized(j + 1);
    }
    return false;
  }
  // "peaceful, just and lasting": more modifiers, then "and"/"or" within a
  // few words, all lower case and none a clause word.
  bool ModifierListFollows(size_t i) const {
    for (size_t j = i; j < i + 8 && (Word(j) || Lower(j, ",")); ++j) {
      if (Capitalized(j) || Is(j, kDeterminer | kSubordinator | kPreposition | kSubjectPronoun |
                                      kAuxiliary | kReportingVerb)) {
        return false;
      }
      if ((Lower(j, "and") || Lower(j, "or")) && j > i) return true;
    }
    return false;
  }
  // "the horrible military campaign", "its strong support": up to three
  // modifiers between a determiner (or light verb) and the word at `i`.
  bool ModifiedNounAt(size_t i) const {
    for (size_t k = i; k-- > 0 && i - k <= 3;) {
      if (Is(k, kDeterminer | kPossessivePronoun | kLightVerb) || t_[k].kind == TokenKind::kPossessive) {
        return k + 1 < i;
      }
      if (!Word(k) || Capitalized(k) || Adverb(k) || Lower(k, "to") ||
          Is(k, kAuxiliary | kNegation | kSubjectPronoun | kPreposition | kConjunction) || VerbLike(k)) {
        return false;
      }
    }
    return false;
  }
  // "the strike", "its ban": a verb-like word right after a determiner or
  // possessive is a noun.
  bool NounAfterDeterminer(size_t i) const {
    return i > 0 && (Is(i - 1, kDeterminer | kPossessivePronoun) || t_[i - 1].kind == TokenKind::kPossessive);
  }
  // Whether a phrase can name someone who acts: "pushed for the alliance to
  // take over" (the alliance is asked to act), unlike "backed a levy to
  // fund the change" (the levy is the topic, the infinitive its purpose).
  bool ActorLike(Span phrase) const {
    size_t head = phrase.end - 1;
    return Capitalized(head) || t_[head].all_caps ||
           Is(head, kGroupNoun | kRoleNoun | kStateNoun | kObjectPronoun);
  }
  // Looks like a finite or participle verb, which ends a noun phrase.
  bool VerbLike(size_t i) const {
    if (!Word(i) || t_[i].capitalized) return false;
    if (Is(i, kAuxiliary | kReportingVerb | kCopula)) return true;
    std::string_view w = t_[i].lower;
    if (EndsWith(w, "ed") && !Is(i, kGroupNoun | kRoleNoun)) return true;
    if (Is(i, kGroupNoun)) return false;
    if (const std::vector<CueForm>* forms = t_[i].cues) {
      for (const CueForm& form : *forms) {
        if (form.cue->pos == CuePos::kVerb) return true;
      }
    }
    return false;
  }
  // "to" followed by a verb: an infinitive, not a preposition.
  bool InfinitiveAt(size_t i) const {
    if (!Lower(i, "to") || !Word(i + 1)) return false;
    size_t v = i + 1;
    while (Adverb(v)) ++v;
    if (!Word(v) || Capitalized(v) || t_[v].kind == TokenKind::kNumber) return false;
    if (Is(v, kVerb) || Lower(v, "be")) return true;
    if (EndsWith(t_[v].lower, "ing")) return false;  // "committed to exercising its right"
    for (std::string_view ending : {"ize", "ise", "ify"}) {
      if (EndsWith(t_[v].lower, ending)) return true;  // "to expeditiously finalize"
    }
    return Is(v + 1, kDeterminer | kPossessivePronoun) && !Is(v, kDeterminer | kQuantifier);
  }

  // ---- phrases (clause_phrases.cc) ----
  VerbGroup ReadVerbGroupLeft(size_t head) const;
  size_t TimeAdverbialLeft(size_t end) const;
  Span ReadSubjectLeft(size_t end) const;
  Span ClauseSubjectLeft(size_t end) const;
  Span CoordinatedVerbSubject(size_t verb_group_begin) const;
  Span SubjectOfClauseBefore(size_t end) const;
  Span ReadNounPhraseLeft(size_t end) const;
  Span ReadNounPhraseRight(size_t begin, bool stop_at_over) const;
  size_t SkipIndirectObject(size_t begin) const;
  bool TimePhraseAt(size_t begin) const;
  Span WhatTheAmountIsFor(Span topic) const;

  // ---- cues (clause_cues.cc) ----
  std::vector<CueMatch> MatchCues() const;
  bool ToControllingVerb(VerbGroup* group, double* confidence) const;
  bool MatchAt(size_t head, const CueForm& form, CueMatch* match) const;
  void Analyse(const CueMatch& m);
  void AnalyseVerb(const CueMatch& m);
  void AnalyseAdjective(const CueMatch& m);
  void AnalyseNoun(const CueMatch& m);
  void AnalyseForInfinitive(const CueMatch& m);
  void AnalyseEvaluation(const CueMatch& m);
  bool JudgedTopic(Span topic) const;
  double Certainty(const CueMatch& m, const VerbGroup& group) const;
  std::string CueText(const VerbGroup& group, size_t head, size_t end) const;

  // ---- complements (clause_complements.cc) ----
  // Reads what follows a cue per its frames and emits the mentions.
  void ReadComplement(const CueMatch& m, Span actor, const VerbGroup& group, double confidence);
  // "to VERB ...": composes the verb's own stance and finds the topic.
  bool ReadInfinitive(size_t verb, StanceMention base, Stance outer);
  void Emit(StanceMention mention, Span topic, bool read_coordinated_topics);

  const Sentence& s_;
  const std::vector<Token>& t_;
  const Lexicon& lx_;
  std::vector<bool> consumed_;  // tokens used as the inner verb of an outer cue
  std::vector<StanceMention> out_;
};

}  // namespace stancegraph::detail
