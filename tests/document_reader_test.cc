#include "extract/document_reader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/document_jsonl.h"
#include "tests/reader_test_support.h"

namespace stancegraph {
namespace {

namespace fs = std::filesystem;

const std::string kFffd = "\xEF\xBF\xBD";
const std::string kBom = "\xEF\xBB\xBF";

using DocumentReaderTest = ScratchDirectoryTest;

TEST_F(DocumentReaderTest, ReadsTextFileWithPathAsGivenAsId) {
  const std::string path = Write("a.txt", "France backs the plan.\n");
  const ReadResult r = Read({path});
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].id, path);
  EXPECT_EQ(r.documents[0].text, "France backs the plan.\n");
  EXPECT_EQ(r.documents[0].date, "");
  EXPECT_TRUE(r.problems.empty());
  EXPECT_EQ(r.counts.inputs, 1u);
  EXPECT_EQ(r.counts.documents, 1u);
  EXPECT_EQ(r.counts.problems, 0u);
}

TEST_F(DocumentReaderTest, TreatsFilesWithOtherExtensionsAsText) {
  const std::string path = Write("notes.md", "{\"id\": \"not json lines\"}");
  const ReadResult r = Read({path});
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].text, "{\"id\": \"not json lines\"}");
}

TEST_F(DocumentReaderTest, DropsUtf8BomFromTextAndJsonLines) {
  const std::string text = Write("bom.txt", kBom + "Text after a BOM.");
  const std::string jsonl =
      Write("bom.jsonl", kBom + R"({"id": "j1", "text": "JSON after a BOM."})");
  const ReadResult r = Read({text, jsonl});
  ASSERT_EQ(r.documents.size(), 2u) << testing::PrintToString(r.problems);
  EXPECT_EQ(r.documents[0].text, "Text after a BOM.");
  EXPECT_EQ(r.documents[1].text, "JSON after a BOM.");
  EXPECT_TRUE(r.problems.empty()) << testing::PrintToString(r.problems);
}

TEST_F(DocumentReaderTest, ReplacesInvalidUtf8InTextAndReportsHowMany) {
  const std::string path = Write("bad.txt", "caf\xE9 and \xED\xA0\x80 and \xC3");
  const ReadResult r = Read({path});
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].text, "caf" + kFffd + " and " + kFffd + kFffd + kFffd + " and " + kFffd);
  EXPECT_EQ(r.problems,
            std::vector<std::string>{path + ": invalid UTF-8 replaced by U+FFFD (5 sequences)"});
}

TEST_F(DocumentReaderTest, ReportsEmptyAndWhitespaceOnlyTextFilesAndSkipsThem) {
  const std::string empty = Write("empty.txt", "");
  const std::string blank = Write("blank.txt", " \n\t\r\n");
  const std::string bom_only = Write("bom_only.txt", kBom + "\n");
  const ReadResult r = Read({empty, blank, bom_only});
  EXPECT_TRUE(r.documents.empty());
  EXPECT_EQ(r.problems,
            (std::vector<std::string>{empty + ": empty document", blank + ": empty document",
                                      bom_only + ": empty document"}));
  EXPECT_EQ(r.counts.inputs, 3u);
  EXPECT_EQ(r.counts.problems, 3u);
}

TEST_F(DocumentReaderTest, ReportsMissingPathAndGoesOn) {
  const std::string missing = Path("missing.txt");
  const std::string missing_dir_file = Path("no/such/dir.jsonl");
  const std::string present = Write("present.txt", "Still read.");
  const ReadResult r = Read({missing, present, missing_dir_file});
  EXPECT_EQ(r.Ids(), std::vector<std::string>{present});
  EXPECT_EQ(r.problems,
            (std::vector<std::string>{missing + ": no such file or directory",
                                      missing_dir_file + ": no such file or directory"}));
  EXPECT_EQ(r.counts.inputs, 1u);
  EXPECT_EQ(r.counts.problems, 2u);
}

