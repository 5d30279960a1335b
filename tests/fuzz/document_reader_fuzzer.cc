// Fuzz target: the document reader on arbitrary bytes as standard input.
//
// The first byte picks how `-` is read (guess, JSON Lines, text), the rest
// is the input. Whatever it holds, every document handed on must be valid
// UTF-8 throughout (the promise of core/document.h that everything
// downstream relies on), and every problem must name where it was found.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "core/utf8.h"
#include "extract/document_reader.h"
#include "tests/fuzz/fuzz_check.h"

using namespace stancegraph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const StandardInput format = data[0] % 3 == 0   ? StandardInput::kGuess
                               : data[0] % 3 == 1 ? StandardInput::kJsonLines
                                                  : StandardInput::kText;
  std::istringstream in(std::string(reinterpret_cast<const char*>(data) + 1, size - 1));
  size_t documents = 0;
  size_t problems = 0;
  const ReadCounts counts = ReadDocuments(
      {"-"}, in,
      [&](Document&& document) {
        ++documents;
        for (const std::string* field : {&document.id, &document.text, &document.date,
                                         &document.source, &document.title, &document.speaker}) {
          FUZZ_CHECK(IsValidUtf8(*field));
        }
        FUZZ_CHECK(document.date.empty() || document.date.size() == 10);
      },
      [&](const Problem& problem) {
        ++problems;
        FUZZ_CHECK(!problem.where.empty() && !problem.message.empty());
      },
      format);
  FUZZ_CHECK(counts.documents == documents);
  FUZZ_CHECK(counts.problems == problems);
  return 0;
}
