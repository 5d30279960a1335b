// Small string helpers shared by the extractor's files.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace stancegraph {

std::string_view Trim(std::string_view s);
std::vector<std::string_view> Split(std::string_view s, char separator);
// ASCII lower case; other bytes unchanged (names keep their accents).
std::string LowerCase(std::string_view s);
// Curly quotes and apostrophes folded to ASCII ones, so "don’t" == "don't".
std::string FoldQuotes(std::string_view s);
// LowerCase(FoldQuotes(s)) in one pass (the tokenizer's hot path).
std::string LowerCaseFoldQuotes(std::string_view s);
// The same into `out`, reusing its buffer.
void AssignLowerCaseFoldQuotes(std::string_view s, std::string* out);
// Inline: they run for nearly every token, mostly with two- or three-letter
// affixes, where a call to memcmp costs more than the comparison.
inline bool StartsWith(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (s[i] != prefix[i]) return false;
  }
  return true;
}
inline bool EndsWith(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  const size_t offset = s.size() - suffix.size();
  for (size_t i = 0; i < suffix.size(); ++i) {
    if (s[offset + i] != suffix[i]) return false;
  }
  return true;
}

}  // namespace stancegraph