// chmod 000 does not stop root (tests often run as root in containers), so
// the expectation follows what the process can actually do.
TEST_F(DocumentReaderTest, ReportsPermissionDeniedUnlessTheProcessMayReadAnyway) {
  const std::string path = Write("locked.txt", "Secret text.");
  fs::permissions(path, fs::perms::none);
  const bool readable = std::ifstream(path).is_open();
  const ReadResult r = Read({path});
  if (readable) {
    EXPECT_EQ(r.Ids(), std::vector<std::string>{path}) << "readable (running as root?)";
    EXPECT_TRUE(r.problems.empty());
  } else {
    EXPECT_TRUE(r.documents.empty());
    EXPECT_EQ(r.problems, std::vector<std::string>{path + ": permission denied"});
  }
}

// Unreadable whatever the user: a symbolic link that points to itself.
TEST_F(DocumentReaderTest, ReportsSymlinkLoopAsUnreadable) {
  const std::string path = Path("loop.txt");
  fs::create_symlink("loop.txt", path);
  const ReadResult r = Read({path});
  EXPECT_TRUE(r.documents.empty());
  EXPECT_EQ(r.problems, std::vector<std::string>{path + ": too many levels of symbolic links"});
}

// Also unreadable as root: /proc/self/mem opens, but reading at offset 0 (an
// unmapped address) fails, which exercises the read error path.
TEST_F(DocumentReaderTest, ReportsReadErrorAfterSuccessfulOpen) {
  if (!fs::exists("/proc/self/mem")) GTEST_SKIP() << "needs Linux /proc";
  const ReadResult r = Read({"/proc/self/mem"});
  EXPECT_TRUE(r.documents.empty());
  EXPECT_EQ(r.problems, std::vector<std::string>{"/proc/self/mem: read error: input/output error"});
  EXPECT_EQ(r.counts.inputs, 1u);
}

TEST_F(DocumentReaderTest, ReadsJsonLinesFieldsAndIgnoresOtherFields) {
  const std::string path = Write(
      "news.jsonl",
      R"({"id": "a1", "text": "France backs the plan.", "date": "2024-07-09T10:00:00Z", )"
      R"("source": "https://example.org/a1", "title": "Plan", "speaker": "Macron", "lang": "en"})"
      "\n"
      R"({"id": "a2", "text": "Second \"quoted\" text\nwith a newline — é."})"
      "\n");
  const ReadResult r = Read({path});
  ASSERT_EQ(r.documents.size(), 2u) << testing::PrintToString(r.problems);
  EXPECT_TRUE(r.problems.empty()) << testing::PrintToString(r.problems);
  const Document& a1 = r.documents[0];
  EXPECT_EQ(a1.id, "a1");
  EXPECT_EQ(a1.text, "France backs the plan.");
  EXPECT_EQ(a1.date, "2024-07-09");
  EXPECT_EQ(a1.source, "https://example.org/a1");
  EXPECT_EQ(a1.title, "Plan");
  EXPECT_EQ(a1.speaker, "Macron");
  const Document& a2 = r.documents[1];
  EXPECT_EQ(a2.id, "a2");
  EXPECT_EQ(a2.text, "Second \"quoted\" text\nwith a newline — é.");
  EXPECT_EQ(a2.date, "");
  EXPECT_EQ(a2.source, "");
  EXPECT_EQ(r.counts.inputs, 1u);
  EXPECT_EQ(r.counts.documents, 2u);
}

// DocumentToJsonLine writes what the reader reads back unchanged, control
// characters, quotes and all; invalid bytes become U+FFFD on the way out.
TEST_F(DocumentReaderTest, ReadsBackWhatDocumentToJsonLineWrites) {
  Document full;
  full.id = "https://example.org/a?x=\"1\"";
  full.text = "Line one\r\n\tTab \\ and \x01 control \u201cquoted\u201d\nSecond line";
  full.date = "2024-07-09";
  full.source = "Example Post";
  full.title = "A title";
  full.speaker = "Macron";
  Document bare;
  bare.id = "bare";
  bare.text = "Bad \xC3 byte";
  const std::string path = Write(
      "round_trip.jsonl", DocumentToJsonLine(full) + "\n" + DocumentToJsonLine(bare) + "\n");
  EXPECT_EQ(DocumentToJsonLine(bare).find("date"), std::string::npos);
  const ReadResult r = Read({path});
  ASSERT_EQ(r.documents.size(), 2u) << testing::PrintToString(r.problems);
  EXPECT_TRUE(r.problems.empty()) << testing::PrintToString(r.problems);
  const Document& a = r.documents[0];
  EXPECT_EQ(a.id, full.id);
  EXPECT_EQ(a.text, full.text);
  EXPECT_EQ(a.date, full.date);
  EXPECT_EQ(a.source, full.source);
  EXPECT_EQ(a.title, full.title);
  EXPECT_EQ(a.speaker, full.speaker);
  EXPECT_EQ(r.documents[1].text, "Bad " + kFffd + " byte");
}

