// Fuzz target: the sentence segmenter on arbitrary text.
//
// The input is made valid UTF-8 first, as the document reader does for every
// document. The sentences must then be in order, not overlap, lie inside the
// text, be trimmed and non-empty, and start and end on code point
// boundaries, since triples cut their evidence out of the text with them.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "extract/segmenter.h"
#include "tests/fuzz/fuzz_check.h"

using namespace stancegraph;

namespace {

bool IsCodePointStart(const std::string& text, size_t offset) {
  return offset == text.size() || (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text = ToValidUtf8(std::string_view(reinterpret_cast<const char*>(data), size));
  const std::vector<SentenceSpan> sentences = SegmentSentences(text, FuzzLexicon());
  size_t previous_end = 0;
  for (const SentenceSpan& sentence : sentences) {
    FUZZ_CHECK(previous_end <= sentence.begin);
    FUZZ_CHECK(sentence.begin < sentence.end);
    FUZZ_CHECK(sentence.end <= text.size());
    FUZZ_CHECK(IsCodePointStart(text, sentence.begin));
    FUZZ_CHECK(IsCodePointStart(text, sentence.end));
    FUZZ_CHECK(IsValidUtf8(std::string_view(text).substr(sentence.begin, sentence.end - sentence.begin)));
    previous_end = sentence.end;
  }
  return 0;
}
