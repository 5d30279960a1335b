// What follows a cue: its topic per the cue's frames (a noun phrase, an
// addressee and an infinitive, "X over Y"), the stance an infinitive's own
// verb composes ("not ready to endorse"), and the mentions emitted.
#include "extract/clause_reader.h"

#include <algorithm>

#include "extract/morphology.h"

namespace stancegraph::detail {

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
  base.cue.append(" ").append(t_[verb].lower);
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
  // Undoing something is opposing it: "vowed to scrap the carbon tax" is
  // oppose "carbon tax", so that it meets "backs the carbon tax" in the
  // graph as its opposite, never as another topic.
  bool with_particle = Is(verb + 1, kParticle) &&  // "phase out coal", "roll back the rules"
                       lx_.Is(std::string(t_[verb].lower).append(" ").append(t_[verb + 1].lower), kReversalVerb);
  if (Is(verb, kReversalVerb) || with_particle) {
    size_t object = verb + 1;
    if (Is(object, kParticle)) ++object;
    Span topic = ReadNounPhraseRight(object, false);
    if (!topic.empty()) {  // "scrap it" refers back like any topic
      base.stance = Compose(outer, Stance::kOppose);
      base.reversed = true;
      Emit(base, topic, true);
      return true;
    }
  }
  // Any other verb names an activity: "willing to host the next round".
  base.activity = Gerund(t_[verb].lower);
  size_t object = verb + 1;
  if (Is(object, kParticle) && !Is(object + 1, kTimeWord)) {
    base.activity.append(" ").append(t_[object].lower);  // "taking over the coordination"
    ++object;
  }
  Span topic = ReadNounPhraseRight(object, false);
  while (topic.empty() && Adverb(object) && !Is(object + 1, kDeterminer)) ++object;  // "negotiate directly with"
  if (topic.empty() && Is(object, kPreposition) && !Lower(object, "of") && !TimePhraseAt(object + 1)) {
    // "willing to return to talks": the preposition is part of the activity.
    Span after = ReadNounPhraseRight(object + 1, false);
    if (!after.empty()) {
      base.activity.append(" ").append(t_[object].lower);
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
  // "insists on dropping the action plan": opposes the action plan.
  if (topic.size() > 1 && mention.activity.empty() && EndsWith(t_[topic.begin].lower, "ing") &&
      !Capitalized(topic.begin)) {
    std::string base_form(t_[topic.begin].lower.substr(0, t_[topic.begin].lower.size() - 3));
    if (lx_.Is(base_form, kReversalVerb) || lx_.Is(base_form + "e", kReversalVerb) ||
        (base_form.size() > 2 && base_form[base_form.size() - 1] == base_form[base_form.size() - 2] &&
         lx_.Is(base_form.substr(0, base_form.size() - 1), kReversalVerb))) {
      size_t object = topic.begin + 1;
      if (Is(object, kParticle) && object + 1 < topic.end) ++object;
      if (object < topic.end && !Is(object, kObjectPronoun)) {
        mention.stance = Compose(mention.stance, Stance::kOppose);
        mention.reversed = true;
        topic.begin = object;
      }
    }
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

}  // namespace stancegraph::detail
