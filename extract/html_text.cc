#include "extract/html_text.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>

#include "extract/text.h"

namespace stancegraph {
namespace {

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool StartsWithNoCase(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && LowerCase(text.substr(0, prefix.size())) == prefix;
}

bool IsOneOf(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Elements common enough in pages that two of their tags mark a text as HTML.
bool IsCommonElement(std::string_view name) {
  return IsOneOf(name, {"a",      "abbr",    "article", "aside",  "b",      "blockquote", "body",
                        "br",     "button",  "div",     "em",     "figcaption", "figure", "footer",
                        "form",   "h1",      "h2",      "h3",     "h4",     "h5",         "h6",
                        "head",   "header",  "hr",      "html",   "i",      "iframe",     "img",
                        "input",  "label",   "li",      "link",   "main",   "meta",       "nav",
                        "noscript", "ol",    "option",  "p",      "pre",    "script",     "section",
                        "select", "small",   "span",    "strong", "style",  "sup",        "table",
                        "td",     "th",      "time",    "title",  "tr",     "u",          "ul"});
}

// Elements whose content is not text a reader sees.
bool IsHiddenElement(std::string_view name) {
  return IsOneOf(name, {"script", "style", "noscript", "template", "svg", "iframe", "object"});
}

// Elements that start a line of their own (so a headline stays one).
bool IsBlockElement(std::string_view name) {
  return IsOneOf(name, {"address", "article", "aside", "blockquote", "body", "dd", "div", "dl",
                        "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
                        "h5", "h6", "head", "header", "hr", "html", "li", "main", "nav", "ol",
                        "p", "pre", "section", "table", "title", "tr", "ul"});
}

// A tag at text[pos] ('<' then an optional '/' and a letter): its lower-case
// name, whether it closes, and where it ends (after its '>'; quoted
// attribute values may hold '>'). No tag: end == 0. A '<' outside quotes or
// kMaxTagBytes without a '>' end the attempt, so that text full of '<' and
// no '>' costs linear time, not a scan to the end from every '<'.
struct Tag {
  std::string name;
  bool closing = false;
  bool self_closing = false;
  size_t end = 0;
};

constexpr size_t kMaxTagBytes = 64 * 1024;

Tag ReadTag(std::string_view text, size_t pos) {
  Tag tag;
  size_t i = pos + 1;
  if (i < text.size() && text[i] == '/') {
    tag.closing = true;
    ++i;
  }
  if (i >= text.size() || !IsAsciiLetter(text[i])) return tag;
  const size_t name_begin = i;
  while (i < text.size() && (IsAsciiLetter(text[i]) || IsAsciiDigit(text[i]))) ++i;
  if (i < text.size() && !IsHtmlSpace(text[i]) && text[i] != '>' && text[i] != '/') return tag;
  tag.name = LowerCase(text.substr(name_begin, i - name_begin));
  char quote = 0;
  for (; i < text.size() && i - pos < kMaxTagBytes; ++i) {
    const char c = text[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '<') {
      return tag;
    } else if (c == '>') {
      tag.self_closing = text[i - 1] == '/';
      tag.end = i + 1;
      return tag;
    }
  }
  return tag;  // never closed: not a tag
}

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    *out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out += static_cast<char>(0xC0 | (cp >> 6));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out += static_cast<char>(0xE0 | (cp >> 12));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | (cp >> 18));
    *out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

constexpr uint32_t kReplacement = 0xFFFD;

// What a numeric reference means, as browsers read it (HTML, "numeric
// character reference end state"): 128-159 are Windows-1252.
uint32_t NumericReference(uint32_t value) {
  static constexpr std::array<uint32_t, 32> kWindows1252 = {
      0x20AC, kReplacement, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
      0x02C6, 0x2030,       0x0160, 0x2039, 0x0152, kReplacement, 0x017D, kReplacement,
      kReplacement, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
      0x02DC, 0x2122,       0x0161, 0x203A, 0x0153, kReplacement, 0x017E, 0x0178};
  if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return kReplacement;
  if (value >= 0x80 && value <= 0x9F) return kWindows1252[value - 0x80];
  return value;
}

// The named references news pages use.
uint32_t NamedReference(std::string_view name) {
  static constexpr std::pair<std::string_view, uint32_t> kNames[] = {
      {"amp", '&'},       {"lt", '<'},        {"gt", '>'},        {"quot", '"'},
      {"apos", '\''},     {"nbsp", ' '},      {"ndash", 0x2013},  {"mdash", 0x2014},
      {"lsquo", 0x2018},  {"rsquo", 0x2019},  {"sbquo", 0x201A},  {"ldquo", 0x201C},
      {"rdquo", 0x201D},  {"bdquo", 0x201E},  {"hellip", 0x2026}, {"laquo", 0x00AB},
      {"raquo", 0x00BB},  {"middot", 0x00B7}, {"bull", 0x2022},   {"euro", 0x20AC},
      {"pound", 0x00A3},  {"copy", 0x00A9},   {"reg", 0x00AE},    {"trade", 0x2122},
      {"deg", 0x00B0},    {"times", 0x00D7},  {"shy", 0x00AD},    {"eacute", 0x00E9},
      {"egrave", 0x00E8}, {"aacute", 0x00E1}, {"uuml", 0x00FC},   {"ouml", 0x00F6},
      {"auml", 0x00E4},   {"szlig", 0x00DF},  {"ccedil", 0x00E7}, {"iacute", 0x00ED},
      {"oacute", 0x00F3}, {"ntilde", 0x00F1}};
  for (const auto& [known, code_point] : kNames) {
    if (known == name) return code_point;
  }
  return 0;
}

// Decodes a character reference at text[pos] ('&'). Returns the bytes it
// spans (0 when it is none, and '&' stays as written) and its code point.
std::pair<size_t, uint32_t> ReadReference(std::string_view text, size_t pos) {
  constexpr size_t kLongest = 32;  // "&#" and any number of leading zeros
  const size_t semicolon = text.substr(pos, kLongest).find(';');
  if (semicolon == std::string_view::npos || semicolon < 2) return {0, 0};
  const std::string_view body = text.substr(pos + 1, semicolon - 1);
  if (body[0] != '#') {
    const uint32_t code_point = NamedReference(body);
    return {code_point == 0 ? 0 : semicolon + 1, code_point};
  }
  const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
  const std::string_view digits = body.substr(hex ? 2 : 1);
  if (digits.empty()) return {0, 0};
  uint32_t value = 0;
  for (char c : digits) {
    int digit = -1;
    if (IsAsciiDigit(c)) digit = c - '0';
    else if (hex && c >= 'a' && c <= 'f') digit = c - 'a' + 10;
    else if (hex && c >= 'A' && c <= 'F') digit = c - 'A' + 10;
    if (digit < 0) return {0, 0};
    value = std::min<uint32_t>(value * (hex ? 16 : 10) + static_cast<uint32_t>(digit), 0x110000);
  }
  return {semicolon + 1, NumericReference(value)};
}

class Converter {
 public:
  explicit Converter(std::string_view html) : html_(html) { out_.reserve(html.size()); }

