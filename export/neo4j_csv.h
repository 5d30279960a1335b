// Neo4jCsv: CSV fields that both of Neo4j's CSV readers take back unchanged.
//
// The Neo4j bundle is read by `neo4j-admin database import` (RFC 4180 with
// typed headers) and by Cypher's LOAD CSV, which by default also treats a
// backslash before a double quote as an escaped quote
// (dbms.import.csv.legacy_quote_escaping=true). A field written here reads
// back the same in both, because every text field is first made safe:
//   - invalid UTF-8 becomes U+FFFD (core/utf8.h);
//   - each line break (CR LF, CR, LF) becomes one space, so no reader needs
//     --multiline-fields and every record is one line;
//   - a backslash that would stand before a double quote (one from the text
//     or the closing quote) becomes U+FF3C FULLWIDTH REVERSE SOLIDUS;
//   - the field is quoted (quotes doubled) when it holds a comma, a quote
//     or a leading or trailing space.
// Array fields join their elements with kNeo4jArrayDelimiter (';', the
// importer's default); a ';' inside an element becomes U+FF1B FULLWIDTH
// SEMICOLON, which looks the same and never splits, and empty elements are
// left out. Private to export/.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace stancegraph::exporters {

inline constexpr char kNeo4jFieldDelimiter = ',';
inline constexpr char kNeo4jArrayDelimiter = ';';

// One text field, made safe and quoted as above.
std::string Neo4jTextField(std::string_view text);

// One array field: the safe elements joined by ';', then quoted as a text
// field. No elements (or only empty ones) give an empty field: no value.
std::string Neo4jArrayField(const std::vector<std::string>& elements);

// A record: the (already encoded) fields joined by ',' and ended by "\n".
std::string Neo4jCsvRecord(const std::vector<std::string>& fields);

}  // namespace stancegraph::exporters
