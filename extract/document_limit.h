// How much of an overlong document is read (--max-document-bytes).
//
// One pathological input (a log file, a database dump, a 200 MB "article")
// must not stall a run or take its memory: the document reader keeps at most
// a given number of bytes of a document, reports the cut, and extracts from
// what it kept. The cut falls where a sentence is likely to end, so that no
// sentence is read half.
#pragma once

#include <cstddef>
#include <string_view>

namespace stancegraph {

// The default cap: a news article is well under 1 MB.
inline constexpr size_t kDefaultMaxDocumentBytes = size_t{16} << 20;

// How many bytes of `head`, the first bytes of a longer document, to keep:
// up to its last line break, or else the last full stop, question or
// exclamation mark followed by a space, when that keeps at least half of
// `head`; else up to its last space; else all of it, less a UTF-8 sequence
// cut short at its end. Never more than head.size().
size_t DocumentCutPoint(std::string_view head);

}  // namespace stancegraph
