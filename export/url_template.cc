#include "export/url_template.h"

#include <cstdio>
#include <sstream>

namespace stancegraph::exporters {
namespace {

// Words of the sentence a text fragment quotes: enough to find it in the
// page, few enough to survive small differences in the rest.
constexpr size_t kFragmentWords = 6;

bool IsUnreserved(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~';
}

void AppendEscaped(unsigned char c, std::string* out) {
  char hex[4];
  std::snprintf(hex, sizeof hex, "%%%02X", c);
  *out += hex;
}

bool IsHttpUrl(std::string_view text) {
  return text.rfind("http://", 0) == 0 || text.rfind("https://", 0) == 0;
}

// The first words of `sentence`, for a text fragment.
std::string FirstWords(std::string_view sentence, size_t count) {
  std::istringstream words{std::string(sentence)};
  std::string word;
  std::string result;
  for (size_t i = 0; i < count && words >> word; ++i) result += (i > 0 ? " " : "") + word;
  return result;
}

}  // namespace

std::string PercentEncode(std::string_view text) {
  std::string encoded;
  for (unsigned char c : text) {
    if (IsUnreserved(c)) {
      encoded += static_cast<char>(c);
    } else {
      AppendEscaped(c, &encoded);
    }
  }
  return encoded;
}

std::string UrlSafe(std::string_view text) {
  std::string encoded;
  for (unsigned char c : text) {
    if (c <= 0x20 || c >= 0x7F || std::string_view("\"<>\\^`{|}").find(static_cast<char>(c)) !=
                                      std::string_view::npos) {
      AppendEscaped(c, &encoded);
    } else {
      encoded += static_cast<char>(c);
    }
  }
  return encoded;
}

std::string ExpandUrlTemplate(std::string_view url_template,
                              const std::map<std::string, std::string>& values) {
  std::string url;
  size_t i = 0;
  while (i < url_template.size()) {
    if (url_template[i] == '{') {
      const size_t close = url_template.find('}', i);
      if (close != std::string_view::npos) {
        auto it = values.find(std::string(url_template.substr(i + 1, close - i - 1)));
        if (it != values.end()) {
          url += it->second;
          i = close + 1;
          continue;
        }
      }
    }
    url += url_template[i++];
  }
  return url;
}

std::string EvidenceUrl(std::string_view url_template, const Evidence& evidence) {
  if (url_template.empty()) {
    if (!IsHttpUrl(evidence.doc())) return "";
    const std::string_view doc = evidence.doc().view();
    const std::string base = UrlSafe(doc.substr(0, doc.find('#')));
    return base + "#:~:text=" + PercentEncode(FirstWords(evidence.sentence, kFragmentWords));
  }
  return ExpandUrlTemplate(url_template, {{"doc", UrlSafe(evidence.doc())},
                                          {"start", std::to_string(evidence.start())},
                                          {"end", std::to_string(evidence.end())},
                                          {"sentence", PercentEncode(evidence.sentence)}});
}

std::string NodeUrl(std::string_view url_template, const StanceNode& node) {
  if (url_template.empty()) return "";
  return ExpandUrlTemplate(url_template, {{"id", UrlSafe(node.id)}, {"name", PercentEncode(node.name)}});
}

}  // namespace stancegraph::exporters
