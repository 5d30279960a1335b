#include "extract/clause.h"

#include <algorithm>

#include "extract/morphology.h"
#include "extract/text.h"

namespace stancegraph {
namespace {

constexpr size_t kMaxPhraseTokens = 14;

// Polarity of a stance toward a stance: opposing an opposition is support.
Stance Compose(Stance a, Stance b) { return a == b ? Stance::kSupport : Stance::kOppose; }

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
    const std::string& w = t_[i].lower;
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
    const std::string& w = t_[i].lower;
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

  // ---- phrases ----
  VerbGroup ReadVerbGroupLeft(size_t head) const;
  bool ToControllingVerb(VerbGroup* group, double* confidence) const;
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

  // ---- cues ----
  std::vector<CueMatch> MatchCues() const;
  bool MatchAt(size_t head, const CueForm& form, CueMatch* match) const;
  void Analyse(const CueMatch& m);
  void AnalyseVerb(const CueMatch& m);
  void AnalyseAdjective(const CueMatch& m);
  void AnalyseNoun(const CueMatch& m);
  void AnalyseForInfinitive(const CueMatch& m);
  void AnalyseEvaluation(const CueMatch& m);
  bool JudgedTopic(Span topic) const;
  // Reads what follows a cue per its frames and emits the mentions.
  void ReadComplement(const CueMatch& m, Span actor, const VerbGroup& group, double confidence);
  // "to VERB ...": composes the verb's own stance and finds the topic.
  bool ReadInfinitive(size_t verb, StanceMention base, Stance outer);
  void Emit(StanceMention mention, Span topic, bool read_coordinated_topics);
  double Certainty(const CueMatch& m, const VerbGroup& group) const;
  std::string CueText(const VerbGroup& group, size_t head, size_t end) const;

