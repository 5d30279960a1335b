// Segmenter: splits a document into sentences, the units triples come from.
//
// Scraped news is not tidy prose, so lines matter (a line ends at LF, CR LF,
// or a CR alone, as old Mac files have it): a line that does not end
// a sentence and is not continued in lower case on the next line (a
// headline, a date line, "Key points:") is a sentence of its own, and a
// bullet ("• ", "- ", "* ") starts one, marker left out. Inside a line,
// a sentence ends at . ! ? … (with any closing quotes or brackets) before an
// upper-case letter, digit or opening quote, unless the full stop belongs to
// an abbreviation from the lexicon ("Gen.", "U.S." before "officials") or an
// initial ("J. Smith").
#pragma once

#include <string_view>
#include <vector>

#include "extract/lexicon.h"

namespace stancegraph {

struct SentenceSpan {
  size_t begin = 0;  // byte offsets into the document text, trimmed
  size_t end = 0;
  bool headline = false;  // a line of its own with no closing punctuation
  bool bullet = false;    // started by a bullet marker
};

std::vector<SentenceSpan> SegmentSentences(std::string_view text, const Lexicon& lexicon);

// Where the line starting at `pos` ends: at its LF, or at a CR that is not
// right before one (or before the end of `text`); text.size() for the last
// line. The next line starts one byte later.
size_t LineEnd(std::string_view text, size_t pos);

}  // namespace stancegraph
