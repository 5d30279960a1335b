// Fuzz target: the triple reader of `stancegraph merge` on arbitrary bytes.
//
// Lines that are not triples are reported and skipped. A triple that is
// read must survive a round trip: written back as JSON Lines it is read
// again to the same line, so merging saved triples never changes them.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "core/triple_jsonl.h"
#include "core/utf8.h"
#include "tests/fuzz/fuzz_check.h"

using namespace stancegraph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  size_t triples = 0;
  const TripleReadCounts counts = ReadTripleLines(
      in, "fuzz.jsonl",
      [&](StanceTriple&& triple) {
        ++triples;
        const std::string line = TripleToJsonLine(triple);
        FUZZ_CHECK(IsValidUtf8(line));
        FUZZ_CHECK(line.find('\n') == std::string::npos);
        StanceTriple again;
        FUZZ_CHECK(!TripleFromJsonLine(line, &again));
        FUZZ_CHECK(TripleToJsonLine(again) == line);
      },
      [&](const Problem& problem) {
        FUZZ_CHECK(problem.where.rfind("fuzz.jsonl", 0) == 0);
        FUZZ_CHECK(IsValidUtf8(problem.ToString()));
      });
  FUZZ_CHECK(counts.triples == triples);
  // A line gives at most one triple (and may also give a problem: a
  // repaired escape).
  FUZZ_CHECK(counts.triples <= counts.lines);
  return 0;
}
