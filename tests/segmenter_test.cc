// Tests of the extractor's text splitting: sentences (segmenter.h) and
// tokens (tokenizer.h), both read with the built-in lexicon.
#include "extract/segmenter.h"

#include <gtest/gtest.h>

#include <iterator>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "extract/lexicon.h"
#include "extract/tokenizer.h"
#include "tests/extract_test_support.h"

namespace stancegraph {
namespace {

// ------------------------------------------------------------ sentences

struct ExpectedSentence {
  std::string text;
  bool headline = false;
  bool bullet = false;
};

struct SegmentCase {
  const char* name;
  std::string text;
  std::vector<ExpectedSentence> expected;
};

std::string Describe(std::string_view text, const std::vector<SentenceSpan>& spans) {
  std::string out;
  for (const SentenceSpan& span : spans) {
    out += "  [" + std::string(text.substr(span.begin, span.end - span.begin)) + "]";
    if (span.headline) out += " headline";
    if (span.bullet) out += " bullet";
    out += "\n";
  }
  return out;
}

// Checks text, flags and that the spans are byte offsets into the text.
void CheckSegmentation(const SegmentCase& c) {
  SCOPED_TRACE(c.name);
  std::vector<SentenceSpan> spans = SegmentSentences(c.text, BuiltInLexicon());
  ASSERT_EQ(spans.size(), c.expected.size()) << "got:\n" << Describe(c.text, spans);
  for (size_t i = 0; i < spans.size(); ++i) {
    ASSERT_LE(spans[i].begin, spans[i].end);
    ASSERT_LE(spans[i].end, c.text.size());
    EXPECT_EQ(c.text.substr(spans[i].begin, spans[i].end - spans[i].begin), c.expected[i].text)
        << "sentence " << i;
    EXPECT_EQ(spans[i].headline, c.expected[i].headline) << "sentence " << i;
    EXPECT_EQ(spans[i].bullet, c.expected[i].bullet) << "sentence " << i;
  }
}

TEST(SegmenterTest, KeepsAbbreviationsInitialsAndDecimalsInsideSentences) {
  const SegmentCase cases[] = {
      {"U.S. before a noun",
       "The U.S. trade envoy arrived late. Talks resumed.",
       {{"The U.S. trade envoy arrived late."}, {"Talks resumed."}}},
      {"U.S. before a name",
       "The U.S. Senate passed the farm bill. Growers cheered.",
       {{"The U.S. Senate passed the farm bill."}, {"Growers cheered."}}},
      {"military and political titles",
       "Gen. Mark Ellis spoke first. Sen. Ruth Hale followed. Dr. Amal Nasser replied.",
       {{"Gen. Mark Ellis spoke first."},
        {"Sen. Ruth Hale followed."},
        {"Dr. Amal Nasser replied."}}},
      {"several abbreviations in one sentence",
       "Sen. Ruth Hale and Dr. Amal Nasser met Mr. Brown at 9 a.m. on Friday. The talks ended.",
       {{"Sen. Ruth Hale and Dr. Amal Nasser met Mr. Brown at 9 a.m. on Friday."},
        {"The talks ended."}}},
      {"single initial",
       "J. Smith signed the housing bill. Tenants applauded.",
       {{"J. Smith signed the housing bill."}, {"Tenants applauded."}}},
      {"joined initials",
       "Voters heard J.D. Vance in Ohio. He spoke briefly.",
       {{"Voters heard J.D. Vance in Ohio."}, {"He spoke briefly."}}},
      {"spaced initials",
       "She met J. R. Smith at the port. They talked.",
       {{"She met J. R. Smith at the port."}, {"They talked."}}},
      {"decimal numbers",
       "Inflation hit 3.5 percent in May. Rates held at 4.25 percent.",
       {{"Inflation hit 3.5 percent in May."}, {"Rates held at 4.25 percent."}}},
      {"U.N. before a name at the end",
       "The measure went to the U.N. Security Council.",
       {{"The measure went to the U.N. Security Council."}}},
  };
  for (const SegmentCase& c : cases) CheckSegmentation(c);
}

TEST(SegmenterTest, EndsSentenceAtAbbreviationBeforeASentenceOpener) {
  const SegmentCase cases[] = {
      {"U.S. then The",
       "Steel tariffs were imposed by the U.S. The move angered Ottawa.",
       {{"Steel tariffs were imposed by the U.S."}, {"The move angered Ottawa."}}},
      {"U.N. then The",
       "The cholera appeal came from the U.N. The response was slow.",
       {{"The cholera appeal came from the U.N."}, {"The response was slow."}}},
      {"Inc. then The",
       "He works for Acme Inc. The firm denied it.",
       {{"He works for Acme Inc."}, {"The firm denied it."}}},
      {"U.S. then a preposition is not an end",
       "They met in the U.S. on Friday. Then they left.",
       {{"They met in the U.S. on Friday."}, {"Then they left."}}},
  };
  for (const SegmentCase& c : cases) CheckSegmentation(c);
}

TEST(SegmenterTest, KeepsClosingQuotesWithTheSentenceTheyEnd) {
  const SegmentCase cases[] = {
      {"curly comma-quote then attribution",
       "“We will not pay the levy,” she said. He left the hall.",
       {{"“We will not pay the levy,” she said."}, {"He left the hall."}}},
      {"full stop inside curly quotes",
       "“The budget is balanced.” The minister sat down.",
       {{"“The budget is balanced.”"}, {"The minister sat down."}}},
      {"single curly quotes",
       "‘We are done here.’ She left.",
       {{"‘We are done here.’"}, {"She left."}}},
      {"straight quotes around a question",
       "He asked: \"Who pays for the stadium?\" Nobody answered.",
       {{"He asked: \"Who pays for the stadium?\""}, {"Nobody answered."}}},
      {"sentence followed by an opening quote",
       "The mayor was blunt. “Fares will rise,” she said.",
       {{"The mayor was blunt."}, {"“Fares will rise,” she said."}}},
  };
  for (const SegmentCase& c : cases) CheckSegmentation(c);
}

TEST(SegmenterTest, SplitsAtQuestionExclamationAndEllipsis) {
  const SegmentCase cases[] = {
      {"question and exclamation",
       "Will the mayor resign? Nobody knows! Stay tuned.",
       {{"Will the mayor resign?"}, {"Nobody knows!"}, {"Stay tuned."}}},
      {"three full stops",
       "Prices rose... Then they fell.",
       {{"Prices rose..."}, {"Then they fell."}}},
      {"ellipsis character",
       "Prices rose… Then they fell.",
       {{"Prices rose…"}, {"Then they fell."}}},
      {"full stop before a digit",
       "The levy passed. 40 members voted yes.",
       {{"The levy passed."}, {"40 members voted yes."}}},
      {"full stop before lower case is not an end",
       "The count was done by hand. eventually it was certified.",
       {{"The count was done by hand. eventually it was certified."}}},
  };
  for (const SegmentCase& c : cases) CheckSegmentation(c);
}

TEST(SegmenterTest, MakesUnpunctuatedLinesHeadlines) {
  const SegmentCase cases[] = {
      {"headline above body",
       "City Council Approves Transit Budget\nThe vote was close.",
       {{"City Council Approves Transit Budget", true}, {"The vote was close."}}},
      {"dateline-less title and body in paragraphs",
       "Drought Deepens in the South\n\nWells are running dry. Farmers wait.",
       {{"Drought Deepens in the South", true}, {"Wells are running dry."}, {"Farmers wait."}}},
      {"last line without full stop",
       "Rates rose.\nMore to follow",
       {{"Rates rose."}, {"More to follow", true}}},
      {"line ending in a colon is no headline",
       "Key points:\nThe levy passed.",
       {{"Key points:"}, {"The levy passed."}}},
      {"next line in upper case is not joined",
       "The council voted\nTo expand the bike lanes.",
       {{"The council voted", true}, {"To expand the bike lanes."}}},
  };
  for (const SegmentCase& c : cases) CheckSegmentation(c);
}

TEST(SegmenterTest, StartsSentenceAtBulletAndLeavesMarkerOut) {
  const SegmentCase cases[] = {
      {"round bullet and hyphen",
       "• Rents rose sharply.\n- Wages fell.",
       {{"Rents rose sharply.", false, true}, {"Wages fell.", false, true}}},
      {"bullets without full stops are headlines too",
       "Key points:\n• Rents rose sharply\n* Wages fell",
       {{"Key points:"}, {"Rents rose sharply", true, true}, {"Wages fell", true, true}}},
      {"only the first sentence of a bullet is marked",
       "• Rents rose. Wages fell.",
       {{"Rents rose.", false, true}, {"Wages fell."}}},
      {"a bullet is never a continuation",
       "The plan has two parts\n- lower fares\n- more buses",
       {{"The plan has two parts", true}, {"lower fares", true, true}, {"more buses", true, true}}},
      {"hyphen without space is not a bullet",
       "-30 degrees were forecast.",
       {{"-30 degrees were forecast."}}},
  };
  for (const SegmentCase& c : cases) CheckSegmentation(c);
}

TEST(SegmenterTest, JoinsWrappedLinesAndSplitsParagraphs) {
  const SegmentCase cases[] = {
      {"line continued in lower case",
       "The council voted\nto expand the bike lanes.",
       {{"The council voted\nto expand the bike lanes."}}},
      {"wrapped line continued twice",
       "Nurses in three cities\nsaid they would strike\nnext week.",
       {{"Nurses in three cities\nsaid they would strike\nnext week."}}},
      {"lower case after a finished sentence starts a new one",
       "The vote passed.\nlater, the mayor spoke.",
       {{"The vote passed."}, {"later, the mayor spoke."}}},
      {"blank line between paragraphs",
       "First paragraph here\n\nSecond paragraph here.",
       {{"First paragraph here", true}, {"Second paragraph here."}}},
      {"blank line with spaces and indentation",
       "Wells ran dry.\n   \n  Farmers waited.",
       {{"Wells ran dry."}, {"Farmers waited."}}},
      {"CRLF line ends",
       "Wells ran dry.\r\nFarmers waited.\r\n",
       {{"Wells ran dry."}, {"Farmers waited."}}},
  };
  for (const SegmentCase& c : cases) CheckSegmentation(c);
}

TEST(SegmenterTest, GivesNothingForEmptyOrBlankText) {
  const SegmentCase cases[] = {
      {"empty", "", {}},
      {"blank lines", "\n  \n\t\n", {}},
  };
  for (const SegmentCase& c : cases) CheckSegmentation(c);
}

// ------------------------------------------------------------ tokens

struct TokenCase {
  const char* name;
  std::string text;
  std::vector<std::string> texts;   // token texts as in the source
  std::vector<std::string> lowers;  // empty: not checked
};

std::vector<std::string> Texts(const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  for (const Token& t : tokens) out.emplace_back(t.text);
  return out;
}

std::vector<std::string> Lowers(const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  for (const Token& t : tokens) out.emplace_back(t.lower);
  return out;
}

TEST(TokenizerTest, SplitsCliticsKeepsAbbreviationsAndCompoundsWhole) {
  const TokenCase cases[] = {
      {"possessive 's", "Canada's dairy quota",
       {"Canada", "'s", "dairy", "quota"}, {"canada", "'s", "dairy", "quota"}},
      {"plural possessive s'", "the farmers' union",
       {"the", "farmers", "'", "union"}, {}},
      {"curly possessive folded", "Mexico’s president",
       {"Mexico", "’s", "president"}, {"mexico", "'s", "president"}},
      {"n't", "Lima doesn't back it",
       {"Lima", "does", "n't", "back", "it"}, {"lima", "does", "n't", "back", "it"}},
      {"curly n't folded", "Ottawa won’t sign",
       {"Ottawa", "wo", "n’t", "sign"}, {"ottawa", "wo", "n't", "sign"}},
      {"curly contraction folded", "they’re ready",
       {"they", "’re", "ready"}, {"they", "'re", "ready"}},
      {"U.S. is one token", "the U.S. plan.",
       {"the", "U.S.", "plan", "."}, {"the", "u.s.", "plan", "."}},
      {"title abbreviation keeps its full stop", "Sen. Hale spoke.",
       {"Sen.", "Hale", "spoke", "."}, {"sen.", "hale", "spoke", "."}},
      {"hyphenated words", "a long-term, low-cost deal",
       {"a", "long-term", ",", "low-cost", "deal"}, {}},
      {"numbers keep separators", "1,200.5 tonnes at 3.5 percent",
       {"1,200.5", "tonnes", "at", "3.5", "percent"}, {}},
      {"curly quotes are tokens of their own", "“No tax,” she said",
       {"“", "No", "tax", ",", "”", "she", "said"}, {"\"", "no", "tax", ",", "\"", "she", "said"}},
      {"question mark", "Who pays?", {"Who", "pays", "?"}, {}},
  };
  for (const TokenCase& c : cases) {
    SCOPED_TRACE(c.name);
    const TokenizedText tokenized = Tokenize(c.text, BuiltInLexicon());
    const std::vector<Token>& tokens = tokenized.tokens;
    EXPECT_EQ(Texts(tokens), c.texts);
    if (!c.lowers.empty()) {
      EXPECT_EQ(Lowers(tokens), c.lowers);
    }
  }
}

TEST(TokenizerTest, MarksTokenKinds) {
  struct KindCase {
    std::string text;
    std::vector<TokenKind> kinds;
  };
  const KindCase cases[] = {
      {"Kenya's 40 votes",
       {TokenKind::kWord, TokenKind::kPossessive, TokenKind::kNumber, TokenKind::kWord}},
      {"nurses' pay", {TokenKind::kWord, TokenKind::kPossessive, TokenKind::kWord}},
      {"“Yes.”",
       {TokenKind::kOpenQuote, TokenKind::kWord, TokenKind::kPunctuation, TokenKind::kCloseQuote}},
      {"said \"no\"",
       {TokenKind::kWord, TokenKind::kOpenQuote, TokenKind::kWord, TokenKind::kCloseQuote}},
  };
  for (const KindCase& c : cases) {
    SCOPED_TRACE(c.text);
    std::vector<TokenKind> kinds;
    const TokenizedText tokenized = Tokenize(c.text, BuiltInLexicon());
    for (const Token& t : tokenized.tokens) kinds.push_back(t.kind);
    EXPECT_EQ(kinds, c.kinds);
  }
}

TEST(TokenizerTest, MarksCapitalizedAndAllCapsWords) {
  struct CapsCase {
    std::string word;
    bool capitalized;
    bool all_caps;
  };
  const CapsCase cases[] = {
      {"Paris", true, false}, {"NATO", true, true},    {"paris", false, false},
      {"Élysée", true, false}, {"élan", false, false}, {"A", true, false},
  };
  for (const CapsCase& c : cases) {
    SCOPED_TRACE(c.word);
    const TokenizedText tokenized = Tokenize(c.word, BuiltInLexicon());
    const std::vector<Token>& tokens = tokenized.tokens;
    ASSERT_EQ(tokens.size(), 1u);
    EXPECT_EQ(tokens[0].capitalized, c.capitalized);
    EXPECT_EQ(tokens[0].all_caps, c.all_caps);
  }
}

TEST(TokenizerTest, GivesByteOffsetsInMultibyteText) {
  struct Offsets {
    std::string text;
    size_t begin;
    size_t end;
  };
  const std::string text = "São Paulo’s café — open";
  const Offsets expected[] = {
      {"São", 0, 4},   {"Paulo", 5, 10}, {"’s", 10, 14},
      {"café", 15, 20}, {"—", 21, 24},    {"open", 25, 29},
  };
  const TokenizedText tokenized = Tokenize(text, BuiltInLexicon());
  const std::vector<Token>& tokens = tokenized.tokens;
  ASSERT_EQ(tokens.size(), std::size(expected)) << ::testing::PrintToString(Texts(tokens));
  for (size_t i = 0; i < tokens.size(); ++i) {
    SCOPED_TRACE(expected[i].text);
    EXPECT_EQ(tokens[i].text, expected[i].text);
    EXPECT_EQ(tokens[i].begin, expected[i].begin);
    EXPECT_EQ(tokens[i].end, expected[i].end);
    EXPECT_EQ(text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin), tokens[i].text);
  }
}

}  // namespace
}  // namespace stancegraph
