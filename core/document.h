// Document: one news article, speech or page as read from an input.
//
// Plain data, no behaviour. Every string is valid UTF-8: invalid bytes are
// replaced with U+FFFD where documents are read (extract/document_reader.h),
// so nothing past that boundary has to check again.
#pragma once

#include <string>

namespace stancegraph {

struct Document {
  std::string id;       // JSON Lines `id`, or the path as given for a text file
  std::string text;     // the full text, UTF-8
  std::string date;     // ISO 8601 date (YYYY-MM-DD) or empty
  std::string source;   // outlet or URL, optional
  std::string title;    // optional
  std::string speaker;  // known author of a speech or statement, optional:
                        // first-person statements outside quotes are theirs
};

}  // namespace stancegraph
