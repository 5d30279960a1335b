// What the document reader does to a text after making it valid UTF-8 and
// before extraction sees it, and how it tells a binary file from a text.
//
// - Binary files: a file (or a JSON Lines file, or standard input) with a
//   NUL byte in its first kBinaryProbeBytes is not text (a PNG, a gzip
//   archive, a PDF with binary streams): the reader skips it whole and says
//   so, rather than reporting thousands of replaced bytes and extracting
//   noise. (Git and grep decide the same way.)
// - NUL bytes later in a text (or `\u0000` in a JSON string) become U+FFFD:
//   one code point for one, so offsets do not move, and no C string
//   consumer (cgraph) cuts a name short.
// - U+FEFF (a byte order mark left in the middle of a text by joining
//   files, or a zero-width no-break space) is removed wherever it is: it
//   would glue itself to the next word ("\uFEFFFrance").
// - Text that looks like HTML becomes its readable text (extract/html_text.h).
//
// Pure functions of their arguments; thread-safe.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace stancegraph {

inline constexpr size_t kBinaryProbeBytes = 8 * 1024;

// Offset of a NUL byte in the first kBinaryProbeBytes of `head`, if any.
std::optional<size_t> BinaryNulOffset(std::string_view head);

// Replaces each NUL byte of `text` by U+FFFD; returns how many.
size_t ReplaceNulBytes(std::string* text);

// What CleanText changed, for the reader to report.
struct TextCleanup {
  size_t nul_bytes = 0;  // NUL bytes replaced by U+FFFD
  bool html = false;     // markup removed and references decoded
};

// `text` must be valid UTF-8, and stays so.
TextCleanup CleanText(std::string* text);

}  // namespace stancegraph
