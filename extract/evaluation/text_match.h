// How gold triples are matched against text, as the shared development
// set's score.py does it (Python's str.lower(), \s and re.I).
#pragma once

#include <regex>
#include <string>
#include <string_view>

namespace stancegraph::evaluation {

// Curly quotes ‘’“” folded to straight ones, every run of whitespace
// (Unicode's, as Python's \s) to one space, then lower case (ASCII, Latin,
// Greek and Cyrillic letters, as Python's str.lower(); other scripts are
// left as they are). For valid UTF-8; stray bytes are kept.
std::string NormalizeForMatch(std::string_view text);

// A gold regex: ECMAScript, case-insensitive, over code points (wide
// characters), so "nov[aá]k" matches "Novák" as in Python. Throws
// std::regex_error. std::regex folds case only for ASCII, so non-ASCII
// letters in the pattern are put in lower case here and in the label by
// RegexFinds().
using MatchRegex = std::wregex;
MatchRegex CompileMatchRegex(std::string_view pattern);

// True when `regex` (from CompileMatchRegex) is found anywhere in `label`.
bool RegexFinds(const MatchRegex& regex, std::string_view label);

}  // namespace stancegraph::evaluation
