#include "core/json_line_guard.h"

namespace stancegraph {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The code unit of a `\uXXXX` escape at `pos`, or -1 if there is none.
long EscapedUnit(std::string_view line, size_t pos) {
  if (pos + 6 > line.size() || line[pos] != '\\' || line[pos + 1] != 'u') return -1;
  long unit = 0;
  for (size_t i = pos + 2; i < pos + 6; ++i) {
    const int digit = HexValue(line[i]);
    if (digit < 0) return -1;
    unit = unit * 16 + digit;
  }
  return unit;
}

bool IsHighSurrogate(long unit) { return unit >= 0xD800 && unit <= 0xDBFF; }
bool IsLowSurrogate(long unit) { return unit >= 0xDC00 && unit <= 0xDFFF; }

// Walks `line` as JSON tokens: calls on_open(offset, depth) at each [ or {
// outside a string (stopping when it returns false) and on_lone(offset) at
// each lone surrogate escape inside one.
template <typename OnOpen, typename OnLone>
void Walk(std::string_view line, OnOpen on_open, OnLone on_lone) {
  size_t depth = 0;
  bool in_string = false;
  for (size_t pos = 0; pos < line.size(); ++pos) {
    const char c = line[pos];
    if (!in_string) {
      if (c == '"') {
        in_string = true;
      } else if (c == '[' || c == '{') {
        if (!on_open(pos, ++depth)) return;
      } else if ((c == ']' || c == '}') && depth > 0) {
        --depth;
      }
      continue;
    }
    if (c == '"') {
      in_string = false;
    } else if (c == '\\') {
      const long unit = EscapedUnit(line, pos);
      if (unit < 0) {
        ++pos;  // a two-character escape (or a broken one the parser reports)
      } else if (IsHighSurrogate(unit) && IsLowSurrogate(EscapedUnit(line, pos + 6))) {
        pos += 11;  // a pair: one code point above U+FFFF
      } else {
        if (IsHighSurrogate(unit) || IsLowSurrogate(unit)) on_lone(pos);
        pos += 5;
      }
    }
  }
}

}  // namespace

JsonLineScan ScanJsonLine(std::string_view line) {
  JsonLineScan scan;
  Walk(
      line,
      [&scan](size_t offset, size_t depth) {
        if (depth > scan.depth) scan.depth = depth;
        if (depth <= kMaxJsonDepth) return true;
        scan.depth_offset = offset;
        return false;  // refused anyway: no need to read further
      },
      [&scan](size_t) { ++scan.lone_surrogates; });
  return scan;
}

size_t ReplaceLoneSurrogateEscapes(std::string* line) {
  size_t replaced = 0;
  Walk(
      *line, [](size_t, size_t) { return true; },
      [line, &replaced](size_t offset) {
        line->replace(offset + 2, 4, "FFFD");
        ++replaced;
      });
  return replaced;
}

std::string LoneSurrogatesMessage(size_t count) {
  return "lone UTF-16 surrogate escape replaced by U+FFFD (" + std::to_string(count) +
         (count == 1 ? " escape)" : " escapes)");
}

}  // namespace stancegraph
