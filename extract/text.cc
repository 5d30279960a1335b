#include "extract/text.h"

namespace stancegraph {

namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> Split(std::string_view s, char separator) {
  std::vector<std::string_view> parts;
  size_t pos = 0;
  while (true) {
    size_t next = s.find(separator, pos);
    if (next == std::string_view::npos) {
      parts.push_back(s.substr(pos));
      return parts;
    }
    parts.push_back(s.substr(pos, next - pos));
    pos = next + 1;
  }
}

std::string LowerCase(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

namespace {

// Folds curly quotes in place, shortening `text`. Most text has none: a
// quick search for their lead byte skips the rewrite.
void FoldQuotesInPlace(std::string* text) {
  std::string& s = *text;
  size_t out = s.find('\xE2');
  if (out == std::string::npos) return;
  for (size_t i = out; i < s.size(); ++i) {
    // U+2018/U+2019 are E2 80 98/99; U+201C/U+201D are E2 80 9C/9D.
    if (static_cast<unsigned char>(s[i]) == 0xE2 && i + 2 < s.size() &&
        static_cast<unsigned char>(s[i + 1]) == 0x80) {
      unsigned char third = static_cast<unsigned char>(s[i + 2]);
      if (third == 0x98 || third == 0x99) { s[out++] = '\''; i += 2; continue; }
      if (third == 0x9C || third == 0x9D) { s[out++] = '"'; i += 2; continue; }
    }
    s[out++] = s[i];
  }
  s.resize(out);
}

}  // namespace

std::string LowerCaseFoldQuotes(std::string_view s) {
  std::string out(s.size(), '\0');
  out.resize(LowerCaseFoldQuotesTo(s, out.data()));
  return out;
}

std::string FoldQuotes(std::string_view s) {
  std::string out(s);
  FoldQuotesInPlace(&out);
  return out;
}

}  // namespace stancegraph
