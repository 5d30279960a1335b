#include "core/utf8.h"

#include <cstdint>
#include <cstring>

namespace stancegraph {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// What a lead byte promises: how many continuation bytes follow and the range
// allowed for the first of them. The narrowed first ranges are what rule out
// overlong forms (E0, F0), surrogates (ED) and code points above U+10FFFF
// (F4); see Unicode 15, Table 3-7. Later continuation bytes are 80..BF.
struct LeadRule {
  int continuations;  // -1: the byte can never start a sequence
  unsigned char first_low;
  unsigned char first_high;
};

LeadRule RuleFor(unsigned char lead) {
  if (lead < 0x80) return {0, 0, 0};
  if (lead < 0xC2) return {-1, 0, 0};  // stray continuation, or C0/C1 (always overlong)
  if (lead < 0xE0) return {1, 0x80, 0xBF};
  if (lead == 0xE0) return {2, 0xA0, 0xBF};
  if (lead == 0xED) return {2, 0x80, 0x9F};
  if (lead < 0xF0) return {2, 0x80, 0xBF};
  if (lead == 0xF0) return {3, 0x90, 0xBF};
  if (lead < 0xF4) return {3, 0x80, 0xBF};
  if (lead == 0xF4) return {3, 0x80, 0x8F};
  return {-1, 0, 0};  // F5..FF
}

// One step of decoding at `pos`: either a whole valid sequence, or the
// maximal subpart of an invalid one (the longest prefix that could still
// have become valid, at least one byte), which becomes one U+FFFD.
struct Step {
  size_t length;
  bool valid;
};

Step DecodeAt(std::string_view bytes, size_t pos) {
  const LeadRule rule = RuleFor(static_cast<unsigned char>(bytes[pos]));
  if (rule.continuations < 0) return {1, false};
  unsigned char low = rule.first_low;
  unsigned char high = rule.first_high;
  for (int i = 1; i <= rule.continuations; ++i) {
    if (pos + i >= bytes.size()) return {static_cast<size_t>(i), false};  // truncated
    const auto byte = static_cast<unsigned char>(bytes[pos + i]);
    if (byte < low || byte > high) return {static_cast<size_t>(i), false};
    low = 0x80;
    high = 0xBF;
  }
  return {static_cast<size_t>(rule.continuations) + 1, true};
}

// Skips ASCII eight bytes at a time: news text is mostly ASCII, and this is
// what keeps validating a clean document at about the cost of a copy.
size_t SkipAscii(std::string_view bytes, size_t pos) {
  constexpr uint64_t kHighBits = 0x8080808080808080ULL;
  while (pos + sizeof(uint64_t) <= bytes.size()) {
    uint64_t word;
    std::memcpy(&word, bytes.data() + pos, sizeof word);
    if (word & kHighBits) break;
    pos += sizeof word;
  }
  while (pos < bytes.size() && static_cast<unsigned char>(bytes[pos]) < 0x80) ++pos;
  return pos;
}

// Position of the first invalid sequence at or after `pos`, or bytes.size().
size_t NextInvalid(std::string_view bytes, size_t pos) {
  while (true) {
    pos = SkipAscii(bytes, pos);
    if (pos >= bytes.size()) return bytes.size();
    const Step step = DecodeAt(bytes, pos);
    if (!step.valid) return pos;
    pos += step.length;
  }
}

}  // namespace

std::string ToValidUtf8(std::string_view bytes, size_t* replaced) {
  if (replaced != nullptr) *replaced = 0;
  size_t bad = NextInvalid(bytes, 0);
  if (bad == bytes.size()) return std::string(bytes);  // the common case: one scan, one copy

  std::string out;
  out.reserve(bytes.size() + kReplacement.size());
  size_t count = 0;
  size_t pos = 0;
  while (true) {
    out.append(bytes.substr(pos, bad - pos));  // the valid run before `bad`
    if (bad == bytes.size()) break;
    out.append(kReplacement);
    ++count;
    pos = bad + DecodeAt(bytes, bad).length;
    bad = NextInvalid(bytes, pos);
  }
  if (replaced != nullptr) *replaced = count;
  return out;
}

bool IsValidUtf8(std::string_view bytes) { return NextInvalid(bytes, 0) == bytes.size(); }

size_t CodePointCount(std::string_view text) {
  // Every code point has exactly one byte that is not a continuation (10xxxxxx).
  size_t count = 0;
  for (char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

}  // namespace stancegraph
