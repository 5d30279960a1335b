// XML-safe text and locale-free numbers for the GraphML columns, appended
// to the element being built without intermediate strings.
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
void AppendChars(std::string& out, Number value) {
  char buffer[64];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
  if (error == std::errc()) {
    out.append(buffer, end);
  } else {
    out += '0';
  }
}

// `valid` (valid UTF-8) as XML character data, in one pass: the characters
// XML cannot carry mended, then the markup escaped as property_tree's
// encode_char_entities does. Valid UTF-8 makes a byte below 0x80 always a
// whole character and 0xEF always the start of one, so the scan can go byte
// by byte.
void AppendCharacterData(std::string& out, std::string_view valid) {
  for (size_t i = 0; i < valid.size(); ++i) {
    const unsigned char byte = static_cast<unsigned char>(valid[i]);
    switch (byte) {
      case '\r':
        out += '\n';
        if (i + 1 < valid.size() && valid[i + 1] == '\n') ++i;
        continue;
      case '<': out += "&lt;"; continue;
      case '>': out += "&gt;"; continue;
      case '&': out += "&amp;"; continue;
      case '"': out += "&quot;"; continue;
      case '\'': out += "&apos;"; continue;
      default: break;
    }
    if (byte < 0x20 && byte != '\t' && byte != '\n') {
      out += kReplacement;
    } else if (byte == 0xEF && IsNonCharacterAt(valid, i)) {
      out += kReplacement;
      i += 2;
    } else {
      out += static_cast<char>(byte);
    }
  }
}

}  // namespace

void AppendGraphMlValue(std::string& out, const std::string& value) {
  // encode_char_entities writes a text of only spaces (which the mending
  // leaves as it is) with its first space as a character reference.
  if (!value.empty() && value.find_first_not_of(' ') == std::string::npos) {
    out += "&#32;";
    out.append(value.size() - 1, ' ');
    return;
  }
  if (IsValidUtf8(value)) {
    AppendCharacterData(out, value);
  } else {
    AppendCharacterData(out, ToValidUtf8(value));
  }
}

void AppendGraphMlValue(std::string& out, int value) { AppendChars(out, value); }

void AppendGraphMlValue(std::string& out, double value) {
  if (std::isnan(value)) {
    out += "NaN";
  } else if (std::isinf(value)) {
    out += value > 0 ? "Infinity" : "-Infinity";
  } else {
    AppendChars(out, value);
  }
}

void AppendGraphMlValue(std::string& out, bool value) { out += value ? "true" : "false"; }

}  // namespace stancegraph::exporters
