// XML-safe text and locale-free numbers for the GraphML columns.
#include "export/graphml_column.h"

#include <charconv>
#include <cmath>
#include <system_error>

#include "core/utf8.h"

namespace stancegraph::exporters {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// U+FFFE and U+FFFF are not XML 1.0 characters; in UTF-8 they are EF BF BE
// and EF BF BF.
bool IsNonCharacterAt(std::string_view text, size_t i) {
  return text.substr(i, 2) == "\xEF\xBF" && i + 2 < text.size() &&
         (text[i + 2] == '\xBE' || text[i + 2] == '\xBF');
}

template <typename Number>
std::string ToChars(Number value) {
  char buffer[64];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return error == std::errc() ? std::string(buffer, end) : "0";
}

}  // namespace

std::string XmlText(std::string_view text) {
  // Valid UTF-8 first: then a byte below 0x80 is always a whole character
  // and 0xEF always starts one, so the scan below can go byte by byte.
  const std::string valid = ToValidUtf8(text);
  std::string result;
  result.reserve(valid.size());
  for (size_t i = 0; i < valid.size(); ++i) {
    const unsigned char byte = static_cast<unsigned char>(valid[i]);
    if (byte == '\r') {
      result += '\n';
      if (i + 1 < valid.size() && valid[i + 1] == '\n') ++i;
    } else if (byte < 0x20 && byte != '\t' && byte != '\n') {
      result += kReplacement;
    } else if (byte == 0xEF && IsNonCharacterAt(valid, i)) {
      result += kReplacement;
      i += 2;
    } else {
      result += static_cast<char>(byte);
    }
  }
  return result;
}

std::string GraphMlValueText(const std::string& value) { return XmlText(value); }

std::string GraphMlValueText(int value) { return ToChars(value); }

std::string GraphMlValueText(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "Infinity" : "-Infinity";
  return ToChars(value);
}

std::string GraphMlValueText(bool value) { return value ? "true" : "false"; }

}  // namespace stancegraph::exporters
