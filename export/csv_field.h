// CSV fields as RFC 4180 writes them, shared by the CSV writers in export/
// (the network edge lists and the Neo4j bundle, which adds its own rules
// first: see neo4j_csv.h). Private to export/.
#pragma once

#include <string>
#include <string_view>

namespace stancegraph::exporters {

// Whether `text` must be quoted to read back as one unchanged field: it holds
// a comma, a double quote or a line break, or starts or ends with a space
// (which some readers trim from unquoted fields).
bool CsvNeedsQuotes(std::string_view text);

// `text` as one CSV field: as is, or, when CsvNeedsQuotes, in double quotes
// with each double quote doubled ("say "hi"" -> "\"say \"\"hi\"\"\"").
// The bytes are written unchanged: making them valid UTF-8 is the caller's job.
std::string CsvField(std::string_view text);

}  // namespace stancegraph::exporters