TEST_F(DocumentReaderTest, SkipsBadJsonLinesKeepsOthersAndNamesLineNumbers) {
  const std::vector<std::string> lines = {
      R"({"id": "ok1", "text": "First."})",                     // 1
      "",                                                       // 2: blank, ignored
      R"({"id": "broken", "text": )",                           // 3
      R"({"id": "no-text"})",                                   // 4
      R"({"id": 7, "text": "Numeric id."})",                    // 5
      R"(["an", "array"])",                                     // 6
      R"({"id": "ok2", "text": "Second.", "title": 5})",        // 7: kept, title ignored
      R"({"id": "ok3", "text": "Third.", "date": "someday"})",  // 8: kept, date ignored
      R"({"id": "blank", "text": "  \n "})",                    // 9
      R"({"id": "", "text": "No id."})",                        // 10
      "   \r",                                                  // 11: blank, ignored
      R"({"id": "ok4", "text": "Fourth.", "source": null})",    // 12: null is absent
      "{\"id\": \"ok5\", \"text\": \"Bad \xFF byte.\"}\r",      // 13: CRLF, bad byte
  };
  std::string content;
  for (const std::string& line : lines) content += line + "\n";
  const std::string path = Write("mixed.jsonl", content);
  const ReadResult r = Read({path});
  EXPECT_EQ(r.Ids(), (std::vector<std::string>{"ok1", "ok2", "ok3", "ok4", "ok5"}));
  EXPECT_EQ(r.problems, (std::vector<std::string>{
                            path + ":3: invalid JSON at offset 25: invalid value",
                            path + ":4: missing string field `text`",
                            path + ":5: field `id` is not a string",
                            path + ":6: not a JSON object",
                            path + ":7: field `title` is not a string (ignored)",
                            path + ":8: unrecognized date `someday` (ignored)",
                            path + ":9: empty document",
                            path + ":10: field `id` is empty",
                            path + ":13: invalid UTF-8 replaced by U+FFFD (1 sequence)",
                        }));
  ASSERT_EQ(r.documents.size(), 5u);
  EXPECT_EQ(r.documents[1].title, "");
  EXPECT_EQ(r.documents[2].date, "");
  EXPECT_EQ(r.documents[4].text, "Bad " + kFffd + " byte.");
  EXPECT_EQ(r.counts.documents, 5u);
  EXPECT_EQ(r.counts.problems, 9u);
}

