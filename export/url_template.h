// Links in the diagram (URL templates filled from the graph) and the two
// percent-encodings they need, which the RDF ids of documents use too.
// Private to export/.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "graph/stance_graph.h"

namespace stancegraph::exporters {

// Every byte but RFC 3986's unreserved characters as %XX: for text put into
// a path segment, a query or a fragment ("a b/c" -> "a%20b%2Fc").
std::string PercentEncode(std::string_view text);

// Only what may never appear in a URL (spaces, quotes, < > \ ^ ` { | },
// control characters, non-ASCII bytes) as %XX, so a document id that is
// already a URL stays one.
std::string UrlSafe(std::string_view text);

// `url_template` with each "{name}" of `values` replaced by its value;
// other braces are left as they are.
std::string ExpandUrlTemplate(std::string_view url_template,
                              const std::map<std::string, std::string>& values);

// The link of an evidence sentence: `url_template` filled with {doc}
// (UrlSafe), {start}, {end} and {sentence} (PercentEncode); with an empty
// template, the document itself when its id is an http(s) URL, with a text
// fragment (#:~:text=) that makes browsers highlight the sentence's first
// words; else "".
std::string EvidenceUrl(std::string_view url_template, const Evidence& evidence);

// The link of a node: `url_template` filled with {id} (UrlSafe) and {name}
// (PercentEncode); "" for an empty template.
std::string NodeUrl(std::string_view url_template, const StanceNode& node);

}  // namespace stancegraph::exporters