  const Sentence& s_;
  const std::vector<Token>& t_;
  const Lexicon& lx_;
  std::vector<bool> consumed_;  // tokens used as the inner verb of an outer cue
  std::vector<StanceMention> out_;
};

// ------------------------------------------------------------------ phrases

VerbGroup ClauseReader::ReadVerbGroupLeft(size_t head) const {
  VerbGroup g;
  size_t j = head;
  while (j > 0) {
    size_t p = j - 1;
    if (Negation(p)) {
      ++g.negations;
    } else if (Lower(p, "longer") && Lower(p - 1, "no") && p > 0) {
      ++g.negations;
      --j;
    } else if (Is(p, kAuxiliary)) {
      g.be |= Be(p);
      // "could not accept" is a refusal, not a hedge: "could" hedges only
      // when no negation follows it.
      g.modal_hedge |= Lower(p, "may") || Lower(p, "might") || Lower(p, "should") ||
                       (Lower(p, "could") && g.negations == 0);
      g.would |= Lower(p, "would") || Lower(p, "'d");
    } else if (Is(p, kCopula)) {
      g.copula = true;
    } else if (size_t time = TimeAdverbialLeft(j); time < j) {
      j = time;  // "Germany on Tuesday rejected", "Ottawa last week condemned"
      continue;
    } else if (t_[p].kind == TokenKind::kOpenQuote && p + 1 < t_.size() && Word(p + 1)) {
      // `it “firmly opposes” the move`: quotation marks around the cue.
    } else if (!Adverb(p)) {
      break;
    }
    --j;
  }
  g.begin = j;
  return g;
}

// Where a time adverbial that ends at `end` begins ("on Tuesday", "last
// week", "earlier this month", "on March 4"); `end` when there is none.
size_t ClauseReader::TimeAdverbialLeft(size_t end) const {
  size_t b = end;
  bool time_word = false;
  while (b > 0 && end - b < 5) {
    size_t p = b - 1;
    bool part = Is(p, kTimeWord) || t_[p].kind == TokenKind::kNumber || Lower(p, "on") ||
                Lower(p, "late") || Lower(p, "early") || Lower(p, "this");
    if (!part) break;
    time_word |= Is(p, kTimeWord);
    --b;
    if (Lower(b, "on")) break;  // the preposition opens the adverbial
  }
  return time_word ? b : end;
}

// The subject that ends at `end`, past an appositive or a parenthetical
// adverb set off by commas ("Maria Lopez, the mayor of Riverton, supports";
// "Berlin, however, rejected").
Span ClauseReader::ReadSubjectLeft(size_t end) const {
  if (end >= 2 && ((Lower(end - 1, "who") && !t_[end - 1].all_caps) ||  // not "the WHO"
                   (Lower(end - 1, "which") && Lower(end - 2, ",") && ActorLike({end - 3, end - 2})))) {
    // "Owen Pryor, who voted to hold": the relative pronoun's antecedent.
    size_t before = Lower(end - 2, ",") ? end - 2 : end - 1;
    return ReadNounPhraseLeft(before);
  }
  if (end > 0 && Lower(end - 1, ",")) {
    size_t close = end - 1;
    // A relative clause may hold commas of its own: "Digital Industry Group
    // Inc, which represents Google, Meta and TikTok, said".
    for (size_t open = close; open > 0 && close - open < 24;) {
      --open;
      if (!Word(open) && t_[open].kind != TokenKind::kPossessive && !Lower(open, ",")) break;
      if (Lower(open, ",") && (Lower(open + 1, "which") || Lower(open + 1, "who"))) {
        return ReadNounPhraseLeft(open);
      }
    }
    size_t open = close;
    while (open > 0 && close - open < 12) {
      --open;
      if (Lower(open, ",")) break;
      if (!Word(open) && t_[open].kind != TokenKind::kPossessive) return {};
    }
    if (open == close || !Lower(open, ",")) return {};
    size_t first = open + 1;
    bool name = true;
    for (size_t k = first; k < close; ++k) name &= Capitalized(k) || t_[k].all_caps;
    if (name && close - first <= 4 && Is(open - 1, kRoleNoun | kTitle | kGroupNoun)) {
      return {first, close};  // "Its parliamentary leader, Jorge Peña, said"
    }
    bool apposition = Is(first, kDeterminer | kPossessivePronoun | kRoleNoun | kTitle) ||
                      Lower(first, "who") || Lower(first, "which");
    bool parenthetical = true;
    for (size_t k = first; k < close; ++k) parenthetical &= Adverb(k) || Is(k, kConjunction);
    if (!apposition && !parenthetical) return {};
    return ReadNounPhraseLeft(open);
  }
  return ReadNounPhraseLeft(end);
}

// The whole subject of a clause that ends at `end`, prepositional phrases
// and all: "The ban on bottom trawling in marine protected areas (was
// welcomed by ...)". It starts the sentence or follows a comma, a colon or
// "that"; empty when something else (a verb, a clause word) intervenes.
Span ClauseReader::ClauseSubjectLeft(size_t end) const {
  // Past a parenthetical set off by commas: "A price cap, backed by 15
  // countries, was rejected".
  if (end >= 2 && Lower(end - 1, ",")) {
    size_t open = end - 1;
    while (open > 0 && end - open < kMaxPhraseTokens && !Lower(open - 1, ",")) --open;
    if (open > 1 && Lower(open - 1, ",")) {
      Span before = ClauseSubjectLeft(open - 1);
      if (!before.empty()) return before;
    }
    return {};
  }
  size_t b = end;
  while (b > 0 && end - b < kMaxPhraseTokens) {
    size_t p = b - 1;
    if (Lower(p, ",") || Lower(p, ":") || Lower(p, "that") || t_[p].kind == TokenKind::kOpenQuote) break;
    if (!Word(p) && t_[p].kind != TokenKind::kPossessive) return {};
    if (Is(p, kAuxiliary | kReportingVerb | kSubordinator | kSubjectPronoun) && !Capitalized(p)) return {};
    --b;
  }
  if (b == end || (b > 0 && end - b >= kMaxPhraseTokens)) return {};
  return {b, end};
}

// The subject of the last finite verb before `end` ("... after the BBB
// pulled out of the coalition, saying ..." -> the BBB); empty when none.
Span ClauseReader::SubjectOfClauseBefore(size_t end) const {
  for (size_t v = end; v-- > 0;) {
    if (Lower(v, ",") || t_[v].kind == TokenKind::kOpenQuote) return {};
    if (!VerbLike(v) || Is(v, kAuxiliary) || !EndsWith(t_[v].lower, "ed")) continue;
    VerbGroup group = ReadVerbGroupLeft(v);
    Span subject = ReadSubjectLeft(group.begin);
    if (!subject.empty()) return subject;
  }
  return {};
}

// "Duda supports membership and has called for a roadmap": a verb right
// after "and"/"but" shares the subject of the clause before it, which is
// the subject of an earlier cue or, failing that, the sentence's subject.
// (Coordinated subjects never put "and" right before the verb group.)
// Empty when the verb does not follow a coordinator.
Span ClauseReader::CoordinatedVerbSubject(size_t verb_group_begin) const {
  size_t c = verb_group_begin;
  if (c == 0 || !(Lower(c - 1, "and") || Lower(c - 1, "but") || Lower(c - 1, "or"))) return {};
  for (size_t k = out_.size(); k-- > 0;) {
    if (out_[k].clause_subject && out_[k].actor.end <= c - 1 && out_[k].cue_span.begin < c - 1) {
      return out_[k].actor;
    }
  }
  Span lead = LeadingSubject();
  return lead.end <= c - 1 ? lead : Span{};
}

Span ClauseReader::ReadNounPhraseLeft(size_t end) const {
  size_t b = end;
  bool coordinated = false;
  while (b > 0 && end - b < kMaxPhraseTokens) {
    size_t p = b - 1;
    const Token& tok = t_[p];
    if (tok.kind == TokenKind::kPossessive) { --b; continue; }
    if (!Word(p)) {
      if (Lower(p, ",") && coordinated && p > 0 && Capitalized(p - 1)) { --b; continue; }
      if (Lower(p, "&") && p > 0 && Capitalized(p - 1)) { --b; continue; }
      break;
    }
    if (Is(p, kSubjectPronoun) && !Is(p, kPossessivePronoun)) {
      if (b == end) b = p;  // a pronoun is a whole noun phrase
      break;
    }
    if (Lower(p, "and") || Lower(p, "or")) {
      if (p > 0 && Lower(p - 1, ",")) break;  // ", and the ministry welcomed it": a new clause
      coordinated = true;
      --b;
      continue;
    }
    if (Lower(p, "of")) { --b; continue; }
    if ((Lower(p, "to") || Lower(p, "for")) && p > 0 && t_[p - 1].capitalized && Is(p - 1, kTitle)) {
      --b;  // "U.S. Ambassador to NATO Julianne Smith", "Minister for Europe"
      continue;
    }
    if (Is(p, kDeterminer | kQuantifier | kPossessivePronoun) && !Lower(p, "that")) { --b; continue; }
    if (Capitalized(p) || (s_.title_case && !Is(p, kPreposition | kSubordinator))) {
      if (Is(p, kPreposition | kSubordinator | kConjunction | kAuxiliary) && !t_[p].all_caps &&
          p == 0 && !s_.title_case) {
        break;  // "In", "After" opening the sentence
      }
      --b;
      continue;
    }
    bool noun = Is(p, kGroupNoun | kRoleNoun);  // "states", "reports" can be either
    if (!noun && (Is(p, kPreposition | kSubordinator | kAuxiliary | kReportingVerb | kNegation |
                         kCopula | kConjunction) ||
                  Adverb(p) || (VerbLike(p) && !NounAfterDeterminer(p)))) {
      break;
    }
    --b;  // a common noun or adjective
  }
  // Trim words that cannot open a noun phrase.
  while (b < end && (Lower(b, "and") || Lower(b, "or") || Lower(b, "of") || Lower(b, ",") ||
                     t_[b].kind == TokenKind::kPossessive)) {
    ++b;
  }
  // "Farmers in Ottawa rejected ...": the place only says where the
  // farmers are; the subject is the noun before the preposition.
  if (b >= 2 && b < end && (Lower(b - 1, "in") || Lower(b - 1, "at") || Lower(b - 1, "from") ||
                            Lower(b - 1, "across") || Lower(b - 1, "including"))) {
    Span before = ReadNounPhraseLeft(b - 1);
    if (!before.empty()) return before;
  }
  return {b, end};
}

// "next year", "the coming months", "this week": a time expression that
// ends its phrase ("the next round of talks" does not).
bool ClauseReader::TimePhraseAt(size_t begin) const {
  for (size_t j = begin; j < begin + 3 && Word(j); ++j) {
    if (Is(j, kTimeWord)) {
      bool ends = !Word(j + 1) || Is(j + 1, kPreposition | kConjunction | kSubordinator | kAuxiliary);
      if (ends && !Lower(j + 1, "of")) return true;
    }
    if (Is(j, kPreposition | kConjunction)) return false;
  }
  return false;
}

// Skips "Kenya" in "offer Kenya a loan" and "us" in "give us weapons".
size_t ClauseReader::SkipIndirectObject(size_t begin) const {
  size_t i = begin;
  if (Is(i, kObjectPronoun) && Is(i + 1, kDeterminer | kQuantifier | kPossessivePronoun)) return i + 1;
  while (Word(i) && t_[i].capitalized && i - begin < 4) ++i;
  if (i > begin && Is(i, kDeterminer | kQuantifier | kPossessivePronoun) && !Is(i + 1, kTimeWord)) {
    return i;
  }
  return begin;
}

Span ClauseReader::ReadNounPhraseRight(size_t begin, bool stop_at_over) const {
  size_t i = begin;
  while (Adverb(i) && !Is(i, kDeterminer)) ++i;
  size_t start = i;
  size_t content = 0;
  bool after_preposition = false;
  // A clause is not a noun phrase: "demands that Ukraine drop its bid".
  if (Is(i, kSubordinator) && !Is(i + 1, kPreposition | kConjunction) && Word(i + 1) &&
      !(Lower(i, "that") && !Capitalized(i + 1) && !Is(i + 1, kDeterminer | kSubjectPronoun))) {
    return {i, i};
  }
  if (Is(i, kObjectPronoun) || Lower(i, "this") || Lower(i, "that")) {
    if (!Word(i + 1) || Is(i + 1, kPreposition | kSubordinator | kConjunction) || Adverb(i + 1)) {
      return {i, i + 1};  // a pronoun standing for a topic ("condemned it")
    }
  }
  while (i < t_.size() && i - start < kMaxPhraseTokens) {
    const Token& tok = t_[i];
    if (tok.kind == TokenKind::kPossessive) { ++i; continue; }
    if ((tok.kind == TokenKind::kOpenQuote && Word(i + 1)) ||
        (tok.kind == TokenKind::kCloseQuote && content > 0 && Word(i + 1) && !Is(i + 1, kReportingVerb) &&
         !Is(i + 1, kSubjectPronoun))) {
      ++i;  // a quoted name inside the phrase: EU-funded ‘Drone Wall’
      continue;
    }
    if (!Word(i)) break;
    if (Is(i, kDeterminer | kQuantifier | kPossessivePronoun) && !Capitalized(i)) {
      // A new noun phrase begins, unless it is the object of a gerund:
      // "dropping the membership action plan".
      bool gerund_object = content == 1 && i > 0 && EndsWith(t_[i - 1].lower, "ing");
      if (content > 0 && !after_preposition && !gerund_object) break;
      ++i;
      continue;
    }
    if (Is(i, kPreposition) && !Capitalized(i)) {
      if (content == 0 || (stop_at_over && Lower(i, "over"))) break;
      bool attaches = Lower(i, "of") || Lower(i, "for") || Lower(i, "on") || Lower(i, "to") ||
                      Lower(i, "against") || Lower(i, "from") || Lower(i, "between") ||
                      Lower(i, "among") || Lower(i, "into") || Lower(i, "about") ||
                      (Lower(i, "by") && t_[i + 1 < t_.size() ? i + 1 : i].kind == TokenKind::kWord &&
                       (Capitalized(i + 1) || (Lower(i + 1, "the") && Capitalized(i + 2))));
      if (!attaches) break;
      if (TimePhraseAt(i + 1)) break;
      if (InfinitiveAt(i)) {
        // "the proposal to relax targets": the infinitive names the topic.
        size_t head = i - 1;
        if (!Is(head, kProposalNoun)) break;
        i += 2;
        after_preposition = true;
        continue;
      }
      after_preposition = true;
      ++i;
      continue;
    }
    if ((Lower(i, "rather") && Lower(i + 1, "than")) || (Lower(i, "instead") && Lower(i + 1, "of"))) {
      break;
    }
    if (Lower(i, ",") && content > 0 && Capitalized(i - 1) && Capitalized(i + 1) && NameListFollows(i + 1)) {
      ++i;  // "Mali, Burkina Faso and Niger"
      continue;
    }
    if (Lower(i, "and") || Lower(i, "or")) {
      bool noun_follows = Word(i + 1) && !Is(i + 1, kDeterminer | kQuantifier | kPossessivePronoun |
                                                        kSubjectPronoun | kAuxiliary) &&
                          !VerbLike(i + 1) && !Adverb(i + 1);
      // "to assume its responsibility and bring an end": a second verb phrase.
      if (Is(i + 1, kVerb) && Is(i + 2, kDeterminer | kPossessivePronoun | kObjectPronoun)) {
        noun_follows = false;
      }
      if (content == 0 || !noun_follows) break;
      ++i;
      continue;
    }
    if (Is(i, kSubordinator | kAuxiliary | kNegation | kHedge | kSubjectPronoun | kConjunction) &&
        !Capitalized(i)) {
      break;
    }
    // "said", "says" end a phrase; a bare "signal" or "report" is a noun.
    if (Is(i, kReportingVerb) && content > 0 && !Capitalized(i) &&
        (EndsWith(tok.lower, "ed") || EndsWith(tok.lower, "s") || tok.lower == "said" ||
         tok.lower == "told" || tok.lower == "say")) {
      break;
    }
    if (Is(i, kTimeWord) && !Capitalized(i) && content > 0) break;
    if (content > 0 && !Capitalized(i) && EndsWith(tok.lower, "ed") &&
        (!Word(i + 1) || Is(i + 1, kPreposition | kDeterminer | kTimeWord) || Adverb(i + 1))) {
      break;  // a reduced relative: "the agreement signed in ..."
    }
    if (content > 0 && Adverb(i) && !AdjectiveInLy(i) && !Lower(i - 1, ",")) break;
    ++content;
    // "nationally owned, peaceful and lasting solutions": a list of
    // modifiers separated by commas goes on to its noun.
    if (Lower(i + 1, ",") && AdjectiveLike(i) && ModifierListFollows(i + 2)) ++i;
    after_preposition = false;
    ++i;
  }
  // Drop trailing words that cannot end a noun phrase.
  while (i > start && ((Is(i - 1, kPreposition | kConjunction | kDeterminer | kPossessivePronoun) &&
                        !Capitalized(i - 1)) ||
                       Lower(i - 1, ","))) {
    --i;
  }
  if (content == 0) return {start, start};
  return {start, i};
}

// "£2.5 billion in military support", "$40 million for refugee
// resettlement": the topic is what the money is for, not the amount.
Span ClauseReader::WhatTheAmountIsFor(Span topic) const {
  size_t i = topic.begin;
  if (i >= t_.size() || t_[i].kind != TokenKind::kNumber) return topic;
  ++i;
  while (Is(i, kScaleWord)) ++i;
  if (!(Lower(i, "in") || Lower(i, "of") || Lower(i, "for") || Lower(i, "to"))) return topic;
  Span what = ReadNounPhraseRight(i + 1, false);
  return what.empty() ? topic : what;
}

// ------------------------------------------------------------------ cues

bool ClauseReader::MatchAt(size_t head, const CueForm& form, CueMatch* match) const {
  const Cue& cue = *form.cue;
  // "would not back down", "backed off": a particle makes another verb.
  if (cue.pos == CuePos::kVerb && cue.words.size() == 1 &&
      (Lower(head + 1, "down") || Lower(head + 1, "off") || Lower(head + 1, "away") ||
       Lower(head + 1, "out"))) {
    return false;
  }
  size_t i = head + 1;
  Span gap;
  for (size_t w = 1; w < cue.words.size(); ++w) {
    if (i < t_.size() && t_[i].kind == TokenKind::kCloseQuote) ++i;  // “strongly opposed” to
    if (w == 1 && (cue.frames & kFrameAddressee) && !Lower(i, cue.words[w])) {
      // An addressee between head and particle: "asked allies for".
      size_t k = i;
      while (k < t_.size() && k - i < 6 && Word(k) && !Lower(k, cue.words[w])) ++k;
      if (!Lower(k, cue.words[w]) || k == i) return false;
      gap = {i, k};
      i = k;
    }
    if (!Lower(i, cue.words[w])) return false;
    ++i;
  }
  *match = {&cue, form, head, i, gap};
  return true;
}

std::vector<ClauseReader::CueMatch> ClauseReader::MatchCues() const {
  std::vector<CueMatch> matches;
  for (size_t i = 0; i < t_.size(); ++i) {
    if (!Word(i)) continue;
    const std::vector<CueForm>* forms = t_[i].cues;
    if (!forms) continue;
    // "the United Nations Support Mission": a capital inside a sentence
    // marks a name, not a cue (headlines in Title Case aside).
    if (Capitalized(i) && !t_[i].all_caps && i > 0 && t_[i - 1].kind != TokenKind::kOpenQuote &&
        !Lower(i - 1, ":")) {
      continue;
    }
    // Longest match at this position; among equals, the verb reading.
    CueMatch best;
    for (const CueForm& form : *forms) {
      CueMatch m;
      if (!MatchAt(i, form, &m)) continue;
      size_t words = m.cue->words.size(), best_words = best.cue ? best.cue->words.size() : 0;
      bool noun_context = i > 0 && (Is(i - 1, kDeterminer | kPossessivePronoun | kLightVerb) ||
                                    t_[i - 1].kind == TokenKind::kPossessive || ModifiedNounAt(i));
      bool prefer = !best.cue || words > best_words ||
                    (words == best_words && (m.cue->pos == CuePos::kNoun) == noun_context);
      if (prefer) best = m;
    }
    if (best.cue) matches.push_back(best);
  }
  return matches;
}

double ClauseReader::Certainty(const CueMatch& m, const VerbGroup& group) const {
  double confidence = m.cue->weight;
  if (group.modal_hedge) confidence *= 0.5;
  if (group.would) {
    bool reported = false;
    for (size_t k = 0; k < group.begin; ++k) reported |= Is(k, kReportingVerb);
    if (!reported) confidence *= 0.75;
  }
  // A cue inside an if-clause states no position; after one, a weak one.
  size_t comma = t_.size();
  for (size_t k = 0; k < t_.size(); ++k) {
    if (Lower(k, ",")) { comma = k; break; }
  }
  for (size_t k = 0; k < m.head; ++k) {
    if (!Is(k, kCondition) || (Capitalized(k) && k != 0)) continue;
    if (k == 0 && m.head < comma) return 0.0;
    confidence *= 0.6;
    break;
  }
  // "... will oppose the budget if the council raises fares"
  for (size_t k = m.end; k < t_.size(); ++k) {
    if (Is(k, kCondition) && s_.quote[k] == s_.quote[m.head]) {
      confidence *= 0.5;
      break;
    }
  }
  // "did not think Ukraine was ready": a negated belief states no position;
  // "believes X backs Y" is an opinion about X, so a weaker claim.
  for (size_t k = 0; k < m.head; ++k) {
    if (!Is(k, kBeliefVerb) || s_.quote[k] != s_.quote[m.head]) continue;
    if (k > 0 && (Negation(k - 1) || (k > 1 && Negation(k - 2)))) return 0.0;
    confidence *= 0.8;
    break;
  }
  if (s_.title_case) confidence *= 0.9;
  // A relative clause ("consumer groups, who fear higher prices") often
  // gives a reason rather than a position.
  if (group.begin > 0 && Lower(group.begin - 1, "who") && !t_[group.begin - 1].all_caps) confidence *= 0.8;
  return confidence;
}

std::string ClauseReader::CueText(const VerbGroup& group, size_t head, size_t end) const {
  std::string text;
  for (size_t k = group.begin; k < end; ++k) {
    if (k < head && !Negation(k) && !Lower(k, "no")) continue;
    if (t_[k].kind == TokenKind::kOpenQuote || t_[k].kind == TokenKind::kCloseQuote) continue;
    if (!text.empty() && t_[k].kind != TokenKind::kPossessive) text += ' ';
    text += t_[k].lower;
  }
  return text;
}

std::vector<StanceMention> ClauseReader::Run() {
  if (s_.question) return {};
  consumed_.assign(t_.size(), false);
  for (const CueMatch& m : MatchCues()) {
    if (consumed_[m.head]) continue;
    Analyse(m);
  }
  return std::move(out_);
}

void ClauseReader::Analyse(const CueMatch& m) {
  if (m.cue->frames & kFrameForInfinitive) return AnalyseForInfinitive(m);
  switch (m.cue->pos) {
    case CuePos::kVerb: return AnalyseVerb(m);
    case CuePos::kAdjective:
    case CuePos::kFixed: return AnalyseAdjective(m);
    case CuePos::kNoun: return AnalyseNoun(m);
    case CuePos::kEvaluation: return AnalyseEvaluation(m);
  }
}

// "voted to back", "is expected to back", "wish to reiterate our support":
// the verb group after "to" takes the subject of the control verb before
// it; hedging verbs ("expected", "considering") weaken the claim. False
// when no control verb governs the infinitive.
bool ClauseReader::ToControllingVerb(VerbGroup* group, double* confidence) const {
  size_t control = group->begin - 1;
  while (control > 0 && Adverb(control - 1)) --control;
  if (control == 0 || !Is(control - 1, kControlVerb | kHedgeControl)) return false;
  if (Is(control - 1, kHedgeControl)) *confidence *= 0.5;  // a forecast, not a position
  VerbGroup outer = ReadVerbGroupLeft(control - 1);
  outer.negations += group->negations;
  *group = outer;
  return true;
}

void ClauseReader::AnalyseVerb(const CueMatch& m) {
  const std::string& form = t_[m.head].lower;
  VerbGroup group = ReadVerbGroupLeft(m.head);
  size_t subject_end = group.begin;
  double confidence = Certainty(m, group);
  if (confidence <= 0) return;
  if (group.begin > 0 && Lower(group.begin - 1, "to")) {
    // "voted to back", "is expected to back": the subject belongs to the
    // verb before "to"; hedging verbs weaken the claim.
    size_t control = group.begin - 1;
    while (control > 0 && Adverb(control - 1)) --control;
    if (s_.headline && control > 0 && !Is(control - 1, kControlVerb | kHedgeControl)) {
      // Headlines say "X to cut Y" for "X will cut Y".
      Span actor = ReadSubjectLeft(control);
      if (actor.empty() || actor.begin != DatelineEnd()) return;
      ReadComplement(m, actor, group, confidence * 0.9);
      return;
    }
    if (!ToControllingVerb(&group, &confidence)) return;
    subject_end = group.begin;
  }
  bool progressive = EndsWith(form, "ing");
  if (progressive && !group.be) {
    // "Nurses walked off the job, demanding a pay rise": a participle
    // clause after a comma shares the sentence's subject. Elsewhere an -ing
    // form has no subject of its own ("plans for supporting").
    if (group.begin == 0 || !Lower(group.begin - 1, ",") || group.negations > 0) return;
    Span subject = SubjectOfClauseBefore(group.begin - 1);
    if (subject.empty()) subject = LeadingSubject();
    if (subject.empty() || subject.end >= group.begin) return;
    ReadComplement(m, subject, group, confidence * 0.9);
    return;
  }
  if (group.begin == m.head && m.head > 0 &&
      (Is(m.head - 1, kDeterminer | kPossessivePronoun) || t_[m.head - 1].kind == TokenKind::kPossessive)) {
    return;  // a noun: "the support of"
  }
  if (m.form.past_participle_or_past && group.be && Lower(m.end, "by")) {
    // Passive: "was backed by a majority of senators".
    // "a majority of" is stripped where actors are named (actor_resolver).
    Span actor = ReadNounPhraseRight(m.end + 1, false);
    Span topic = ClauseSubjectLeft(subject_end);
    if (topic.empty()) topic = ReadSubjectLeft(subject_end);
    if (actor.empty() || topic.empty()) return;
    StanceMention mention;
    mention.actor = actor;
    mention.stance = group.negations % 2 ? Compose(m.cue->stance, Stance::kOppose) : m.cue->stance;
    mention.cue = CueText(group, m.head, m.end + 1);
    mention.cue_span = {m.head, m.end + 1};
    mention.confidence = confidence;
    Emit(mention, topic, false);
    return;
  }
  if (m.form.past_participle_or_past && !group.be && Lower(m.end, "by") && subject_end > 0 &&
      group.negations == 0 && (Lower(subject_end - 1, ",") || (Word(subject_end - 1) && !VerbLike(subject_end - 1) &&
                                                               !Is(subject_end - 1, kAuxiliary | kConjunction |
                                                                                        kSubjectPronoun | kPreposition)))) {
    // A reduced relative: "a price cap, backed by 15 countries,", "the
    // limits proposed by the ministry": the noun before is the topic.
    Span actor = ReadNounPhraseRight(m.end + 1, false);
    Span topic = ReadNounPhraseLeft(Lower(subject_end - 1, ",") ? subject_end - 1 : subject_end);
    if (actor.empty() || topic.empty() || !JudgedTopic(topic)) return;
    StanceMention mention;
    mention.actor = actor;
    mention.stance = m.cue->stance;
    mention.cue = CueText(group, m.head, m.end + 1);
    mention.cue_span = {m.head, m.end + 1};
    mention.confidence = confidence * 0.9;
    Emit(mention, topic, false);
    return;
  }
  if (m.form.past_participle_or_past && Lower(m.end, "by") && subject_end > 0 &&
      (Lower(subject_end - 1, "but") || Lower(subject_end - 1, "and"))) {
    // "was welcomed by X but criticised by Y": the second passive shares
    // the first one's topic.
    for (size_t k = out_.size(); k-- > 0;) {
      if (out_[k].topic.end > subject_end || out_[k].actor.begin < out_[k].cue_span.end) continue;
      StanceMention second = out_[k];
      second.actor = ReadNounPhraseRight(m.end + 1, false);
      if (second.actor.empty()) return;
      second.stance = group.negations % 2 ? Compose(m.cue->stance, Stance::kOppose) : m.cue->stance;
      second.cue = CueText(group, m.head, m.end + 1);
      second.cue_span = {m.head, m.end + 1};
      second.confidence = confidence;
      second.addressee = {};
      Emit(second, second.topic, false);
      return;
    }
    return;
  }
  if (m.form.past_participle_or_past && group.be && !progressive) return;  // agentless passive
  if (subject_end >= 3 && Is(subject_end - 2, kAuxiliary) && Lower(subject_end - 3, "nor") &&
      Is(subject_end - 1, kSubjectPronoun)) {
    ++group.negations;  // "..., nor does it back the plan"
  }
  Span actor = CoordinatedVerbSubject(subject_end);
  if (actor.empty() && subject_end > 0 && Lower(subject_end - 1, ":")) {
    actor = ReadNounPhraseLeft(subject_end - 1);  // "Germany: supports the proposal"
  }
  if (actor.empty()) actor = ReadSubjectLeft(subject_end);
  if (actor.empty()) return;
  ReadComplement(m, actor, group, confidence);
}

void ClauseReader::AnalyseAdjective(const CueMatch& m) {
  VerbGroup group = ReadVerbGroupLeft(m.head);
  if (!group.be && !group.copula) {
    // "X voted in favour of", "X came out against" are verb cues; a bare
    // adjective without "be" is attributive ("a ready supply").
    return;
  }
  double confidence = Certainty(m, group);
  if (confidence <= 0) return;
  Span actor = CoordinatedVerbSubject(group.begin);
  if (actor.empty()) actor = ReadSubjectLeft(group.begin);
  if (actor.empty()) return;
  ReadComplement(m, actor, group, confidence);
}

void ClauseReader::AnalyseNoun(const CueMatch& m) {
  size_t k = m.head;
  while (k > 0 && Word(k - 1) && !Capitalized(k - 1) &&
         !Is(k - 1, kDeterminer | kPossessivePronoun | kLightVerb | kAuxiliary | kPreposition |
                        kSubordinator | kConjunction | kNegation)) {
    --k;  // adjectives: "strong support for", "renewed request for"
  }
  Span actor;
  VerbGroup group;
  group.begin = m.head;
  if (k > 0 && t_[k - 1].kind == TokenKind::kPossessive) {
    actor = ReadNounPhraseLeft(k - 1);  // "Kyiv's request for"
  } else {
    bool no = false;
    if (k > 0 && (Is(k - 1, kPossessivePronoun) || Lower(k - 1, "a") || Lower(k - 1, "an") ||
                  Lower(k - 1, "no"))) {
      no = Lower(k - 1, "no");  // "had no objection to": the opposite stance
      --k;  // "reiterated its support for", "filed an appeal against"
    }
    if (k == 0 || !Is(k - 1, kLightVerb)) return;
    group = ReadVerbGroupLeft(k - 1);
    group.negations += no;
    double unused = 1.0;
    if (group.begin > 0 && Lower(group.begin - 1, "to") && !ToControllingVerb(&group, &unused)) return;
    actor = CoordinatedVerbSubject(group.begin);
    if (actor.empty()) actor = ReadSubjectLeft(group.begin);
  }
  if (actor.empty()) return;
  double confidence = Certainty(m, group);
  if (confidence <= 0) return;
  ReadComplement(m, actor, group, confidence);
}

// A judgement is a stance on what it judges, by whoever judges:
//   "the governors called the freeze “reckless”"  (the subject of "called")
//   "Roux said the deal was “unacceptable”"       (the source of the report)
//   "“A cap is the wrong answer,” said Brandt"     (the quotation's speaker)
// Only things that can be policies are judged ("the deal", "the ban", "it",
// "cutting the budget"); "the situation is dangerous" is no stance.
void ClauseReader::AnalyseEvaluation(const CueMatch& m) {
  // The judgement ends its phrase, perhaps with one noun ("the wrong
  // answer", "a historic step"); "dangerous weapons were found" judges nothing.
  size_t after = m.end;
  if (Word(after) && !Is(after, kPreposition | kConjunction | kSubordinator) && !Capitalized(after) &&
      !VerbLike(after)) {
    ++after;
  }
  if (after < t_.size() && t_[after].kind == TokenKind::kCloseQuote) ++after;
  if (Word(after) && !Is(after, kPreposition | kConjunction | kSubordinator)) return;
  size_t k = m.head;
  while (k > 0 && (Adverb(k - 1) || Lower(k - 1, "a") || Lower(k - 1, "an") || Lower(k - 1, "the") ||
                   t_[k - 1].kind == TokenKind::kOpenQuote)) {
    --k;
  }
  StanceMention mention;
  mention.stance = m.cue->stance;
  mention.cue_span = {m.head, m.end};
  double confidence = Certainty(m, VerbGroup{m.head});
  if (confidence <= 0) return;

  // "X called Y JUDGEMENT", "described Y as JUDGEMENT", "calling it JUDGEMENT"
  size_t judged_end = k > 0 && Lower(k - 1, "as") ? k - 1 : k;
  for (size_t v = judged_end; v-- > 0 && judged_end - v <= kMaxPhraseTokens;) {
    static const char* naming[] = {"called", "calling", "calls", "call", "described", "describing",
                                   "describes", "branded", "labelled", "labeled", "deemed", "declared"};
    bool names = std::any_of(std::begin(naming), std::end(naming), [&](const char* w) { return Lower(v, w); });
    if (!names) {
      if (!Word(v) && t_[v].kind != TokenKind::kPossessive) break;
      continue;
    }
    Span topic = ReadNounPhraseRight(v + 1, false);
    if (topic.empty() || topic.end + 1 < judged_end) return;
    topic.end = std::min(topic.end, judged_end);
    if (topic.empty() || !JudgedTopic(topic)) return;
    VerbGroup group = ReadVerbGroupLeft(v);
    Span actor;
    if (EndsWith(t_[v].lower, "ing")) {
      if (group.begin == 0 || !Lower(group.begin - 1, ",")) return;
      actor = LeadingSubject();  // "…, calling it reckless"
    } else {
      actor = CoordinatedVerbSubject(group.begin);
      if (actor.empty()) actor = ReadSubjectLeft(group.begin);
    }
    if (actor.empty()) return;
    mention.actor = actor;
    mention.stance = group.negations % 2 ? Compose(m.cue->stance, Stance::kOppose) : m.cue->stance;
    mention.cue = t_[v].lower + " ... " + CueText({m.head}, m.head, m.end);
    mention.confidence = confidence;
    Emit(mention, topic, false);
    return;
  }

  // "Y was JUDGEMENT": said by the report's source, else by the speaker.
  VerbGroup group = ReadVerbGroupLeft(k);
  if (!group.be && !group.copula) return;
  Span topic = ReadSubjectLeft(group.begin);
  if (topic.empty() || !JudgedTopic(topic)) return;
  if (Lower(topic.begin, "it") && (Lower(after, "to") || Lower(after, "that") || Lower(after, "for"))) {
    return;  // "it is unacceptable to ...": "it" stands for what follows, not a topic
  }
  mention.stance = group.negations % 2 ? Compose(m.cue->stance, Stance::kOppose) : m.cue->stance;
  mention.cue = CueText(group, m.head, m.end);
  mention.confidence = confidence;
  ReportClause report = ReportSource();
  if (!report.source.empty() && (report.verb < topic.begin || report.verb >= m.end) &&
      (report.source.end <= topic.begin || report.source.begin >= m.end)) {
    mention.actor = report.source;
  } else {
    mention.actor = {m.head, m.head};
    mention.speaker_is_actor = true;
  }
  Emit(mention, topic, false);
}

bool ClauseReader::JudgedTopic(Span topic) const {
  size_t head = topic.end - 1;
  if (topic.size() == 1) return Lower(head, "it");  // "this is good news" is too vague
  if (EndsWith(t_[topic.begin].lower, "ing") && !Capitalized(topic.begin)) return true;
  return Is(head, kInanimate | kTopicNoun | kProposalNoun) && !Capitalized(head);
}

void ClauseReader::AnalyseForInfinitive(const CueMatch& m) {
  // "out of the question for the union to accept a wage freeze"
  size_t to = m.end;
  while (to < t_.size() && to - m.end < 8 && !Lower(to, "to")) ++to;
  if (!Lower(to, "to") || to == m.end) return;
  VerbGroup group = ReadVerbGroupLeft(m.head);
  StanceMention base;
  base.actor = {m.end, to};
  base.cue = CueText(group, m.head, m.end);
  base.cue_span = {m.head, m.end};
  base.confidence = Certainty(m, group);
  if (base.confidence <= 0) return;
  Stance outer = group.negations % 2 ? Compose(m.cue->stance, Stance::kOppose) : m.cue->stance;
  ReadInfinitive(to + 1, base, outer);
}

void ClauseReader::ReadComplement(const CueMatch& m, Span actor, const VerbGroup& group,
                                  double confidence) {
  Stance stance = group.negations % 2 ? Compose(m.cue->stance, Stance::kOppose) : m.cue->stance;
  StanceMention base;
  base.actor = actor;
  // A possessor ("Bello's plan") is no clause subject for a later "and urged".
  base.clause_subject = !(actor.end < t_.size() && t_[actor.end].kind == TokenKind::kPossessive);
  base.stance = stance;
  base.confidence = confidence;
  base.cue = CueText(group, m.head, m.end);
  base.cue_span = {m.head, m.end};
  base.addressee = m.addressee;
  size_t next = m.end;
  if (next < t_.size() && t_[next].kind == TokenKind::kCloseQuote) ++next;  // “firmly opposes” the move
  if (Lower(next, "neither")) {
    // "seeks neither isolation nor hegemony": the opposite of the cue.
    stance = Compose(stance, Stance::kOppose);
    base.stance = stance;
    ++next;
  }
  const uint32_t frames = m.cue->frames;
  bool ends_with_to = m.cue->words.back() == "to";

  if (frames & kFrameAddresseeInfinitive) {
    // "urged member states to adopt", "called on wealthy nations to fund"
    size_t to = next;
    while (to < t_.size() && to - next < 8 && Word(to) && !Lower(to, "to")) ++to;
    // After "urged X to", a lower-case word is a verb even when verbs.txt
    // does not know it ("called on China to abide by").
    if (to > next && Lower(to, "to") &&
        (InfinitiveAt(to) || (Word(to + 1) && !Capitalized(to + 1) && t_[to + 1].kind == TokenKind::kWord &&
                              !Is(to + 1, kDeterminer | kQuantifier | kPossessivePronoun | kPreposition)))) {
      bool negated = Negation(to - 1);  // "urged allies not to let ..."
      base.addressee = {next, negated ? to - 1 : to};
      // Whether or not the infinitive names a topic, the addressee is no topic.
      ReadInfinitive(to + 1, base, negated ? Compose(stance, Stance::kOppose) : stance);
      return;
    }
  }
  if (frames & kFrameInfinitive) {
    size_t verb = next;
    if (!ends_with_to) {
      // "voted 9-4 on Thursday to cap", "voted overwhelmingly to reject"
      size_t to = verb;
      while (to < t_.size() && to - verb < 6 && !Lower(to, "to") &&
             (t_[to].kind == TokenKind::kNumber || Adverb(to) || Is(to, kTimeWord) || Lower(to, "on"))) {
        ++to;
      }
      if (Lower(to, "to")) verb = to + 1;
    }
    bool infinitive = (ends_with_to && Word(verb) && InfinitiveAt(verb - 1)) ||
                      (!ends_with_to && verb > next && InfinitiveAt(verb - 1));
    if (infinitive) {
      ReadInfinitive(verb, base, stance);
      return;
    }
  }
  if (!(frames & kFrameNounPhrase)) return;
  if (m.cue->pos == CuePos::kVerb) next = SkipIndirectObject(next);
  Span topic = ReadNounPhraseRight(next, (frames & kFrameOver) != 0);
  if (topic.empty()) return;
  topic = WhatTheAmountIsFor(topic);
  if (topic.size() == 1 && t_[topic.begin].kind == TokenKind::kNumber) return;  // "approved 75"
  if (InfinitiveAt(topic.end) && EndsWith(t_[topic.begin].lower, "ing") && !Capitalized(topic.begin)) {
    // "opposes using NATO structures to coordinate aid": the infinitive
    // says what the activity is for and belongs to the topic.
    Span purpose = ReadNounPhraseRight(topic.end + 2, false);
    if (!purpose.empty()) topic.end = purpose.end;
  } else if (InfinitiveAt(topic.end) && !Is(topic.end - 1, kProposalNoun) && ActorLike(topic)) {
    // "pushed for the alliance to take over coordination": the topic is the
    // activity, the noun phrase whom it is asked of.
    base.addressee = topic;
    if (ReadInfinitive(topic.end + 1, base, stance)) return;
  }
  Emit(base, topic, true);
  size_t after = topic.end;
  if ((frames & kFrameOver) &&
      (Lower(after, "over") || (Lower(after, "rather") && Lower(after + 1, "than")))) {
    size_t second = Lower(after, "over") ? after + 1 : after + 2;
    Span rejected = ReadNounPhraseRight(second, false);
    if (!rejected.empty()) {
      StanceMention over = base;
      over.stance = Compose(stance, Stance::kOppose);
      over.confidence *= 0.85;
      over.cue += Lower(after, "over") ? " ... over" : " ... rather than";
      Emit(over, rejected, false);
    }
  }
}

bool ClauseReader::ReadInfinitive(size_t verb, StanceMention base, Stance outer) {
  while (Adverb(verb)) ++verb;
  if (!Word(verb) || Lower(verb, "be")) return false;
  consumed_[verb] = true;
  // The inner verb may carry a stance of its own: "not ready to endorse".
  if (const std::vector<CueForm>* forms = t_[verb].cues) {
    for (const CueForm& form : *forms) {
      CueMatch inner;
      if (form.cue->pos != CuePos::kVerb || !(form.cue->frames & kFrameNounPhrase) ||
          !MatchAt(verb, form, &inner)) {
        continue;
      }
      Span topic = ReadNounPhraseRight(SkipIndirectObject(inner.end), false);
      if (topic.empty()) continue;
      for (size_t k = inner.head; k < inner.end; ++k) consumed_[k] = true;
      base.stance = Compose(outer, inner.cue->stance);
      base.cue += " " + CueText({inner.head}, inner.head, inner.end);
      base.cue_span.end = inner.end;
      base.confidence = std::min(base.confidence, inner.cue->weight);
      Emit(base, topic, true);
      return true;
    }
  }
  base.stance = outer;
  base.cue += " " + t_[verb].lower;
  base.cue_span.end = verb + 1;
  if (Is(verb, kAspectVerb)) {
    // "pledged to keep supplying weapons", "vowed to continue to fund":
    // the verb after the aspect verb names the activity.
    size_t next = verb + 1;
    if (Lower(next, "to")) ++next;
    if (Word(next) && !Capitalized(next) && next == verb + 1 && EndsWith(t_[next].lower, "ing")) {
      base.activity = t_[next].lower;
      Span topic = ReadNounPhraseRight(next + 1, false);
      if (topic.empty() && Is(next, kVagueVerb)) return false;
      if (topic.empty()) topic = {next + 1, next + 1};  // "urged members to keep negotiating"
      Emit(base, topic, false);
      return true;
    }
    if (next == verb + 2 && InfinitiveAt(verb + 1)) return ReadInfinitive(next, base, outer);
  }
  if (Is(verb, kTransferVerb) && !Is(verb + 1, kParticle)) {
    // "plans to offer Kenya a loan": the topic is what is given.
    Span topic = ReadNounPhraseRight(SkipIndirectObject(verb + 1), false);
    if (topic.empty()) return false;
    Emit(base, topic, true);
    return true;
  }
  // "want to emphasize", "wish to thank": talking about talking.
  if (Is(verb, kSpeechVerb)) return false;
  // Any other verb names an activity: "willing to host the next round".
  base.activity = Gerund(t_[verb].lower);
  size_t object = verb + 1;
  if (Is(object, kParticle) && !Is(object + 1, kTimeWord)) {
    base.activity += " " + t_[object].lower;  // "taking over the coordination"
    ++object;
  }
  Span topic = ReadNounPhraseRight(object, false);
  while (topic.empty() && Adverb(object) && !Is(object + 1, kDeterminer)) ++object;  // "negotiate directly with"
  if (topic.empty() && Is(object, kPreposition) && !Lower(object, "of") && !TimePhraseAt(object + 1)) {
    // "willing to return to talks": the preposition is part of the activity.
    Span after = ReadNounPhraseRight(object + 1, false);
    if (!after.empty()) {
      base.activity += " " + t_[object].lower;
      topic = after;
    }
  }
  bool empty_object = topic.empty() ||
                      (topic.size() == 1 && (Is(topic.begin, kObjectPronoun | kDeterminer) ||
                                             Lower(topic.begin, "suit") || Lower(topic.begin, "same"))) ||
                      (topic.size() == 2 && Lower(topic.end - 1, "same"));  // "follow suit", "do the same"
  if ((Is(verb, kVagueVerb) || Lower(verb, "follow")) && empty_object) {
    return false;  // "urged allies to go further", "intend to do this"
  }
  if (topic.empty()) topic = {object, object};
  Emit(base, topic, false);
  return true;
}

void ClauseReader::Emit(StanceMention mention, Span topic, bool read_coordinated_topics) {
  if (Is(topic.end - 1, kTimeWord) && !Capitalized(topic.end - 1) && topic.size() <= 3) {
    return;  // "has argued for months": a duration, not a topic
  }
  if (topic.size() == 1 && Is(topic.begin, kSubjectPronoun) && !Lower(topic.begin, "it")) {
    return;  // "he was wrong": a judgement of a person, not of a topic
  }
  mention.topic = topic;
  for (const StanceMention& existing : out_) {
    if (existing.actor.begin == mention.actor.begin && existing.topic.begin == topic.begin &&
        existing.stance == mention.stance) {
      return;
    }
  }
  out_.push_back(mention);
  // "supports X and the Y": a second topic after a coordinator.
  size_t after = topic.end;
  if (read_coordinated_topics && (Lower(after, "and") || Lower(after, "or")) &&
      Is(after + 1, kDeterminer | kPossessivePronoun)) {
    Span second = ReadNounPhraseRight(after + 1, false);
    if (!second.empty() && !VerbLike(second.end)) Emit(mention, second, false);
  }
}

// ------------------------------------------------------------------ discourse

Span ClauseReader::LeadingSubject() const {
  size_t i = DatelineEnd();
  while (i < t_.size() && (t_[i].kind == TokenKind::kOpenQuote || t_[i].kind == TokenKind::kCloseQuote)) ++i;
  // Skip a leading adverbial: "On Monday, ...", "However, ..."
  if (Is(i, kPreposition | kAdverb | kSubordinator) || Adverb(i)) {
    size_t comma = i;
    while (comma < t_.size() && comma - i < 10 && !Lower(comma, ",")) ++comma;
    if (!Lower(comma, ",")) return {};
    i = comma + 1;
  }
  size_t start = i;
  bool seen_name = false;
  while (i < t_.size() && i - start < 10) {
    if (t_[i].kind == TokenKind::kPossessive) { ++i; continue; }
    if (!Word(i)) {
      if (Lower(i, ",") && Lower(i + 2, "and")) { ++i; continue; }
      break;
    }
    if (Is(i, kSubjectPronoun) && !Is(i, kPossessivePronoun)) return i == start ? Span{i, i + 1} : Span{start, i};
    if (Lower(i, "and") || Lower(i, "of") || Is(i, kDeterminer | kQuantifier | kPossessivePronoun)) { ++i; continue; }
    if (t_[i].capitalized) { seen_name = true; ++i; continue; }
    if (VerbLike(i) || Adverb(i) || Is(i, kPreposition | kSubordinator | kNegation)) break;
    if (seen_name && !Is(i, kGroupNoun | kRoleNoun | kStateNoun)) break;
    ++i;
  }
  return {start, i};
}

// Past a dateline that opens wire copy: "LAGOS, Jan. 9 —", "BRUSSELS
// (Reuters) -": a place in capitals, perhaps a date or an agency, a dash.
size_t ClauseReader::DatelineEnd() const {
  if (t_.empty() || !t_[0].all_caps || t_[0].kind != TokenKind::kWord) return 0;
  for (size_t i = 1; i < t_.size() && i < 14; ++i) {
    if (Lower(i, "-") || Lower(i, "—") || Lower(i, "–")) return i + 1;
    if (Word(i) && !t_[i].capitalized && !t_[i].all_caps && t_[i].kind != TokenKind::kNumber) return 0;
  }
  return 0;
}

// Whether only a time, a place or an audience follows `i` to the end of
// the clause ("... on Monday.", "... in a statement", "... told reporters").
bool ClauseReader::ClosesAt(size_t i) const {
  while (i < t_.size() && t_[i].kind == TokenKind::kCloseQuote) ++i;
  if (i >= t_.size() || !Word(i)) return true;
  return Is(i, kPreposition | kTimeWord) || Adverb(i) || Lower(i, "reporters");
}

ReportClause ClauseReader::ReportSource() const {
  for (size_t i = 0; i < t_.size(); ++i) {
    if (s_.quote[i] >= 0) continue;
    if (Lower(i, "according") && Lower(i + 1, "to")) {
      return {ReadNounPhraseRight(i + 2, false), i, true};
    }
    if (!Is(i, kReportingVerb) || Capitalized(i)) continue;
    // ", said X" / "said X," after a comma or quote
    if (i > 0 && (Lower(i - 1, ",") || t_[i - 1].kind == TokenKind::kCloseQuote)) {
      // ", said Jean Moreau" -- but not ", said Warsaw favors ...", where
      // the words after "said" are a clause of their own.
      Span right = ReadNounPhraseRight(i + 1, false);
      if (!right.empty() && !(Word(right.end) && !Lower(right.end, "and"))) return {right, i, ClosesAt(right.end)};
    }
    // "X said (that) ..." at the start of the sentence or "..., X said":
    // the source opens the sentence or follows a comma or quote. A verb in
    // a relative clause ("a program that they describe as") reports nothing.
    VerbGroup group = ReadVerbGroupLeft(i);
    Span left = ReadSubjectLeft(group.begin);
    if (left.empty()) continue;
    size_t before = left.begin;
    while (before > 0 && t_[before - 1].kind == TokenKind::kOpenQuote) --before;
    bool opens = before == 0 || Lower(before - 1, ",") || Lower(before - 1, ":") ||
                 t_[before - 1].kind == TokenKind::kCloseQuote;
    if (opens) return {left, i, ClosesAt(i + 1)};
  }
  return {};
}

std::vector<Span> ClauseReader::IntroducedTopics() const {
  std::vector<Span> topics;
  for (size_t i = 0; i < t_.size(); ++i) {
    if (!Is(i, kIntroduceVerb) || Capitalized(i)) continue;
    size_t object = i + 1;
    if (Lower(object, "forward")) ++object;  // "put forward"
    Span np = ReadNounPhraseRight(SkipIndirectObject(object), false);
    if (!np.empty() && !Is(np.begin, kObjectPronoun | kSubordinator)) topics.push_back(np);
  }
  return topics;
}

Span ClauseReader::SpeakerAfter(size_t close) const {
  size_t i = close + 1;
  if (Lower(i, ",")) ++i;
  if (Is(i, kReportingVerb)) return ReadNounPhraseRight(i + 1, false);  // "said Jean Moreau"
  Span np = ReadNounPhraseRight(i, false);                                 // "she said"
  if (np.empty() && Is(i, kSubjectPronoun)) np = {i, i + 1};
  size_t verb = np.end;
  while (Is(verb, kAuxiliary) || Adverb(verb)) ++verb;
  if (!np.empty() && Is(verb, kReportingVerb)) return np;
  return {};
}

Span ClauseReader::SpeakerBefore(size_t open) const {
  size_t i = open;
  if (i > 0 && (Lower(i - 1, ":") || Lower(i - 1, ","))) --i;
  if (i == 0 || !Is(i - 1, kReportingVerb)) return {};
  VerbGroup group = ReadVerbGroupLeft(i - 1);
  return ReadNounPhraseLeft(group.begin);
}

}  // namespace

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
