// PhraseSet: any of a set of phrases as a byte substring of a text.
#include "extract/phrase_set.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace stancegraph {
namespace {

TEST(PhraseSetTest, FindsPhrasesAnywhereAsSubstrings) {
  const PhraseSet set({"cookie policy", "min read", "(ap", "©"});
  struct Case {
    const char* name;
    std::string text;
    bool contains;
  };
  const Case cases[] = {
      {"at the start", "cookie policy and terms", true},
      {"in the middle", "see our cookie policy here", true},
      {"at the very end", "our cookie policy", true},
      {"inside a longer word", "a 5-min reader", true},
      {"short phrase", "kyiv (ap) -", true},
      {"short phrase at the end", "kyiv (ap", true},
      {"multibyte phrase", "copyright © 2024", true},
      {"cut short at the end", "our cookie polic", false},
      {"none", "france backs the plan.", false},
      {"empty text", "", false},
      {"text shorter than four bytes", "(a", false},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(set.ContainsAny(c.text), c.contains);
  }
}

TEST(PhraseSetTest, KeepsItsPhrasesAndIgnoresEmptyOnes) {
  const PhraseSet set({"", "newsletter"});
  EXPECT_EQ(set.phrases(), (std::vector<std::string>{"", "newsletter"}));
  EXPECT_FALSE(set.ContainsAny("no junk here"));
  EXPECT_TRUE(set.ContainsAny("our newsletter"));
  EXPECT_FALSE(PhraseSet().ContainsAny("anything"));
}

}  // namespace
}  // namespace stancegraph
