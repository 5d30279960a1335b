#include "extract/text_cleanup.h"

#include "extract/html_text.h"

namespace stancegraph {
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";  // U+FEFF
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";    // U+FFFD

void RemoveByteOrderMarks(std::string* text) {
  size_t at = text->find(kByteOrderMark);
  if (at == std::string::npos) return;  // the common case: nothing copied
  std::string kept;
  kept.reserve(text->size());
  size_t from = 0;
  for (; at != std::string::npos; at = text->find(kByteOrderMark, from)) {
    kept.append(*text, from, at - from);
    from = at + kByteOrderMark.size();
  }
  kept.append(*text, from);
  *text = std::move(kept);
}

}  // namespace

size_t ReplaceNulBytes(std::string* text) {
  size_t at = text->find('\0');
  if (at == std::string::npos) return 0;
  std::string kept;
  kept.reserve(text->size() + 2 * kReplacement.size());
  size_t count = 0;
  size_t from = 0;
  for (; at != std::string::npos; at = text->find('\0', from)) {
    kept.append(*text, from, at - from);
    kept.append(kReplacement);
    from = at + 1;
    ++count;
  }
  kept.append(*text, from);
  *text = std::move(kept);
  return count;
}

std::optional<size_t> BinaryNulOffset(std::string_view head) {
  const size_t at = head.substr(0, kBinaryProbeBytes).find('\0');
  if (at == std::string_view::npos) return std::nullopt;
  return at;
}

TextCleanup CleanText(std::string* text) {
  TextCleanup cleanup;
  RemoveByteOrderMarks(text);
  cleanup.nul_bytes = ReplaceNulBytes(text);
  if (LooksLikeHtml(*text)) {
    *text = HtmlToText(*text);
    cleanup.html = true;
  }
  return cleanup;
}

}  // namespace stancegraph
