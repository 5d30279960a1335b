// RFC 4180 quoting of one CSV field.
#include "export/csv_field.h"

namespace stancegraph::exporters {

bool CsvNeedsQuotes(std::string_view text) {
  return text.find_first_of(",\"\r\n") != std::string_view::npos ||
         (!text.empty() && (text.front() == ' ' || text.back() == ' '));
}

std::string CsvField(std::string_view text) {
  if (!CsvNeedsQuotes(text)) return std::string(text);
  std::string field = "\"";
  for (char c : text) {
    if (c == '"') field += '"';
    field += c;
  }
  return field + "\"";
}

}  // namespace stancegraph::exporters
