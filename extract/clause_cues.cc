// Cues: finds the stance cues of a sentence (longest match, the verb or
// noun reading by context), weighs how certain each claim is, and finds the
// actor of each kind of cue: verb, adjective, noun, evaluation, "for X to".
#include "extract/clause_reader.h"

#include <algorithm>

namespace stancegraph::detail {

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
    if (w == 1 && cue.pos == CuePos::kVerb && Adverb(i) && Lower(i + 1, cue.words[w])) ++i;  // "lobbied hard against"
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
  // Most sentences hold no cue word: nothing to match.
  if (s_.question || !s_.HasCueWord()) return {};
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
  std::string_view form = t_[m.head].lower;
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
    mention.cue = std::string(t_[v].lower) + " ... " + CueText({m.head}, m.head, m.end);
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

}  // namespace stancegraph::detail
