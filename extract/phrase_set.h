// PhraseSet: whether a text contains any of a fixed set of phrases, as
// plain byte substrings (the extractor's page-junk test: "cookie policy",
// "reporting by" anywhere in a lower-cased sentence).
//
// One pass over the text. At each byte only the phrases starting with that
// byte are tried, and for phrases of four bytes or more only where a
// 4096-bit filter of their first four bytes says one may start: in running
// text that rules out nearly every position with one bit test.
//
// Immutable once built; safe to share between threads.
#pragma once

#include <array>
#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace stancegraph {

class PhraseSet {
 public:
  PhraseSet() = default;
  explicit PhraseSet(std::vector<std::string> phrases);

  // Whether any phrase occurs in `text`. Empty phrases are ignored.
  bool ContainsAny(std::string_view text) const;

  const std::vector<std::string>& phrases() const { return phrases_; }

 private:
  static constexpr size_t kPrefixBytes = 4;
  static constexpr size_t kFilterBits = 4096;

  // Filter position of four bytes of text.
  static size_t PrefixSlot(const char* bytes);
  bool TryAt(std::string_view text, size_t i, const std::vector<uint32_t>& candidates) const;

  std::vector<std::string> phrases_;
  // Indexes into phrases_ by first byte: shorter than kPrefixBytes, and the rest.
  std::array<std::vector<uint32_t>, 256> short_by_first_byte_;
  std::array<std::vector<uint32_t>, 256> long_by_first_byte_;
  std::bitset<256> short_first_bytes_;  // bytes some short phrase starts with
  std::bitset<kFilterBits> long_prefixes_;  // PrefixSlot of every long phrase
};

}  // namespace stancegraph
