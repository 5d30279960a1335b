// Neo4j CSV fields: safe text first, then RFC 4180 quoting.
#include "export/neo4j_csv.h"

#include "core/utf8.h"
#include "export/csv_field.h"

namespace stancegraph::exporters {
namespace {

constexpr std::string_view kFullwidthSemicolon = "\xEF\xBC\x9B";       // U+FF1B
constexpr std::string_view kFullwidthReverseSolidus = "\xEF\xBC\xBC";  // U+FF3C

// Valid UTF-8 on one line: each line break (CR LF counts as one) becomes a space.
std::string OneLineUtf8(std::string_view raw) {
  const std::string text = IsValidUtf8(raw) ? std::string(raw) : ToValidUtf8(raw);
  std::string line;
  line.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    line += text[i] == '\r' || text[i] == '\n' ? ' ' : text[i];
  }
  return line;
}

// LOAD CSV's legacy escaping reads backslash + quote as a literal quote, so
// no backslash may stand right before a quote in the written field: neither
// before one of the text's quotes nor, in a quoted field, before the closing one.
std::string WithoutBackslashBeforeQuote(std::string_view text, bool quoted) {
  std::string result;
  result.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const bool before_quote = i + 1 < text.size() ? text[i + 1] == '"' : quoted;
    if (text[i] == '\\' && before_quote) {
      result += kFullwidthReverseSolidus;
    } else {
      result += text[i];
    }
  }
  return result;
}

// The field for one line of safe text. Whether it is quoted is decided
// before the backslashes are replaced, since that decides which backslash
// stands before the closing quote; the replacement never changes the
// decision (it adds no comma, quote, line break or space).
std::string Quoted(std::string_view line) {
  return CsvField(WithoutBackslashBeforeQuote(line, CsvNeedsQuotes(line)));
}

}  // namespace

std::string Neo4jTextField(std::string_view text) { return Quoted(OneLineUtf8(text)); }

std::string Neo4jArrayField(const std::vector<std::string>& elements) {
  std::string joined;
  for (const std::string& element : elements) {
    std::string safe;
    for (char c : OneLineUtf8(element)) {
      if (c == kNeo4jArrayDelimiter) {
        safe += kFullwidthSemicolon;
      } else {
        safe += c;
      }
    }
    if (safe.empty()) continue;  // "a;;b" would read back as an empty string element
    if (!joined.empty()) joined += kNeo4jArrayDelimiter;
    joined += safe;
  }
  return Quoted(joined);
}

std::string Neo4jCsvRecord(const std::vector<std::string>& fields) {
  std::string record;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) record += kNeo4jFieldDelimiter;
    record += fields[i];
  }
  return record + "\n";
}

}  // namespace stancegraph::exporters
