// DocumentReader: turns command-line INPUTs into Documents, one at a time.
//
// An INPUT is a text file (its id is the path as given), a directory (read
// recursively, `.txt` and `.jsonl` files, in sorted path order), a JSON Lines
// file (`.jsonl`: one object a line with string `id` and `text`; `date`,
// `source`, `title`, `speaker` optional; other fields ignored), or `-` for
// standard input (by default JSON Lines if its first non-blank byte is `{`,
// else one text document with id `-`; StandardInput says otherwise: a
// mapper in a pipeline reads JSON Lines, where empty input is no document
// and a bad first line is one skipped line).
//
// Nothing here stops a run: a missing path, an unreadable file, a bad JSON
// line is reported to `on_problem` (path[:line] and reason) and skipped
// (ReadOptions::stop lets the caller end the run instead). A document whose
// id was already read (a repeated record, a file given twice) is skipped
// and reported with the place the id was first seen (document_ids.h). A
// document longer than ReadOptions::max_document_bytes is cut
// (document_limit.h), reported, and used.
// Invalid UTF-8 is replaced by U+FFFD and reported as a problem too (the
// document is still used), as is a lone UTF-16 surrogate escape in JSON. A
// UTF-8 BOM is dropped. A file with a NUL byte in its first 8 KiB is binary
// and skipped; later NUL bytes become U+FFFD; text that looks like HTML is
// converted to its readable text and counted (extract/text_cleanup.h says how, and
// README.md lists every hostile input and its outcome). JSON lines nested
// deeper than kMaxJsonDepth are skipped unparsed. A date line near the top
// of a text file ("March 3, 2024", "2024-03-03", "Published 3 Mar 2024")
// fills Document::date in ISO form.
// Not thread-safe; documents are streamed, never all held in memory.
#pragma once

#include <functional>
#include <istream>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/problem.h"
#include "extract/document_limit.h"

namespace stancegraph {

struct ReadCounts {
  size_t inputs = 0;     // files and streams opened
  size_t documents = 0;  // documents handed to on_document
  size_t problems = 0;   // problems reported (skipped inputs, lines, bad bytes)
  // Documents whose text looked like HTML and was converted to its readable
  // text: counted, not reported, since nothing of them was lost.
  size_t html_converted = 0;
};

// What `-` holds.
enum class StandardInput { kGuess, kJsonLines, kText };

struct ReadOptions {
  StandardInput standard_input = StandardInput::kGuess;
  // Bytes of a document kept at most; a text file is not read past them.
  size_t max_document_bytes = kDefaultMaxDocumentBytes;
  // Asked before each file, line and document: once it says true, reading
  // ends there (the CLI's --strict after a problem, or a failed output).
  // The document a problem was reported on is then not handed on either.
  std::function<bool()> stop;
};

ReadCounts ReadDocuments(const std::vector<std::string>& inputs, std::istream& standard_input,
                         const std::function<void(Document&&)>& on_document,
                         const std::function<void(const Problem&)>& on_problem,
                         const ReadOptions& options);

ReadCounts ReadDocuments(const std::vector<std::string>& inputs, std::istream& standard_input,
                         const std::function<void(Document&&)>& on_document,
                         const std::function<void(const Problem&)>& on_problem,
                         StandardInput standard_input_format = StandardInput::kGuess);

// Finds an ISO date in the first few lines of a text ("" if none).
std::string FindDateLine(std::string_view text);

}  // namespace stancegraph
