// DocumentToJsonLine: one Document as a line of the JSON Lines input that
// extract/document_reader.h reads back (`id`, `text`, and `date`, `source`,
// `title`, `speaker` when not empty), for programs that write corpora:
// tests, benchmarks, converters.
#pragma once

#include <string>

#include "core/document.h"

namespace stancegraph {

// The object without the final newline. Invalid UTF-8 is replaced by U+FFFD,
// as the reader would.
std::string DocumentToJsonLine(const Document& document);

}  // namespace stancegraph
