// Tokenizer: splits one sentence into words and punctuation with offsets.
//
// Offsets are bytes into the text given. Curly quotes and apostrophes are
// folded in `lower` ("don’t" -> "do" + "n't"), possessive "'s" and "s'" are
// tokens of their own, abbreviations with inner full stops stay whole
// ("U.S."), and numbers keep their separators ("1,200.5").
#pragma once

#include <cstdint>
#include <memory>
#include <span>
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

  std::string_view text;   // as in the source
  std::string_view lower;  // lower case, quotes folded (in the buffer given to Tokenize)
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
// Each token's lower-case form is written into `lower_text` (text.size()
// bytes) at the token's own offset, lower-casing and folding never making
// it longer; the tokens' `lower` views it there, so the buffer must outlive
// them. Writing into one buffer per document, rather than a string per
// token, is what keeps tokenizing cheap.
std::vector<Token> Tokenize(std::string_view text, const Lexicon& lexicon, std::span<char> lower_text);

// A text tokenized on its own: its tokens and the buffer they view.
struct TokenizedText {
  std::unique_ptr<char[]> lower_text;
  std::vector<Token> tokens;
};
TokenizedText Tokenize(std::string_view text, const Lexicon& lexicon);

}  // namespace stancegraph