// RapidJSON skips a byte order mark before any line, not only the first,
// and counts the skipped bytes in error offsets; the reader parses lines in
// place and must keep both.
TEST_F(DocumentReaderTest, AcceptsBomBeforeLaterJsonLinesAndCountsItInErrorOffsets) {
  const std::string path = Write("later_bom.jsonl", R"({"id": "a", "text": "First."})" "\n" + kBom +
                                                        R"({"id": "b", "text": "Second."})" "\n" + kBom +
                                                        R"({"id": "c", "text": )" "\n");
  const ReadResult r = Read({path});
  EXPECT_EQ(r.Ids(), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(r.problems, (std::vector<std::string>{path + ":3: invalid JSON at offset 23: invalid value"}));
}

TEST_F(DocumentReaderTest, NormalizesJsonLinesDates) {
  const struct {
    const char* date;
    const char* expected;
  } cases[] = {
      {"2024-07-09", "2024-07-09"},
      {"2024-07-09T10:00:00+02:00", "2024-07-09"},
      {"2024-07-09 10:00", "2024-07-09"},
      {"July 10, 2023", "2023-07-10"},
      {"Mon, 10 Jul 2023 14:02:00 +0000", "2023-07-10"},
      {"", ""},
  };
  // Each record its own id: a repeated id is skipped (RepeatedIdsAreSkipped...).
  std::string content;
  for (const auto& c : cases) {
    content += std::string(R"({"id": "x)") + std::to_string(&c - cases) +
               R"(", "text": "t", "date": ")" + c.date + "\"}\n";
  }
  const ReadResult r = Read({Write("dates.jsonl", content)});
  EXPECT_TRUE(r.problems.empty()) << testing::PrintToString(r.problems);
  ASSERT_EQ(r.documents.size(), std::size(cases));
  for (size_t i = 0; i < std::size(cases); ++i) {
    EXPECT_EQ(r.documents[i].date, cases[i].expected) << cases[i].date;
  }
}

TEST_F(DocumentReaderTest, RejectsImpossibleJsonLinesDates) {
  const std::string path = Write("dates.jsonl", R"({"id": "x", "text": "t", "date": "2023-02-30"})"
                                                "\n"
                                                R"({"id": "y", "text": "t", "date": 20230210})");
  const ReadResult r = Read({path});
  ASSERT_EQ(r.documents.size(), 2u);
  EXPECT_EQ(r.documents[0].date, "");
  EXPECT_EQ(r.documents[1].date, "");
  EXPECT_EQ(r.problems,
            (std::vector<std::string>{path + ":1: unrecognized date `2023-02-30` (ignored)",
                                      path + ":2: field `date` is not a string (ignored)"}));
}

TEST_F(DocumentReaderTest, WalksDirectoriesRecursivelyInSortedPathOrder) {
  Write("news/b.txt", "B.");
  Write("news/a-z.txt", "A-Z.");
  Write("news/sub/c.txt", "C.");
  Write("news/sub.txt", "Sub.");
  Write("news/a.jsonl", R"({"id": "j1", "text": "J1."})"
                        "\n"
                        R"({"id": "j2", "text": "J2."})"
                        "\n");
  Write("news/readme.md", "Not an input.");
  Write("news/data.json", R"({"id": "no", "text": "Not an input."})");
  Write("news/.hidden/d.txt", "D.");
  const std::string news = Path("news");
  const ReadResult r = Read({news});
  EXPECT_TRUE(r.problems.empty()) << testing::PrintToString(r.problems);
  // Element-wise order: "a-z.txt" < "a.jsonl" ('-' < '.'), "sub/c.txt" before
  // "sub.txt" (the directory "sub" sorts before "sub.txt").
  EXPECT_EQ(r.Ids(),
            (std::vector<std::string>{news + "/.hidden/d.txt", news + "/a-z.txt", "j1", "j2",
                                      news + "/b.txt", news + "/sub/c.txt", news + "/sub.txt"}));
  EXPECT_EQ(r.counts.inputs, 6u);
}

TEST_F(DocumentReaderTest, DirectoryGivenWithTrailingSlashYieldsCleanIds) {
  Write("news/a.txt", "A.");
  const ReadResult r = Read({Path("news") + "/"});
  EXPECT_EQ(r.Ids(), std::vector<std::string>{Path("news") + "/a.txt"});
}

// A directory named like a text file is walked, never read as a file.
TEST_F(DocumentReaderTest, WalksDirectoryNamedLikeTextFile) {
  Write("news/x.txt/inner.txt", "Inner.");
  // Read apart: read together, the second would repeat the first's id.
  for (const std::string& input : {Path("news"), Path("news/x.txt")}) {
    const ReadResult r = Read({input});
    EXPECT_EQ(r.Ids(), (std::vector<std::string>{Path("news/x.txt/inner.txt")})) << input;
    EXPECT_TRUE(r.problems.empty()) << testing::PrintToString(r.problems);
  }
}

TEST_F(DocumentReaderTest, RepeatedIdsAreSkippedAndReportedWithTheFirstPlace) {
  const std::string jsonl = Write("a.jsonl", R"({"id": "a", "text": "One."})"
                                             "\n"
                                             R"({"id": "a", "text": "Two."})"
                                             "\n");
  const std::string text = Write("t.txt", "Three.");
  const ReadResult r = Read({jsonl, text, text});
  EXPECT_EQ(r.Ids(), (std::vector<std::string>{"a", text}));
  EXPECT_EQ(r.problems,
            (std::vector<std::string>{
                jsonl + ":2: duplicate document id `a`, first seen at " + jsonl + ":1 (skipped)",
                text + ": duplicate document id " + stancegraph::QuoteForProblem(text) +
                    ", first seen at " + text + " (skipped)"}));
  EXPECT_EQ(r.counts.documents, 2u);
}

TEST_F(DocumentReaderTest, DoesNotFollowDirectorySymlinkLoops) {
  Write("news/a.txt", "A.");
  fs::create_directory_symlink("..", Path("news/up"));
  fs::create_directory_symlink(".", Path("news/self"));
  const ReadResult r = Read({Path("news")});
  EXPECT_EQ(r.Ids(), std::vector<std::string>{Path("news/a.txt")});
}

TEST_F(DocumentReaderTest, FollowsSymlinksToFilesInDirectoriesAndReportsDanglingOnes) {
  const std::string target = Write("elsewhere.txt", "Linked.");
  fs::create_directories(Path("news"));
  fs::create_symlink(target, Path("news/link.txt"));
  fs::create_symlink(Path("nowhere.txt"), Path("news/dangling.txt"));
  const ReadResult r = Read({Path("news")});
  EXPECT_EQ(r.Ids(), std::vector<std::string>{Path("news/link.txt")});
  EXPECT_EQ(r.problems,
            std::vector<std::string>{Path("news/dangling.txt") + ": no such file or directory"});
}

TEST_F(DocumentReaderTest, ReportsDirectoryWithoutInputFiles) {
  Write("news/readme.md", "Nothing to read.");
  const ReadResult r = Read({Path("news")});
  EXPECT_TRUE(r.documents.empty());
  EXPECT_EQ(r.problems, std::vector<std::string>{Path("news") + ": no .txt or .jsonl files"});
}

TEST_F(DocumentReaderTest, ReadsStandardInputAsJsonLinesWhenItStartsWithBrace) {
  const ReadResult r = Read({"-"},
                            "\n  \n"
                            R"(  {"id": "s1", "text": "One."})"
                            "\n"
                            R"({"id": 2})"
                            "\n");
  EXPECT_EQ(r.Ids(), std::vector<std::string>{"s1"});
  // Line numbers count the blank lines that were read ahead.
  EXPECT_EQ(r.problems, std::vector<std::string>{"-:4: field `id` is not a string"});
  EXPECT_EQ(r.counts.inputs, 1u);
}

TEST_F(DocumentReaderTest, ReadsStandardInputJsonLinesAfterBom) {
  const ReadResult r = Read({"-"}, kBom + R"({"id": "s1", "text": "One."})");
  EXPECT_EQ(r.Ids(), std::vector<std::string>{"s1"});
  EXPECT_TRUE(r.problems.empty()) << testing::PrintToString(r.problems);
}

TEST_F(DocumentReaderTest, ReadsStandardInputAsOneTextDocumentOtherwise) {
  const ReadResult r = Read({"-"}, kBom + "\n  July 10, 2023\nFrance backs {the} plan.\n");
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].id, "-");
  // Leading blanks are kept: offsets count from the first byte after the BOM.
  EXPECT_EQ(r.documents[0].text, "\n  July 10, 2023\nFrance backs {the} plan.\n");
  EXPECT_EQ(r.documents[0].date, "2023-07-10");
  EXPECT_TRUE(r.problems.empty());
}

