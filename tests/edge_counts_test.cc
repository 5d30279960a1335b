// graph/edge_counts.h: the flat hash tables behind every edge's exact
// counts. They grow by rehashing and never erase, so the tests fill them far
// past their first size, with keys built to collide in the low bits.
#include "graph/edge_counts.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <map>
#include <set>
#include <utility>

#include "core/shared_text.h"

namespace stancegraph {
namespace {

TEST(FlatTableTest, KeepsOneEntryPerKeyThroughGrowth) {
  FlatTable<SentenceCount> table;
  // The same sentence hashes on 40 edges, hashes differing only in high bits.
  std::map<std::pair<uint32_t, uint64_t>, int64_t> expected;
  for (uint32_t edge = 0; edge < 40; ++edge) {
    for (uint64_t i = 0; i < 500; ++i) {
      const uint64_t sentence = i << 40;
      const int64_t units = static_cast<int64_t>(edge * 1000 + i);
      auto [entry, inserted] = table.Insert({.sentence = sentence, .units = units, .edge = edge});
      EXPECT_TRUE(inserted);
      EXPECT_EQ(entry->units, units);
      expected[{edge, sentence}] = units;
    }
  }
  EXPECT_EQ(table.size(), 20000u);
  // A second insertion finds the entry and leaves it as it was.
  auto [again, inserted] = table.Insert({.sentence = 7ull << 40, .units = -1, .edge = 3});
  EXPECT_FALSE(inserted);
  EXPECT_EQ(again->units, 3007);
  EXPECT_EQ(table.size(), 20000u);

  std::map<std::pair<uint32_t, uint64_t>, int64_t> seen;
  table.ForEach([&](const SentenceCount& entry) {
    EXPECT_TRUE(seen.emplace(std::make_pair(entry.edge, entry.sentence), entry.units).second);
  });
  EXPECT_EQ(seen, expected);
}

TEST(FlatTableTest, TellsEdgesApartForTheSamePlace) {
  FlatTable<PlaceCount> table;
  EXPECT_TRUE(table.Insert({.place = 42, .edge = 1}).second);
  EXPECT_TRUE(table.Insert({.place = 42, .edge = 2}).second);
  EXPECT_FALSE(table.Insert({.place = 42, .edge = 1}).second);
  EXPECT_EQ(table.size(), 2u);
  table.Clear();
  EXPECT_EQ(table.size(), 0u);
  EXPECT_TRUE(table.Insert({.place = 42, .edge = 1}).second);
}

TEST(SharedTextTest, ReadsAndComparesAsItsString) {
  const SharedText doc("https://example.org/a");
  const SharedText copy = doc;
  const SharedText other(std::string("https://example.org/b"));
  const std::string& as_string = copy;
  EXPECT_EQ(as_string, "https://example.org/a");
  EXPECT_EQ(copy, doc);
  EXPECT_EQ(SharedText("https://example.org/a"), doc);  // equal text, other buffer
  EXPECT_LT(doc, other);
  EXPECT_TRUE(SharedText().empty());
  EXPECT_TRUE(SharedText(std::string()).empty());
  EXPECT_EQ(SharedText().str(), "");
  EXPECT_EQ(doc.view().substr(0, 5), "https");
}

}  // namespace
}  // namespace stancegraph
