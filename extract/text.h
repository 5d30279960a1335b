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
bool StartsWith(std::string_view s, std::string_view prefix);
bool EndsWith(std::string_view s, std::string_view suffix);

}  // namespace stancegraph
