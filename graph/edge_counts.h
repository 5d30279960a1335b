// EdgeCounts: what the exact counts of a stance edge are made of once its
// evidence sample has dropped a sentence (--max-evidence; until then its
// kept items are its counts), for all such edges of a graph in two flat
// hash tables: the distinct sentences of each edge (by 64-bit hash) with
// the highest confidence each had, and the distinct places (sentence,
// document, offsets, date) each was seen.
//
// Why not a set per edge: most edges of a big news graph have one or two
// sentences, and a std::unordered_map per edge costs hundreds of bytes
// before it holds anything. Here an entry costs its own 16 or 24 bytes over
// a load of at most 3/4, and merging graphs is one pass over the tables.
// Edges are known by a dense index (StanceGraph's tally index).
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace stancegraph {

// Open addressing with linear probing over a power-of-two array. Entry
// provides `uint64_t Hash() const`, `bool SameKey(const Entry&) const` and
// `bool used` (false in a default-constructed Entry). No erase: the tables
// only grow, and are dropped whole.
template <typename Entry>
class FlatTable {
 public:
  // The entry with `probe`'s key, inserted as `probe` if there was none;
  // second is true when it was inserted. The pointer is valid until the next
  // insertion.
  std::pair<Entry*, bool> Insert(const Entry& probe) {
    if ((size_ + 1) * 4 > slots_.size() * 3) Grow();
    Entry* slot = Find(probe);
    if (slot->used) return {slot, false};
    *slot = probe;
    slot->used = true;
    ++size_;
    return {slot, true};
  }

  size_t size() const { return size_; }

  template <typename Visit>
  void ForEach(Visit visit) const {
    for (const Entry& entry : slots_) {
      if (entry.used) visit(entry);
    }
  }

  void Clear() {
    std::vector<Entry>().swap(slots_);
    size_ = 0;
  }

 private:
  Entry* Find(const Entry& probe) {
    const size_t mask = slots_.size() - 1;
    for (size_t i = Mix(probe.Hash()) & mask;; i = (i + 1) & mask) {
      if (!slots_[i].used || slots_[i].SameKey(probe)) return &slots_[i];
    }
  }

  void Grow() {
    std::vector<Entry> old(slots_.empty() ? 16 : slots_.size() * 2);
    old.swap(slots_);
    for (const Entry& entry : old) {
      if (entry.used) *Find(entry) = entry;
    }
  }

  // The keys are FNV-1a hashes mixed with an edge index; a final mix
  // (splitmix64's) spreads them over the low bits the mask keeps.
  static uint64_t Mix(uint64_t x) {
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebull;
    return x ^ (x >> 31);
  }

  std::vector<Entry> slots_;
  size_t size_ = 0;
};

// Where an entry keyed by (hash, edge) goes: the edge index mixed into
// both halves of the hash.
inline uint64_t EntryHash(uint64_t hash, uint32_t edge) {
  return hash ^ (uint64_t{edge} << 32 | edge);
}

// One distinct sentence of one edge, with the highest confidence it was
// stated with (in units of 1e-9, so sums do not depend on order).
struct SentenceCount {
  uint64_t sentence = 0;  // hash of the sentence's SentenceKey
  int64_t units = 0;
  uint32_t edge = 0;
  bool used = false;

  uint64_t Hash() const { return EntryHash(sentence, edge); }
  bool SameKey(const SentenceCount& other) const {
    return sentence == other.sentence && edge == other.edge;
  }
};

// One distinct place (sentence and source) where an edge was stated.
struct PlaceCount {
  uint64_t place = 0;  // hash of (sentence, document, offsets, date)
  uint32_t edge = 0;
  bool used = false;

  uint64_t Hash() const { return EntryHash(place, edge); }
  bool SameKey(const PlaceCount& other) const {
    return place == other.place && edge == other.edge;
  }
};

struct EdgeCounts {
  FlatTable<SentenceCount> sentences;
  FlatTable<PlaceCount> places;
};

}  // namespace stancegraph
