#include "extract/topic_memory.h"

#include "extract/morphology.h"
#include "extract/text.h"

namespace stancegraph {
namespace {

constexpr size_t kMemory = 16;  // topics kept

bool IsReferringDeterminer(std::string_view lower) {
  return lower == "the" || lower == "this" || lower == "that" || lower == "these" ||
         lower == "those" || lower == "such";
}

}  // namespace

std::string TopicMemory::Head(const Sentence& sentence, Span span) const {
  const auto& tokens = sentence.tokens;
  size_t end = span.begin;
  while (end < span.end && !(tokens[end].kind == TokenKind::kWord &&
                             lexicon_.Is(tokens[end], kPreposition) && end > span.begin)) {
    ++end;
  }
  for (size_t i = end; i-- > span.begin;) {
    if (tokens[i].kind == TokenKind::kWord) return SingularNoun(tokens[i].lower);
  }
  return "";
}

void TopicMemory::Remember(const Sentence& sentence, Span span, const std::string& canonical,
                           bool activity, bool introduced) {
  if (canonical.empty()) return;
  std::string head = Head(sentence, span);
  // "abandoning Ukraine" names an activity as much as "to abandon Ukraine".
  if (!span.empty()) {
    const Token& first = sentence.tokens[span.begin];
    activity |= !first.capitalized && EndsWith(first.lower, "ing");
  }
  for (auto it = named_.begin(); it != named_.end(); ++it) {
    if (it->canonical == canonical) {
      // Named again, perhaps as "it": keep the head it was first named with.
      head = it->head;
      activity = it->activity;
      introduced |= it->introduced;
      named_.erase(it);
      break;
    }
  }
  named_.push_back({canonical, head, activity, introduced, sentence_});
  if (named_.size() > kMemory) named_.erase(named_.begin());
}

std::string TopicMemory::Antecedent(const Sentence& sentence, Span span) const {
  if (named_.empty() || span.empty()) return "";
  const auto& tokens = sentence.tokens;
  if (span.size() == 1) {
    std::string_view word = tokens[span.begin].lower;
    // "them" mostly means people ("supporting them with arms"): not a topic.
    if (word != "it" && word != "this" && word != "that") return "";
    for (size_t k = named_.size(); k-- > 0;) {
      if (!named_[k].activity) return named_[k].canonical;
    }
    return named_.back().canonical;
  }
  // "the proposal", "such guarantees", "this new plan": a referring word,
  // at most one modifier, a head noun, nothing after.
  if (span.size() > 3 || !IsReferringDeterminer(tokens[span.begin].lower)) return "";
  for (size_t i = span.begin + 1; i < span.end; ++i) {
    if (tokens[i].kind != TokenKind::kWord || tokens[i].capitalized) return "";
  }
  std::string head = SingularNoun(tokens[span.end - 1].lower);
  for (size_t k = named_.size(); k-- > 0;) {
    if (named_[k].head == head) return named_[k].canonical;
  }
  // A general word for a proposal refers to the latest topic put forward
  // in the last few sentences, but only bare ("the plan"; not "the new
  // plan", which may be another one).
  constexpr size_t kProposalReach = 3;  // sentences
  if (span.size() == 2 && lexicon_.Is(tokens[span.end - 1], kTopicNoun)) {
    for (size_t k = named_.size(); k-- > 0 && sentence_ - named_[k].sentence <= kProposalReach;) {
      if (named_[k].introduced) return named_[k].canonical;
    }
    // "that step", "this idea": a demonstrative points at the topic just
    // named, in this sentence or the one before.
    std::string_view determiner = tokens[span.begin].lower;
    bool demonstrative = determiner == "this" || determiner == "that" || determiner == "such";
    if (demonstrative && sentence_ - named_.back().sentence <= 1) return named_.back().canonical;
  }
  return "";
}

}  // namespace stancegraph
