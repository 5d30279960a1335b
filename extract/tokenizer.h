// Tokenizer: splits one sentence into words and punctuation with offsets.
//
// Offsets are bytes into the text given. Curly quotes and apostrophes are
// folded in `lower` ("don’t" -> "do" + "n't"), possessive "'s" and "s'" are
// tokens of their own, abbreviations with inner full stops stay whole
// ("U.S."), and numbers keep their separators ("1,200.5").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace stancegraph {

class Lexicon;
struct CueForm;

enum class TokenKind { kWord, kNumber, kPunctuation, kOpenQuote, kCloseQuote, kPossessive };

struct Token {
  // Not `= default`: a vector's emplace_back() value-initializes, which
  // for a defaulted constructor zeroes the whole object before the member
  // initializers run (a slow `rep stos` for every token).
  Token() noexcept {}

  std::string_view text;  // as in the source
  std::string lower;      // lower case, quotes folded
  size_t begin = 0;       // byte offsets in the tokenized text
  size_t end = 0;
  TokenKind kind = TokenKind::kWord;
  bool capitalized = false;  // first letter upper case (ASCII or Latin-1 range)
  bool all_caps = false;     // two or more letters, all upper case ("NATO")
  // Looked up once here, read many times by the clause reader.
  uint64_t classes = 0;                 // Lexicon::Classes(lower)
  const std::vector<CueForm>* cues = nullptr;  // Lexicon::CuesStartingWith(lower)
};

// `lexicon` tells which words keep their full stop ("Sen.", "Gen.").
std::vector<Token> Tokenize(std::string_view text, const Lexicon& lexicon);

}  // namespace stancegraph