  std::string Run() {
    size_t pos = 0;
    while (pos < html_.size()) {
      const char c = html_[pos];
      if (c == '<') {
        pos = Markup(pos);
      } else if (c == '&') {
        const auto [length, code_point] = ReadReference(html_, pos);
        if (length == 0) {
          Text("&");
          ++pos;
          continue;
        }
        if (code_point == ' ' || code_point == '\t' || code_point == '\n' || code_point == '\r') {
          Space();
        } else {
          std::string decoded;
          AppendUtf8(code_point, &decoded);
          Text(decoded);
        }
        pos += length;
      } else if (IsHtmlSpace(c)) {
        Space();
        ++pos;
      } else {
        Text(std::string_view(&html_[pos], 1));
        ++pos;
      }
    }
    // One line break at the end, as a text file has it.
    while (!out_.empty() && out_.back() == '\n') out_.pop_back();
    if (!out_.empty()) out_ += '\n';
    return std::move(out_);
  }

 private:
  // Handles the '<' at `pos`; returns where reading goes on.
  size_t Markup(size_t pos) {
    const std::string_view rest = html_.substr(pos);
    if (StartsWith(rest, "<!--")) return SkipPast(pos + 4, "-->");
    if (StartsWith(rest, "<!") || StartsWith(rest, "<?")) return SkipPast(pos + 2, ">");
    const Tag tag = ReadTag(html_, pos);
    if (tag.end == 0) {  // a '<' of prose ("a < b")
      Text("<");
      return pos + 1;
    }
    if (tag.name == "br") {
      Break(1);
    } else if (IsBlockElement(tag.name)) {
      Break(2);
    } else if (tag.name == "td" || tag.name == "th") {
      Space();
    }
    if (!tag.closing && !tag.self_closing && IsHiddenElement(tag.name)) {
      return SkipToClosingTag(tag.end, tag.name);
    }
    return tag.end;
  }

  size_t SkipPast(size_t from, std::string_view end_mark) const {
    const size_t at = html_.find(end_mark, from);
    return at == std::string_view::npos ? html_.size() : at + end_mark.size();
  }

  // After the end of `</name ...>`, or the end of the text if it never comes.
  size_t SkipToClosingTag(size_t from, const std::string& name) const {
    for (size_t at = html_.find("</", from); at != std::string_view::npos;
         at = html_.find("</", at + 2)) {
      if (StartsWithNoCase(html_.substr(at + 2), name)) {
        const Tag tag = ReadTag(html_, at);
        if (tag.end != 0 && tag.name == name) return tag.end;
      }
    }
    return html_.size();
  }

  void Text(std::string_view text) {
    if (pending_space_ && !out_.empty() && out_.back() != '\n') out_ += ' ';
    pending_space_ = false;
    out_ += text;
  }

  void Space() { pending_space_ = true; }

  // Ends the current line with `newlines` line breaks in all (2: a blank
  // line, a paragraph of its own).
  void Break(size_t newlines) {
    pending_space_ = false;
    if (out_.empty()) return;
    size_t have = 0;
    while (have < out_.size() && out_[out_.size() - 1 - have] == '\n') ++have;
    for (; have < newlines; ++have) out_ += '\n';
  }

  std::string_view html_;
  std::string out_;
  bool pending_space_ = false;
};

}  // namespace

bool LooksLikeHtml(std::string_view text) {
  const std::string_view start = Trim(text.substr(0, 256));
  if (StartsWithNoCase(start, "<!doctype html") || StartsWithNoCase(start, "<html")) return true;
  int tags = 0;
  for (size_t at = text.find('<'); at != std::string_view::npos; at = text.find('<', at + 1)) {
    const Tag tag = ReadTag(text, at);
    if (tag.end != 0 && IsCommonElement(tag.name) && ++tags >= 2) return true;
  }
  return false;
}

std::string HtmlToText(std::string_view html) { return Converter(html).Run(); }

}  // namespace stancegraph