TEST_F(DocumentReaderTest, ReadsStandardInputStartingWithBomLikeBytesAsText) {
  const ReadResult r = Read({"-"}, "\xEF\xBB{\"id\": 1}");
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].text, kFffd + "{\"id\": 1}");
  EXPECT_EQ(r.problems,
            std::vector<std::string>{"-: invalid UTF-8 replaced by U+FFFD (1 sequence)"});
}

TEST_F(DocumentReaderTest, ReportsEmptyStandardInput) {
  const ReadResult r = Read({"-"}, " \n");
  EXPECT_TRUE(r.documents.empty());
  EXPECT_EQ(r.problems, std::vector<std::string>{"-: empty document"});
}

TEST_F(DocumentReaderTest, FillsDateOfTextFileFromDateLine) {
  const std::string path =
      Write("dated.txt",
            "Biden to visit Vilnius\nBy Jane Doe | Published 10 Jul 2023 14:02 GMT\n\n"
            "The summit opened on July 11, 2023 in Vilnius.\n");
  const ReadResult r = Read({path});
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].date, "2023-07-10");
}

TEST(FindDateLineTest, RecognisesLinesThatAreMostlyADate) {
  const struct {
    const char* text;
    const char* date;
  } cases[] = {
      {"July 10, 2023", "2023-07-10"},
      {"10 July 2023", "2023-07-10"},
      {"Jul 10, 2023", "2023-07-10"},
      {"Jul. 10, 2023", "2023-07-10"},
      {"JULY 10TH, 2023", "2023-07-10"},
      {"Sept 3 2024", "2024-09-03"},
      {"Published 10 Jul 2023 14:02 GMT", "2023-07-10"},
      {"Updated: March 3, 2024 at 5:00 p.m.", "2024-03-03"},
      {"Updated: March 3, 2024 at 5:00 p.m. ET", "2024-03-03"},
      {"2024-07-09", "2024-07-09"},
      {"2024-07-09T10:00:00Z", "2024-07-09"},
      {"Monday, July 10, 2023", "2023-07-10"},
      {"Vilnius, July 10, 2023", "2023-07-10"},
      {"By Jane Doe | July 10, 2023", "2023-07-10"},
      {"Published July 10, 2023 — Updated July 11, 2023", "2023-07-10"},
      {"Published on July 10, 2023 | 5 min read", "2023-07-10"},
      {"February 29, 2024", "2024-02-29"},
      {"  \r\n\nTitle of the story\r\n  July 10, 2023  \r\nBody.", "2023-07-10"},
      {"Headline\nSubhead\nBy line\nPlace\nJuly 10, 2023\nBody", "2023-07-10"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(FindDateLine(c.text), c.date) << c.text;
  }
}

TEST(FindDateLineTest, IgnoresSentencesAndNonDates) {
  const char* const cases[] = {
      "",
      "No date here.",
      "The summit opened on July 10, 2023 in Vilnius.",
      "On July 10, 2023, Biden spoke.",
      "Biden to visit Vilnius on July 10, 2023",
      "Stocks fell by 2% on 2024-07-09",
      "July 2023",          // no day
      "07/10/2023",         // day and month order unknown
      "February 29, 2023",  // not a leap year
      "June 31, 2024",      // no such day
      "2024-13-01",         // no such month
      "20240709",
      "Call 555-1234 on 10 May",          // no year
      "A\nB\nC\nD\nE\nF\nJuly 10, 2023",  // beyond the first six non-blank lines
  };
  for (const char* text : cases) {
    EXPECT_EQ(FindDateLine(text), "") << text;
  }
}

TEST(FindDateLineTest, IgnoresLongLines) {
  EXPECT_EQ(FindDateLine("July 10, 2023" + std::string(200, ' ') + "\nBody"), "2023-07-10")
      << "trailing spaces are trimmed first";
  EXPECT_EQ(FindDateLine("July 10, 2023 " + std::string(200, 'x')), "");
}

// A mapper's standard input is JSON Lines whatever it starts with: an empty
// shard is no document, a bad first line one skipped line.
TEST_F(DocumentReaderTest, StandardInputDeclaredJsonLines) {
  ReadResult r = Read({"-"}, "", StandardInput::kJsonLines);
  EXPECT_TRUE(r.documents.empty());
  EXPECT_TRUE(r.problems.empty());
  r = Read({"-"}, "not json\n\n{\"id\": \"a\", \"text\": \"France backs the plan.\"}\n",
           StandardInput::kJsonLines);
  EXPECT_EQ(r.Ids(), std::vector<std::string>{"a"});
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].rfind("-:1: invalid JSON", 0), 0u) << r.problems[0];
}

// Declared text is one document even when it starts with a brace.
TEST_F(DocumentReaderTest, StandardInputDeclaredText) {
  const ReadResult r = Read({"-"}, "{braces} France backs the plan.", StandardInput::kText);
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].id, "-");
  EXPECT_EQ(r.documents[0].text, "{braces} France backs the plan.");
}

}  // namespace
}  // namespace stancegraph
