#include "core/utf8.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace stancegraph {
namespace {

constexpr std::string_view kFffd = "\xEF\xBF\xBD";

std::string Fffd(int times = 1) {
  std::string out;
  for (int i = 0; i < times; ++i) out += kFffd;
  return out;
}

struct RepairCase {
  const char* name;
  std::string input;
  std::string expected;
  size_t replaced;
};

// One row per class of invalid input; expectations follow the Unicode
// "maximal subpart" practice (also WHATWG's decoder): one U+FFFD for each
// longest prefix that could have started a valid sequence, else per byte.
TEST(Utf8Test, ReplacesEachMaximalInvalidSubpartWithOneReplacementCharacter) {
  const RepairCase cases[] = {
      {"empty", "", "", 0},
      {"ascii", "Hello, world", "Hello, world", 0},
      {"nul is valid", std::string("a\0b", 3), std::string("a\0b", 3), 0},
      {"two byte", "caf\xC3\xA9", "caf\xC3\xA9", 0},
      {"three byte", "a\xE2\x80\x94z", "a\xE2\x80\x94z", 0},
      {"four byte", "\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80", 0},
      {"largest code point", "\xF4\x8F\xBF\xBF", "\xF4\x8F\xBF\xBF", 0},
      {"U+FFFD itself", "\xEF\xBF\xBD", "\xEF\xBF\xBD", 0},
      {"stray continuation", "a\x80z", "a" + Fffd() + "z", 1},
      {"two stray continuations", "\x80\xBF", Fffd(2), 2},
      {"overlong two byte C0", "\xC0\xAF", Fffd(2), 2},
      {"overlong two byte C1", "\xC1\xBF", Fffd(2), 2},
      {"overlong three byte", "\xE0\x80\xAF", Fffd(3), 3},
      {"overlong four byte", "\xF0\x80\x80\xAF", Fffd(4), 4},
      {"high surrogate", "\xED\xA0\x80", Fffd(3), 3},
      {"low surrogate", "\xED\xBF\xBF", Fffd(3), 3},
      {"last before surrogates", "\xED\x9F\xBF", "\xED\x9F\xBF", 0},
      {"above U+10FFFF", "\xF4\x90\x80\x80", Fffd(4), 4},
      {"F5 lead", "\xF5\x80\x80\x80", Fffd(4), 4},
      {"FE and FF", "\xFE\xFF", Fffd(2), 2},
      {"truncated two byte at end", "ab\xC3", "ab" + Fffd(), 1},
      {"truncated three byte at end", "ab\xE2\x80", "ab" + Fffd(), 1},
      {"truncated four byte at end", "\xF0\x9F\x98", Fffd(), 1},
      {"truncated then ascii", "\xE2\x80z", Fffd() + "z", 1},
      {"truncated then new lead", "\xE2\x80\xC3\xA9", Fffd() + "\xC3\xA9", 1},
      {"lead then lead", "\xC3\xC3\xA9", Fffd() + "\xC3\xA9", 1},
      // Unicode 15, section 3.9, Table 3-8: 61 F1 80 80 E1 80 C2 62 80 63 80 BF 64.
      {"unicode table 3-8", "\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64",
       "a" + Fffd(3) + "b" + Fffd() + "c" + Fffd(2) + "d", 6},
  };
  for (const RepairCase& c : cases) {
    SCOPED_TRACE(c.name);
    size_t replaced = 99;
    EXPECT_EQ(ToValidUtf8(c.input, &replaced), c.expected);
    EXPECT_EQ(replaced, c.replaced);
    EXPECT_EQ(IsValidUtf8(c.input), c.replaced == 0);
    EXPECT_TRUE(IsValidUtf8(c.expected));
  }
}

TEST(Utf8Test, ReplacementCountIsOptional) { EXPECT_EQ(ToValidUtf8("a\xFF"), "a" + Fffd()); }

// The ASCII fast path reads eight bytes at a time: a bad byte must be found
// at every position of a word and across word boundaries.
TEST(Utf8Test, FindsInvalidByteAtEveryPositionOfLongAsciiText) {
  const std::string ascii(40, 'x');
  for (size_t pos = 0; pos < ascii.size(); ++pos) {
    SCOPED_TRACE(pos);
    std::string input = ascii;
    input[pos] = '\xFF';
    const std::string expected = ascii.substr(0, pos) + Fffd() + ascii.substr(pos + 1);
    size_t replaced = 0;
    EXPECT_EQ(ToValidUtf8(input, &replaced), expected);
    EXPECT_EQ(replaced, 1u);
    EXPECT_FALSE(IsValidUtf8(input));
  }
}

TEST(Utf8Test, KeepsValidMultibyteTextAfterLongAsciiRuns) {
  const std::string text = std::string(17, 'a') + "\xE2\x80\x94" + std::string(9, 'b') + "\xC3\xA9";
  EXPECT_TRUE(IsValidUtf8(text));
  EXPECT_EQ(ToValidUtf8(text), text);
}

// Every one- and two-byte input: the repaired text is valid, repairing is
// idempotent, and a string is left alone exactly when it was valid.
TEST(Utf8Test, RepairIsValidAndIdempotentForAllTwoByteInputs) {
  for (int a = 0; a < 256; ++a) {
    for (int b = -1; b < 256; ++b) {
      std::string input(1, static_cast<char>(a));
      if (b >= 0) input += static_cast<char>(b);
      size_t replaced = 0;
      const std::string repaired = ToValidUtf8(input, &replaced);
      ASSERT_TRUE(IsValidUtf8(repaired)) << a << " " << b;
      ASSERT_EQ(ToValidUtf8(repaired), repaired) << a << " " << b;
      ASSERT_EQ(replaced == 0, repaired == input) << a << " " << b;
      ASSERT_EQ(IsValidUtf8(input), replaced == 0) << a << " " << b;
      ASSERT_LE(replaced, input.size());
    }
  }
}

TEST(Utf8Test, CountsCodePointsNotBytes) {
  const struct {
    std::string_view text;
    size_t code_points;
  } cases[] = {
      {"", 0},
      {"abc", 3},
      {"\xC3\xA9", 1},                                         // é: 2 bytes
      {"\xE2\x80\x94", 1},                                     // —: 3 bytes
      {"\xF0\x9F\x98\x80", 1},                                 // 😀: 4 bytes
      {"caf\xC3\xA9 \xE2\x80\x94 ok", 9},                      // "café — ok"
      {"Paris \xE2\x80\x94 the \xC3\xA9lys\xC3\xA9\x65", 18},  // "Paris — the élysée"
  };
  for (const auto& c : cases) {
    EXPECT_EQ(CodePointCount(c.text), c.code_points) << c.text;
  }
}

}  // namespace
}  // namespace stancegraph
