#include "extract/phrase_set.h"

#include <cstring>
#include <utility>

#include "extract/text.h"

namespace stancegraph {

PhraseSet::PhraseSet(std::vector<std::string> phrases) : phrases_(std::move(phrases)) {
  for (size_t i = 0; i < phrases_.size(); ++i) {
    const std::string& phrase = phrases_[i];
    if (phrase.empty()) continue;
    const auto first = static_cast<unsigned char>(phrase.front());
    if (phrase.size() < kPrefixBytes) {
      short_by_first_byte_[first].push_back(static_cast<uint32_t>(i));
      short_first_bytes_.set(first);
    } else {
      long_by_first_byte_[first].push_back(static_cast<uint32_t>(i));
      long_prefixes_.set(PrefixSlot(phrase.data()));
    }
  }
}

size_t PhraseSet::PrefixSlot(const char* bytes) {
  uint32_t prefix;
  std::memcpy(&prefix, bytes, sizeof prefix);
  return (prefix * 0x9E3779B1u) >> (32 - 12);  // the top 12 bits: 4096 slots
}

bool PhraseSet::TryAt(std::string_view text, size_t i, const std::vector<uint32_t>& candidates) const {
  const std::string_view rest = text.substr(i);
  for (uint32_t phrase : candidates) {
    if (StartsWith(rest, phrases_[phrase])) return true;
  }
  return false;
}

bool PhraseSet::ContainsAny(std::string_view text) const {
  static_assert(kFilterBits == size_t{1} << 12, "PrefixSlot gives 12 bits");
  for (size_t i = 0; i < text.size(); ++i) {
    const auto first = static_cast<unsigned char>(text[i]);
    if (short_first_bytes_[first] && TryAt(text, i, short_by_first_byte_[first])) return true;
    // A long phrase needs kPrefixBytes here, and its first four bytes in the filter.
    if (i + kPrefixBytes <= text.size() && long_prefixes_[PrefixSlot(text.data() + i)] &&
        TryAt(text, i, long_by_first_byte_[first])) {
      return true;
    }
  }
  return false;
}

}  // namespace stancegraph
