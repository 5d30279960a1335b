// DocumentIds: the document ids seen so far in a run, to skip a document
// whose id was already read (a JSON Lines record repeated, a file given
// twice) and say where the id was first seen.
//
// Memory stays modest over a million documents: ids are not kept, only two
// independent 64-bit hashes of each and where it was first seen (about 50
// bytes a document with the hash table's own overhead). Two different ids
// would have to agree in all 128 bits to be taken for one, which over a
// million ids is a chance below 10^-26.
//
// A place is a JSON Lines stream and a line number, or a text file, whose
// path is its document's id and so needs no storing. Not thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace stancegraph {

class DocumentIds {
 public:
  // Records `id` as read from line `line` of the JSON Lines stream `name`.
  // Returns where it was first seen ("news.jsonl:12") if it was, else
  // nothing (and the id is now seen).
  std::optional<std::string> SeenInJsonLines(std::string_view id, const std::string& name,
                                             size_t line);
  // The same for a text document, whose id is its path.
  std::optional<std::string> SeenInTextFile(std::string_view id);

 private:
  struct FirstSeen {
    uint64_t check = 0;   // a second hash of the id, independent of the key
    uint32_t stream = 0;  // index in streams_ + 1; 0: a text file (the id is the path)
    uint32_t line = 0;
  };

  std::optional<std::string> Seen(std::string_view id, FirstSeen place);
  std::string Describe(std::string_view id, const FirstSeen& place) const;

  std::unordered_map<uint64_t, FirstSeen> seen_;
  std::vector<std::string> streams_;  // JSON Lines stream names, in the order met
};

}  // namespace stancegraph
