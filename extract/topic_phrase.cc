#include "extract/topic_phrase.h"

#include "extract/text.h"

namespace stancegraph {

bool IsProperWord(const Sentence& sentence, size_t index, const Lexicon& lexicon) {
  const Token& token = sentence.tokens[index];
  if (token.all_caps) return true;
  if (!token.capitalized) return false;
  if (lexicon.FindActor(token.lower) || lexicon.StateOfDemonym(token.lower) ||
      lexicon.StateOfCapital(token.lower) || lexicon.Is(token, kProperAdjective)) {
    return true;
  }
  if (sentence.title_case) return false;
  // Sentence-initial capitals say nothing; elsewhere they mark a name.
  return index > 0 && sentence.tokens[index - 1].kind != TokenKind::kOpenQuote;
}

std::string CanonicalTopic(const Sentence& sentence, Span span, const std::string& activity,
                           const Lexicon& lexicon) {
  const auto& tokens = sentence.tokens;
  size_t b = span.begin;
  // Leading determiners go ("The rent freeze" at a sentence start too).
  while (b < span.end && tokens[b].kind == TokenKind::kWord &&
         (!tokens[b].capitalized || !IsProperWord(sentence, b, lexicon)) &&
         lexicon.Is(tokens[b], kDeterminer | kQuantifier | kPossessivePronoun) &&
         tokens[b].lower != "no") {
    ++b;
  }
  std::string out = activity;
  for (size_t i = b; i < span.end; ++i) {
    const Token& token = tokens[i];
    if (token.kind == TokenKind::kPossessive) {
      out += "'s";
      if (token.lower == "'") out.pop_back();
      continue;
    }
    if (token.kind == TokenKind::kOpenQuote || token.kind == TokenKind::kCloseQuote) continue;
    if (token.lower == ",") {
      out += ',';  // "public, private and philanthropic sectors"
      continue;
    }
    if (!out.empty()) out += ' ';
    if (IsProperWord(sentence, i, lexicon)) {
      out += token.text;
      continue;
    }
    // Preferred words merge a debate's topics: "pathway" -> "path".
    if (i + 1 < span.end) {
      if (const std::string* preferred = lexicon.TopicSynonym(std::string(token.lower).append(" ").append(tokens[i + 1].lower))) {
        out += *preferred;
        ++i;
        continue;
      }
    }
    const std::string* preferred = lexicon.TopicSynonym(token.lower);
    out += preferred ? *preferred : token.lower;
  }
  return out;
}

}  // namespace stancegraph
