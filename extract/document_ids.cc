#include "extract/document_ids.h"

#include <functional>

namespace stancegraph {
namespace {

// FNV-1a, 64 bits: independent of std::hash (which keys the table), so a
// clash of one is caught by the other.
uint64_t CheckHash(std::string_view id) {
  uint64_t hash = 0xcbf29ce484222325u;
  for (unsigned char c : id) {
    hash ^= c;
    hash *= 0x100000001b3u;
  }
  return hash;
}

}  // namespace

std::optional<std::string> DocumentIds::SeenInJsonLines(std::string_view id,
                                                        const std::string& name, size_t line) {
  // Streams come one after another: only the latest can be new.
  if (streams_.empty() || streams_.back() != name) streams_.push_back(name);
  FirstSeen place;
  place.stream = static_cast<uint32_t>(streams_.size());
  place.line = static_cast<uint32_t>(line);
  return Seen(id, place);
}

std::optional<std::string> DocumentIds::SeenInTextFile(std::string_view id) {
  return Seen(id, FirstSeen{});
}

std::optional<std::string> DocumentIds::Seen(std::string_view id, FirstSeen place) {
  place.check = CheckHash(id);
  const auto [it, inserted] = seen_.try_emplace(std::hash<std::string_view>{}(id), place);
  if (inserted || it->second.check != place.check) {
    // A clash of the first hash alone (a few times in 10^8 runs of a
    // million documents): two different ids; the second is read, not kept.
    return std::nullopt;
  }
  return Describe(id, it->second);
}

std::string DocumentIds::Describe(std::string_view id, const FirstSeen& place) const {
  if (place.stream == 0) return std::string(id);
  return streams_[place.stream - 1] + ":" + std::to_string(place.line);
}

}  // namespace stancegraph
