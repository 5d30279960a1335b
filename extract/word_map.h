// WordMap: the lexicon's string-keyed tables, looked up by std::string_view.
//
// The tokenizer looks up every token and the actor resolver many n-grams,
// so lookups must not build a std::string or chase list nodes as
// std::unordered_map<std::string, V> does. This is an open-addressing table
// (linear probing, power-of-two size, at most half full) over entries kept
// in insertion order; a slot holds part of the key's hash, so a probe
// compares key bytes only when the hashes agree.
//
// References returned by operator[] stay valid only until the next insert
// (entries live in a vector); moving the map keeps them valid. Iteration
// is in insertion order.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace stancegraph {

// A fast hash of short strings: eight bytes at a time, multiply and mix.
// The last one to seven bytes are read with fixed-size loads (a memcpy of a
// variable length would be a call), overlapping where needed; the length is
// mixed in, so overlapping reads of different lengths do not collide.
inline uint64_t WordHash(std::string_view s) {
  constexpr uint64_t kMultiplier = 0x9E3779B97F4A7C15ull;
  const char* p = s.data();
  const size_t n = s.size();
  uint64_t h = n * kMultiplier;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t chunk;
    std::memcpy(&chunk, p + i, 8);
    h = (h ^ chunk) * kMultiplier;
    h ^= h >> 29;
  }
  if (const size_t rest = n - i; rest >= 4) {
    uint32_t first, last;
    std::memcpy(&first, p + i, 4);
    std::memcpy(&last, p + n - 4, 4);
    h = (h ^ (uint64_t{first} << 32 | last)) * kMultiplier;
  } else if (rest > 0) {
    const uint64_t chunk = uint64_t{static_cast<unsigned char>(p[i])} << 16 |
                           uint64_t{static_cast<unsigned char>(p[i + rest / 2])} << 8 |
                           static_cast<unsigned char>(p[n - 1]);
    h = (h ^ chunk) * kMultiplier;
  }
  h ^= h >> 32;
  h *= 0xD6E8FEB86659FD93ull;
  h ^= h >> 32;
  return h;
}

template <typename Value>
class WordMap {
 public:
  using Entry = std::pair<std::string, Value>;

  // The value of `key`, inserted default-constructed when missing.
  Value& operator[](std::string_view key) {
    const uint64_t hash = WordHash(key);
    if (!slots_.empty()) {
      const Slot& slot = slots_[Probe(key, hash)];
      if (slot.entry_plus_one != 0) return entries_[slot.entry_plus_one - 1].second;
    }
    if ((entries_.size() + 1) * 2 > slots_.size()) Rehash(slots_.empty() ? 16 : slots_.size() * 2);
    slots_[Probe(key, hash)] = {Tag(hash), static_cast<uint32_t>(entries_.size() + 1)};
    entries_.emplace_back(std::string(key), Value{});
    return entries_.back().second;
  }

  const Value* Find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    const Slot& slot = slots_[Probe(key, WordHash(key))];
    return slot.entry_plus_one == 0 ? nullptr : &entries_[slot.entry_plus_one - 1].second;
  }

  size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  void clear() {
    entries_.clear();
    slots_.clear();
  }
  typename std::vector<Entry>::const_iterator begin() const { return entries_.begin(); }
  typename std::vector<Entry>::const_iterator end() const { return entries_.end(); }

 private:
  struct Slot {
    uint32_t tag = 0;             // high half of the key's hash
    uint32_t entry_plus_one = 0;  // 0: empty
  };

  static uint32_t Tag(uint64_t hash) { return static_cast<uint32_t>(hash >> 32); }

  // Index of the slot holding `key`, or of the empty slot where it would
  // go. There must be slots.
  size_t Probe(std::string_view key, uint64_t hash) const {
    const size_t mask = slots_.size() - 1;
    const uint32_t tag = Tag(hash);
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.entry_plus_one == 0) return i;
      if (slot.tag == tag && entries_[slot.entry_plus_one - 1].first == key) return i;
    }
  }

  void Rehash(size_t slot_count) {
    slots_.assign(slot_count, Slot{});
    const size_t mask = slot_count - 1;
    for (size_t e = 0; e < entries_.size(); ++e) {
      const uint64_t hash = WordHash(entries_[e].first);
      size_t i = hash & mask;
      while (slots_[i].entry_plus_one != 0) i = (i + 1) & mask;
      slots_[i] = {Tag(hash), static_cast<uint32_t>(e + 1)};
    }
  }

  std::vector<Entry> entries_;
  std::vector<Slot> slots_;
};

}  // namespace stancegraph
