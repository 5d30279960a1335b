#include "extract/evaluation/text_match.h"

#include <cstdint>

namespace stancegraph::evaluation {
namespace {

// Decodes the code point at text[*i] and advances *i; a byte that does not
// start a valid sequence is returned as itself with `*invalid` set.
char32_t Decode(std::string_view text, size_t* i, bool* invalid) {
  const auto lead = static_cast<unsigned char>(text[*i]);
  *invalid = false;
  size_t length = lead < 0x80             ? 1
                  : (lead & 0xE0) == 0xC0 ? 2
                  : (lead & 0xF0) == 0xE0 ? 3
                  : (lead & 0xF8) == 0xF0 ? 4
                                          : 0;
  if (length == 1) {
    ++*i;
    return lead;
  }
  if (length == 0 || *i + length > text.size()) {
    *invalid = true;
    ++*i;
    return lead;
  }
  char32_t code_point = lead & (0x7F >> length);
  for (size_t k = 1; k < length; ++k) {
    const auto next = static_cast<unsigned char>(text[*i + k]);
    if ((next & 0xC0) != 0x80) {
      *invalid = true;
      ++*i;
      return lead;
    }
    code_point = (code_point << 6) | (next & 0x3F);
  }
  *i += length;
  return code_point;
}

void Append(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    *out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out += static_cast<char>(0xC0 | (cp >> 6));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out += static_cast<char>(0xE0 | (cp >> 12));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | (cp >> 18));
    *out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Python's str.isspace(), which is what \s matches in a str pattern.
bool IsUnicodeSpace(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x3000;
}

bool Even(char32_t c) { return c % 2 == 0; }

// Python's str.lower() for Latin, Greek and Cyrillic letters (without the
// context rule for a word-final capital sigma); U+0130 is handled by the
// caller, as it lowers to two code points.
char32_t Lower(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + 32 : c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c >= 0x100 && c <= 0x17F) {
    if (c == 0x178) return 0xFF;
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return Even(c) ? c : c + 1;
    if (c == 0x138 || c == 0x149 || c == 0x17F || c == 0x131) return c;
    return Even(c) ? c + 1 : c;
  }
  if (c >= 0x370 && c <= 0x3FF) {
    if (c == 0x386) return 0x3AC;
    if (c >= 0x388 && c <= 0x38A) return c + 37;
    if (c == 0x38C) return 0x3CC;
    if (c == 0x38E || c == 0x38F) return c + 63;
    if ((c >= 0x391 && c <= 0x3A1) || (c >= 0x3A3 && c <= 0x3AB)) return c + 32;
    return c;
  }
  if (c >= 0x400 && c <= 0x4FF) {
    if (c <= 0x40F) return c + 80;
    if (c <= 0x42F) return c + 32;
    if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) || (c >= 0x4D0 && c <= 0x4FF)) {
      return Even(c) ? c + 1 : c;
    }
    return c;
  }
  if (c == 0x1E9E) return 0xDF;
  if ((c >= 0x1E00 && c <= 0x1E95) || (c >= 0x1EA0 && c <= 0x1EFF)) return Even(c) ? c + 1 : c;
  return c;
}

void AppendLower(char32_t c, std::string* out) {
  if (c == 0x130) {  // İ -> i + combining dot above
    *out += 'i';
    Append(0x307, out);
  } else {
    Append(Lower(c), out);
  }
}

// Non-ASCII letters in lower case; ASCII left to the regex's icase, so that
// escapes such as \B, \W or \S keep their meaning in a pattern.
std::string LowerNonAscii(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const size_t start = i;
    bool invalid = false;
    const char32_t c = Decode(text, &i, &invalid);
    if (c < 0x80 || invalid) {
      out.append(text.substr(start, i - start));
    } else {
      AppendLower(c, &out);
    }
  }
  return out;
}

}  // namespace

std::string NormalizeForMatch(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool in_space = false;
  for (size_t i = 0; i < text.size();) {
    const size_t start = i;
    bool invalid = false;
    char32_t c = Decode(text, &i, &invalid);
    if (invalid) {
      out.append(text.substr(start, i - start));
      in_space = false;
      continue;
    }
    if (c == 0x2018 || c == 0x2019) c = '\'';
    if (c == 0x201C || c == 0x201D) c = '"';
    if (IsUnicodeSpace(c)) {
      if (!in_space) out += ' ';
      in_space = true;
      continue;
    }
    in_space = false;
    AppendLower(c, &out);
  }
  return out;
}

// Code points as wchar_t (32 bits here), so that "[aá]" is one character
// class over characters, as in Python, not over bytes.
std::wstring Widen(std::string_view text) {
  std::wstring out;
  for (size_t i = 0; i < text.size();) {
    bool invalid = false;
    char32_t c = Decode(text, &i, &invalid);
    out += static_cast<wchar_t>(invalid ? 0xFFFD : c);
  }
  return out;
}

MatchRegex CompileMatchRegex(std::string_view pattern) {
  return MatchRegex(Widen(LowerNonAscii(pattern)), std::regex::ECMAScript | std::regex::icase);
}

bool RegexFinds(const MatchRegex& regex, std::string_view label) {
  return std::regex_search(Widen(LowerNonAscii(label)), regex);
}

}  // namespace stancegraph::evaluation
