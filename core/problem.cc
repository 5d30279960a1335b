#include "core/problem.h"

#include "core/utf8.h"

namespace stancegraph {

std::string QuoteForProblem(std::string_view value) {
  constexpr size_t kMaxCodePoints = 40;
  std::string out = "`";
  size_t code_points = 0;
  for (char c : value) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte & 0xC0) != 0x80 && ++code_points > kMaxCodePoints) {
      out += "…";
      break;
    }
    out += byte < 0x20 ? ' ' : c;
  }
  // Problems are printed and may be written to logs: never invalid bytes.
  return ToValidUtf8(out + "`");
}

std::string SentenceToProblemText(std::string_view sentence) {
  std::string text(sentence);
  if (!text.empty() && text.back() == '.') text.pop_back();
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') text[0] = static_cast<char>(text[0] - 'A' + 'a');
  return text;
}

}  // namespace stancegraph
