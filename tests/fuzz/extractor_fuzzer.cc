// Fuzz target: the whole extractor on one document of arbitrary text.
//
// Extract() promises triples for any text, never a failure. Each triple's
// evidence must be the text between its offsets (counted in code points),
// its actor and topic not empty, all its text valid UTF-8, its confidence within 0..1.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "extract/extractor.h"
#include "tests/fuzz/fuzz_check.h"

using namespace stancegraph;

namespace {

// The byte offset of code point number `index` in valid UTF-8 `text`.
size_t ByteOffset(const std::string& text, int64_t index) {
  int64_t seen = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (seen++ == index) return i;
  }
  FUZZ_CHECK(seen == index);
  return text.size();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Extractor extractor(FuzzLexicon());
  Document document;
  document.id = "fuzz";
  document.text = ToValidUtf8(std::string_view(reinterpret_cast<const char*>(data), size));
  ExtractCounts counts;
  const std::vector<StanceTriple> triples = extractor.Extract(document, &counts);
  FUZZ_CHECK(counts.triples == triples.size());
  for (const StanceTriple& triple : triples) {
    FUZZ_CHECK(triple.doc == document.id);
    FUZZ_CHECK(0 <= triple.start && triple.start < triple.end);
    const size_t begin = ByteOffset(document.text, triple.start);
    const size_t end = ByteOffset(document.text, triple.end);
    FUZZ_CHECK(triple.sentence == document.text.substr(begin, end - begin));
    FUZZ_CHECK(!triple.actor.empty() && !triple.topic.empty());
    for (const std::string* text : {&triple.actor, &triple.actor_mention, &triple.topic,
                                    &triple.topic_mention, &triple.cue, &triple.reported_by,
                                    &triple.addressee, &triple.affiliation}) {
      FUZZ_CHECK(IsValidUtf8(*text));
    }
    FUZZ_CHECK(triple.confidence >= 0 && triple.confidence <= 1);
  }
  return 0;
}
