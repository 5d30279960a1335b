// UTF-8 helpers used at the input boundary and wherever offsets are counted.
//
// Documents are made valid once, when read (ToValidUtf8); everything after
// that may assume valid UTF-8. Offsets in triples count Unicode code points,
// so byte offsets from the extractor go through CodePointCount.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace stancegraph {

// Returns `bytes` with every invalid sequence (overlong forms, surrogates,
// truncated or stray bytes, code points above U+10FFFF) replaced by U+FFFD,
// one replacement per maximal invalid subpart. `*replaced` (if given)
// receives the number of replacements made.
std::string ToValidUtf8(std::string_view bytes, size_t* replaced = nullptr);

// True when `bytes` is valid UTF-8.
bool IsValidUtf8(std::string_view bytes);

// Number of code points in valid UTF-8 `text` (counts lead bytes).
size_t CodePointCount(std::string_view text);

}  // namespace stancegraph
