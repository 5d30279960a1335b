// The triple record as JSON Lines (lossless interchange) and TSV (for eyes).
//
// Field names are fixed, since other tools read them: doc, sentence, start,
// end, actor, actor_mention, actor_type, stance, topic, topic_mention, cue,
// confidence, and date / reported_by / addressee / affiliation when not empty.
// Writing cannot fail (strings are valid UTF-8 inside the program); reading
// returns a Problem naming the field that is missing or of the wrong type.
#pragma once

#include <cstddef>
#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <string_view>

#include "core/problem.h"
#include "core/triple.h"

namespace stancegraph {

// One JSON object, no trailing newline. Keys in the order listed above.
std::string TripleToJsonLine(const StanceTriple& triple);

// Parses one JSON Lines record. On failure returns the problem (`where` is
// left empty for the caller to fill with path:line). A line nested deeper
// than kMaxJsonDepth (core/json_line_guard.h) is refused unparsed; a lone
// UTF-16 surrogate escape (`\uDC00`) is read as U+FFFD, so strings are
// always valid UTF-8.
std::optional<Problem> TripleFromJsonLine(std::string_view line, StanceTriple* triple);

// Reads a whole JSON Lines stream of triples (as `extract --format jsonl`
// writes it). Every good record goes to `on_triple`; every bad line is
// reported to `on_problem` as "NAME:LINE: reason" and skipped, and reading
// goes on. Blank lines are skipped; a UTF-8 byte order mark at the start and
// a carriage return before a line feed are ignored. A record whose lone
// surrogate escapes were replaced is used and reported too.
struct TripleReadCounts {
  size_t lines = 0;     // lines read, blank ones included
  size_t triples = 0;   // records handed to on_triple
  size_t problems = 0;  // lines reported (skipped or repaired), and a read error
};
// `stop`, when given, is asked before each line: once it says true, reading
// ends there (the CLI's --strict after a problem).
TripleReadCounts ReadTripleLines(std::istream& in, const std::string& name,
                                 const std::function<void(StanceTriple&&)>& on_triple,
                                 const std::function<void(const Problem&)>& on_problem,
                                 const std::function<bool()>& stop = {});

// Tab-separated columns in the JSON field order; tabs and newlines inside
// values become spaces. TsvHeader() is the matching header line.
std::string TripleToTsvLine(const StanceTriple& triple);
std::string TsvHeader();

}  // namespace stancegraph
