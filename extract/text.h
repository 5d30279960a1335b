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
// LowerCase(FoldQuotes(s)) in one pass.
std::string LowerCaseFoldQuotes(std::string_view s);
// The same written to `out`, which must hold s.size() bytes (the result is
// never longer); returns its length. Inline: the tokenizer runs it for
// every token, mostly on a few bytes.
inline size_t LowerCaseFoldQuotesTo(std::string_view s, char* out) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    // U+2018/U+2019 are E2 80 98/99; U+201C/U+201D are E2 80 9C/9D.
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      const unsigned char third = static_cast<unsigned char>(s[i + 2]);
      if (third == 0x98 || third == 0x99) { out[n++] = '\''; i += 2; continue; }
      if (third == 0x9C || third == 0x9D) { out[n++] = '"'; i += 2; continue; }
    }
    out[n++] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return n;
}
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
