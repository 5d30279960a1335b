// SortedLines: the N-Quads sort, with budgets small enough that the lines
// spill into runs on disk (and the runs are merged into one on the way), so
// the merge is checked against an in-memory sort.
#include "export/sorted_lines.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "tests/export_test_support.h"

namespace stancegraph::exporters {
namespace {

using stancegraph::testing::TempDir;

// Lines of varied length sharing prefixes, each several times, shuffled;
// bytes above 0x7F must sort after ASCII (byte-wise, unsigned).
std::vector<std::string> SampleLines(size_t distinct) {
  std::vector<std::string> lines;
  for (size_t i = 0; i < distinct; ++i) {
    const std::string line = "<s/" + std::to_string(i % 37) + (i % 5 == 0 ? "\xC3\xA9" : "") +
                             "> <p> \"" + std::string(i % 11, 'x') + std::to_string(i) + "\" .\n";
    for (size_t copy = 0; copy <= i % 3; ++copy) lines.push_back(line);
  }
  std::shuffle(lines.begin(), lines.end(), std::mt19937(7));
  return lines;
}

std::string Expected(std::vector<std::string> lines) {
  std::sort(lines.begin(), lines.end());
  lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
  std::string text;
  for (const std::string& line : lines) text += line;
  return text;
}

std::string Sorted(const std::vector<std::string>& lines, const std::string& directory,
                   size_t budget) {
  SortedLines sorted(directory, budget);
  for (const std::string& line : lines) sorted.Add(line);
  std::ostringstream out;
  std::optional<Problem> problem = sorted.WriteTo(out);
  EXPECT_FALSE(problem) << problem->message;
  return out.str();
}

TEST(SortedLinesTest, SpilledRunsMergeIntoTheSortedDistinctLines) {
  const std::vector<std::string> lines = SampleLines(3000);
  const std::string expected = Expected(lines);
  TempDir dir;
  // All in memory; a few runs; more runs than are merged at once.
  for (size_t budget : {size_t{1} << 30, size_t{20000}, size_t{100}}) {
    EXPECT_EQ(Sorted(lines, dir.File(""), budget), expected) << budget;
  }
  EXPECT_TRUE(dir.Entries().empty());  // the runs had no names
}

TEST(SortedLinesTest, NoLinesWriteNothing) {
  TempDir dir;
  EXPECT_EQ(Sorted({}, dir.File(""), 100), "");
}

TEST(SortedLinesTest, ARunThatCannotBeCreatedIsAProblemNamingTheDirectory) {
  TempDir dir;
  const std::string missing = dir.File("missing");
  SortedLines sorted(missing, 100);
  for (const std::string& line : SampleLines(100)) sorted.Add(line);
  std::ostringstream out;
  std::optional<Problem> problem = sorted.WriteTo(out);
  ASSERT_TRUE(problem);
  EXPECT_NE(problem->message.find(missing), std::string::npos) << problem->message;
}

}  // namespace
}  // namespace stancegraph::exporters
