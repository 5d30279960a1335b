// Discourse around the clauses: who a sentence is about (its leading
// subject, past a dateline), the source of a report, the speaker of a
// quotation, and the topics a sentence introduces for later reference.
#include "extract/clause_reader.h"

namespace stancegraph::detail {

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
                 t_[before - 1].kind == TokenKind::kCloseQuote ||
                 (before >= 2 && Lower(before - 2, ",") &&
                  (Lower(before - 1, "and") || Lower(before - 1, "but") || Lower(before - 1, "while")));
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

}  // namespace stancegraph::detail
