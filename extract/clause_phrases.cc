// Phrases around a cue, read from the tokens alone: the verb group before
// it (auxiliaries, adverbs, negation), the subject to its left, noun phrases
// to its left and right (with lists of names), time adverbials, and what an
// amount of money is for.
#include "extract/clause_reader.h"

namespace stancegraph::detail {

VerbGroup ClauseReader::ReadVerbGroupLeft(size_t head) const {
  VerbGroup g;
  size_t j = head;
  while (j > 0) {
    size_t p = j - 1;
    if (Negation(p) && !Lower(p + 1, "only") && !Lower(p + 1, "just")) {  // "not only ... but also"
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
                   (end >= 3 && Lower(end - 1, "which") && Lower(end - 2, ",") &&
                    ActorLike({end - 3, end - 2})))) {
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
    if (name && close - first <= 4 && Is(open - 1, kRoleNoun | kTitle | kGroupNoun | kBodyNoun)) {
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

}  // namespace stancegraph::detail
