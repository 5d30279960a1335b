// Checks on one JSON Lines record made before RapidJSON parses it, for the
// two things its parser does not guard against by itself:
//
// - Nesting depth. RapidJSON's DOM parser recurses once per array or object
//   level, so a line of 100,000 `[` overflows the C stack; its iterative
//   mode would instead hold every level on the heap. A record of this
//   program is never deeper than a few levels, so deeper lines are refused
//   before parsing (ScanJsonLine), in constant memory.
// - Lone UTF-16 surrogate escapes. JSON may spell a code point as `\uD83D\uDE00`;
//   RapidJSON 1.1.0 refuses a high surrogate without its low half, but
//   writes a lone low surrogate (`\uDC00`) as the bytes ED B0 80, which are
//   not UTF-8. ReplaceLoneSurrogateEscapes turns each lone half into
//   `\uFFFD` in place (same length, so error offsets still point into the
//   line as read), keeping the record at the cost of one U+FFFD, as an
//   invalid byte costs.
//
// Both read the line as bytes and never fail; on a line that is not JSON
// they give some answer and leave the parser to report the error.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace stancegraph {

// How deep a record may nest arrays and objects (the record itself is 1).
inline constexpr size_t kMaxJsonDepth = 64;

struct JsonLineScan {
  size_t depth = 0;           // deepest nesting of [ and { outside strings
  size_t depth_offset = 0;    // byte offset where `depth` first passed kMaxJsonDepth
  size_t lone_surrogates = 0; // \uD800-\uDFFF escapes without their other half
};

JsonLineScan ScanJsonLine(std::string_view line);

// Rewrites every lone surrogate escape of `line` as \uFFFD; returns how many.
size_t ReplaceLoneSurrogateEscapes(std::string* line);

// The problem text that reports `count` such replacements.
std::string LoneSurrogatesMessage(size_t count);

}  // namespace stancegraph
