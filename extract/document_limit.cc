#include "extract/document_limit.h"

namespace stancegraph {

size_t DocumentCutPoint(std::string_view head) {
  const size_t half = head.size() / 2;
  // Searches run backwards from the end and stop at the half: linear.
  for (size_t i = head.size(); i-- > half;) {
    if (head[i] == '\n') return i + 1;
  }
  for (size_t i = head.size(); i-- > half + 1;) {
    const char mark = head[i - 1];
    if (head[i] == ' ' && (mark == '.' || mark == '?' || mark == '!')) return i;
  }
  for (size_t i = head.size(); i-- > half;) {
    if (head[i] == ' ') return i + 1;
  }
  // Back to the lead byte of a sequence that may not be complete.
  size_t end = head.size();
  size_t back = 0;
  while (back < 4 && end - back > 0 &&
         (static_cast<unsigned char>(head[end - back - 1]) & 0xC0) == 0x80) {
    ++back;
  }
  if (back < 4 && end - back > 0 && static_cast<unsigned char>(head[end - back - 1]) >= 0xC0) {
    const unsigned char lead = static_cast<unsigned char>(head[end - back - 1]);
    const size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    if (back + 1 < length) return end - back - 1;  // cut short: drop it
  }
  return end;
}

}  // namespace stancegraph
