// End-to-end tests of `stancegraph merge`, `query` and `timeline`, and of
// the --since/--until filter and the contradictions block of `build`.
//
// Like cli_test.cc, each test runs the real binary (STANCEGRAPH_BINARY) in a
// fresh temporary directory and checks the exit status (0 ok, 1 input
// skipped, 2 usage, 3 output not written), standard output and standard
// error. tests/data/cli/pipeline.jsonl has six dated and undated documents
// in which Germany turns from supporting to opposing a pipeline deal, one
// sentence repeated in a page and syndicated, and Poland on both sides.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "cli_test_support.h"

namespace {

using namespace stancegraph::cli_test;

const fs::path kPipeline = kData / "pipeline.jsonl";
const char* const kGraphFiles[] = {"graph.dot", "graph.svg", "graph.jsonld"};

std::string Join(const std::vector<std::string>& lines) {
  std::string text;
  for (const std::string& line : lines) text += line + "\n";
  return text;
}

// The value of a string field in a JSON line written by `extract` (enough
// for "doc", whose values hold no escapes in the test data).
std::string Field(const std::string& line, const std::string& key) {
  const std::string start = "\"" + key + "\":\"";
  size_t at = line.find(start);
  if (at == std::string::npos) return "";
  at += start.size();
  return line.substr(at, line.find('"', at) - at);
}

class MergeQueryCliTest : public BinaryTest {
 protected:
  MergeQueryCliTest() : BinaryTest("stancegraph_merge_test") {}

  // The triples `extract` finds in the samples and the pipeline documents.
  std::vector<std::string> CorpusTriples() {
    RunResult result = Run({"extract", "-q", kSamples.string(), kPipeline.string()});
    EXPECT_EQ(result.status, 0) << Describe(result);
    return Lines(result.out);
  }

  // Expects the three graph files in `a` and `b` to be equal byte for byte.
  void ExpectSameGraphFiles(const fs::path& a, const fs::path& b) {
    for (const char* file : kGraphFiles) {
      const std::string expected = ReadBytes(a / file);
      EXPECT_FALSE(expected.empty()) << (a / file);
      EXPECT_TRUE(expected == ReadBytes(b / file)) << file << " differs: " << a << " vs " << b;
    }
  }
};

// ---------------------------------------------------------------------------
// Help and usage errors

TEST_F(MergeQueryCliTest, EachCommandHasHelp) {
  const std::map<std::string, std::string> usage = {
      {"merge", "usage: stancegraph merge TRIPLES... [-o DIR] [options]"},
      {"query", "usage: stancegraph query INPUT... (--topic WORDS | --actor WORDS) [options]"},
      {"timeline",
       "usage: stancegraph timeline INPUT... --actor WORDS --topic WORDS "
       "[--window month|week|year] [options]"},
  };
  for (const auto& [command, line] : usage) {
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{command, "--help"}, std::vector<std::string>{"help", command}}) {
      RunResult result = Run(args);
      EXPECT_EQ(result.status, 0) << Describe(result);
      ASSERT_FALSE(Lines(result.out).empty());
      EXPECT_EQ(Lines(result.out)[0], line);
      EXPECT_TRUE(Contains(result.out, "Exit status")) << result.out;
      EXPECT_TRUE(Contains(result.out, "undated triples are left out")) << result.out;
    }
  }
  RunResult overview = Run({"--help"});
  for (const char* command : {"merge TRIPLES...", "query INPUT...", "timeline INPUT..."}) {
    EXPECT_TRUE(Contains(overview.out, command)) << overview.out;
  }
  EXPECT_TRUE(Contains(Run({"build", "--help"}).out, "--since DATE"));
}

TEST_F(MergeQueryCliTest, UsageErrorsExitTwoAndNameTheOption) {
  const std::string f = kPipeline.string();
  struct Case {
    std::vector<std::string> args;
    std::vector<std::string> parts;
  };
  const Case cases[] = {
      {{"merge"}, {"merge: no INPUT given"}},
      {{"merge", f, "--lexicon", "x.tsv"}, {"--lexicon", "unknown option for `merge`"}},
      {{"merge", f, "--min-confidence", "0.3"}, {"--min-confidence", "unknown option for `merge`"}},
      {{"merge", f, "--window", "week"}, {"--window", "unknown option for `merge`"}},
      {{"merge", f, "-o"}, {"-o: needs a value"}},
      {{"merge", f, "--since", "2024-02-30"}, {"--since: expects a date YYYY-MM-DD", "`2024-02-30`"}},
      {{"merge", f, "--since", "2024-03-01", "--until", "2024-02-01"},
       {"--since: 2024-03-01 is after --until 2024-02-01"}},
      {{"build", f, "--until", "March 2024"}, {"--until: expects a date", "`March 2024`"}},
      {{"query", f}, {"query: needs --topic WORDS or --actor WORDS"}},
      {{"query", "--topic", "deal"}, {"query: no INPUT given"}},
      {{"query", f, "--topic"}, {"--topic: needs a value"}},
      {{"query", f, "--topic", "--"}, {"--topic: expects words to look for", "`--`"}},
      {{"query", f, "--actor", ""}, {"--actor: expects words to look for"}},
      {{"query", f, "--topic", "deal", "--window", "week"}, {"--window", "unknown option for `query`"}},
      {{"query", f, "--topic", "deal", "-o", "out"}, {"-o", "unknown option for `query`"}},
      {{"timeline", f, "--actor", "germany"}, {"timeline: needs both --actor WORDS and --topic WORDS"}},
      {{"timeline", f, "--topic", "deal"}, {"timeline: needs both"}},
      {{"timeline", f, "--actor", "germany", "--topic", "deal", "--window", "day"},
       {"--window: expects week, month or year", "`day`"}},
      {{"extract", f, "--since", "2024-01-01"}, {"--since", "unknown option for `extract`"}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(testing::PrintToString(c.args));
    RunResult result = Run(c.args);
    EXPECT_EQ(result.status, 2) << Describe(result);
    EXPECT_EQ(result.out, "");
    for (const std::string& part : c.parts) {
      EXPECT_TRUE(Contains(result.err, part)) << "expected `" << part << "` in:\n" << result.err;
    }
  }
  EXPECT_FALSE(fs::exists(dir_ / "out"));
}

// ---------------------------------------------------------------------------
// merge

// The heart of `merge`: any split of the corpus's triples, in any order of
// files and lines, gives the files `build` writes from the whole corpus.
TEST_F(MergeQueryCliTest, MergingAnySplitWritesTheFilesBuildWrites) {
  RunResult built = Run({"build", "-q", kSamples.string(), kPipeline.string(), "-o", "built"});
  ASSERT_EQ(built.status, 0) << Describe(built);
  const std::vector<std::string> triples = CorpusTriples();
  ASSERT_GT(triples.size(), 100u);

  std::map<std::string, std::vector<std::string>> by_doc;
  for (const std::string& line : triples) by_doc[Field(line, "doc")].push_back(line);
  ASSERT_GE(by_doc.size(), 8u);

  // Each split: files (lists of lines) in the order they are passed.
  std::map<std::string, std::vector<std::vector<std::string>>> splits;
  splits["whole"] = {triples};
  std::vector<std::string> reversed(triples.rbegin(), triples.rend());
  splits["reversed lines"] = {reversed};
  for (const auto& [doc, lines] : by_doc) splits["per document, last first"].insert(
      splits["per document, last first"].begin(), lines);
  splits["round robin"].resize(3);
  for (size_t i = 0; i < triples.size(); ++i) splits["round robin"][i % 3].push_back(triples[i]);
  std::reverse(splits["round robin"].begin(), splits["round robin"].end());
  const size_t third = triples.size() / 3;
  splits["uneven, one empty"] = {
      std::vector<std::string>(triples.begin() + static_cast<long>(third), triples.end()),
      {},
      std::vector<std::string>(triples.begin(), triples.begin() + static_cast<long>(third))};
  // Overlapping shards: a triple read twice is the same source, seen once.
  splits["overlapping"] = {
      std::vector<std::string>(triples.begin(), triples.begin() + static_cast<long>(2 * third)),
      std::vector<std::string>(triples.begin() + static_cast<long>(third), triples.end())};

  int n = 0;
  for (const auto& [name, files] : splits) {
    SCOPED_TRACE(name);
    const fs::path shard_dir = dir_ / ("split" + std::to_string(++n));
    fs::create_directories(shard_dir);
    std::vector<std::string> args = {"merge", "-q", "-o", "merged" + std::to_string(n)};
    for (size_t i = 0; i < files.size(); ++i) {
      const fs::path file = shard_dir / ("part" + std::to_string(i) + ".jsonl");
      WriteBytes(file, Join(files[i]));
      args.push_back(file.string());
    }
    RunResult merged = Run(args);
    ASSERT_EQ(merged.status, 0) << Describe(merged);
    ExpectSameGraphFiles(dir_ / "built", dir_ / ("merged" + std::to_string(n)));
  }

  // A directory of one-line shards, and standard input with a file.
  fs::create_directories(dir_ / "shards" / "deeper");
  for (size_t i = 0; i < triples.size(); ++i) {
    const fs::path sub = i % 2 ? dir_ / "shards" / "deeper" : dir_ / "shards";
    WriteBytes(sub / ("t" + std::to_string(i) + ".jsonl"), triples[i] + "\n");
  }
  WriteBytes(dir_ / "shards" / "ignored.txt", "not a triple file\n");
  RunResult from_dir = Run({"merge", "-q", "shards", "-o", "from-dir"});
  ASSERT_EQ(from_dir.status, 0) << Describe(from_dir);
  ExpectSameGraphFiles(dir_ / "built", dir_ / "from-dir");

  const std::vector<std::string> head(triples.begin(), triples.begin() + 10);
  const std::vector<std::string> rest(triples.begin() + 10, triples.end());
  WriteBytes(dir_ / "head.jsonl", Join(head));
  RunResult from_stdin = Run({"merge", "-q", "-", "head.jsonl", "-o", "from-stdin"}, Join(rest));
  ASSERT_EQ(from_stdin.status, 0) << Describe(from_stdin);
  ExpectSameGraphFiles(dir_ / "built", dir_ / "from-stdin");
}

TEST_F(MergeQueryCliTest, MergeHonoursDatesTitleAndBaseIriAsBuildDoes) {
  const std::vector<std::string> options = {"--since", "2023-03-10", "--until", "2024-01-10",
                                            "--title", "Pipeline", "--base-iri",
                                            "https://example.org/id/"};
  std::vector<std::string> build = {"build", "-q", kSamples.string(), kPipeline.string(), "-o",
                                    "built"};
  build.insert(build.end(), options.begin(), options.end());
  ASSERT_EQ(Run(build).status, 0);
  WriteBytes(dir_ / "all.jsonl", Join(CorpusTriples()));
  std::vector<std::string> merge = {"merge", "all.jsonl", "-o", "merged"};
  merge.insert(merge.end(), options.begin(), options.end());
  RunResult merged = Run(merge);
  ASSERT_EQ(merged.status, 0) << Describe(merged);
  ExpectSameGraphFiles(dir_ / "built", dir_ / "merged");
  const std::string dot = ReadBytes(dir_ / "merged" / "graph.dot");
  EXPECT_TRUE(Contains(dot, "Pipeline"));
  // wire-2 (2023-03-20) and wire-4 (2024-01-10) are in; wire-1, paper-4,
  // blog-5 (undated) and the 2024 samples are out.
  EXPECT_TRUE(Contains(dot, "Poland opposes pipeline deal"));
  EXPECT_FALSE(Contains(dot, "paper-4"));
  EXPECT_FALSE(Contains(dot, "blog-5"));
  EXPECT_FALSE(Contains(dot, "washington-summit"));
  EXPECT_TRUE(Contains(merged.err, "undated or outside --since/--until, left out")) << merged.err;
}

TEST_F(MergeQueryCliTest, MergeReportsBadLinesAndMissingFilesAndMergesTheRest) {
  const std::vector<std::string> triples = CorpusTriples();
  const std::vector<std::string> good(triples.begin(), triples.begin() + 20);
  WriteBytes(dir_ / "good.jsonl", Join(good));
  WriteBytes(dir_ / "bad.jsonl", triples[20] + "\n{\"doc\": \"x\"}\nnot json\n\n" + triples[21] +
                                     "\n");
  fs::create_directories(dir_ / "empty-dir");
  RunResult merged =
      Run({"merge", "good.jsonl", "missing.jsonl", "bad.jsonl", "empty-dir", "-o", "out"});
  EXPECT_EQ(merged.status, 1) << Describe(merged);
  for (const char* part :
       {"stancegraph: missing.jsonl: no such file or directory\n",
        "stancegraph: bad.jsonl:2: missing string field `sentence`\n",
        "stancegraph: bad.jsonl:3: invalid JSON", "stancegraph: empty-dir: no .jsonl triple files",
        "stancegraph merge: 2 files, 22 triples\n", "4 input problems reported above\n",
        "wrote out/graph.dot\n"}) {
    EXPECT_TRUE(Contains(merged.err, part)) << "expected `" << part << "` in:\n" << merged.err;
  }
  // The good lines are merged as if the bad ones had never been there.
  std::vector<std::string> kept = good;
  kept.push_back(triples[20]);
  kept.push_back(triples[21]);
  WriteBytes(dir_ / "kept.jsonl", Join(kept));
  ASSERT_EQ(Run({"merge", "-q", "kept.jsonl", "-o", "kept"}).status, 0);
  ExpectSameGraphFiles(dir_ / "kept", dir_ / "out");
}

TEST_F(MergeQueryCliTest, MergeIntoAnUnwritableDirectoryExitsThree) {
  WriteBytes(dir_ / "all.jsonl", Join(CorpusTriples()));
  WriteBytes(dir_ / "somefile", "in the way\n");
  RunResult result = Run({"merge", "all.jsonl", "-o", "somefile/out"});
  EXPECT_EQ(result.status, 3) << Describe(result);
  EXPECT_TRUE(Contains(result.err, "stancegraph: somefile/out: cannot create directory"))
      << result.err;
}

TEST_F(MergeQueryCliTest, MergeIsByteIdenticalFromRunToRun) {
  WriteBytes(dir_ / "all.jsonl", Join(CorpusTriples()));
  RunResult first = Run({"merge", "all.jsonl", "-o", "first"});
  RunResult second = Run({"merge", "all.jsonl", "-o", "second"});
  ASSERT_EQ(first.status, 0) << Describe(first);
  ExpectSameGraphFiles(dir_ / "first", dir_ / "second");
}

// ---------------------------------------------------------------------------
// Evidence counted once, contradictions in the build summary

TEST_F(MergeQueryCliTest, BuildCountsRepeatsOnceAndReportsContradictions) {
  RunResult result = Run({"build", kPipeline.string(), "-o", "out"});
  EXPECT_EQ(result.status, 0) << Describe(result);
  for (const char* part : {
           "stancegraph build: 6 documents, 9 sentences (0 page junk), 9 triples\n",
           "graph: 2 actors, 1 topic, 4 stance edges, 7 evidence sentences (2 repeated or "
           "syndicated, counted once)\n",
           "  Germany supports pipeline deal (x3, confidence 0.88)\n",
           "contradictions (actors both supporting and opposing a topic): 2\n"
           "  Germany on pipeline deal: for x3, against x2\n"
           "    + \"Germany backs the pipeline deal.\" (wire-1, 2023-03-02)\n"
           "    - \"Germany rejected the \"pipeline deal\".\" (paper-4, 2024-01-11; and 2 more "
           "sources)\n"
           "  Poland on pipeline deal: for x1, against x1\n",
       }) {
    EXPECT_TRUE(Contains(result.err, part)) << "expected `" << part << "` in:\n" << result.err;
  }
  const std::string dot = ReadBytes(dir_ / "out" / "graph.dot");
  EXPECT_TRUE(Contains(dot, "opposes ×2")) << dot;
  EXPECT_TRUE(Contains(dot, "(and 2 more sources)")) << dot;

  RunResult since = Run({"build", kPipeline.string(), "-o", "since", "--since", "2024-01-01"});
  EXPECT_EQ(since.status, 0) << Describe(since);
  EXPECT_TRUE(Contains(since.err, "9 triples (5 undated or outside --since/--until, left out)\n"))
      << since.err;
  EXPECT_TRUE(Contains(since.err, "graph: 2 actors, 1 topic, 2 stance edges, 2 evidence "
                                  "sentences (2 repeated or syndicated, counted once)\n"))
      << since.err;
  EXPECT_FALSE(Contains(since.err, "contradictions")) << since.err;
}

// ---------------------------------------------------------------------------
// query

const char* const kTopicQuery =
    "topic: pipeline deal (topic/pipeline-deal)\n"
    "  supported by 2 actors, 4 sentences:\n"
    "    Germany  x3  \"Germany backs the pipeline deal.\" (wire-1, 2023-03-02)\n"
    "    Poland   x1  \"Poland welcomed the pipeline deal.\" (wire-4, 2024-01-10)\n"
    "  opposed by 2 actors, 3 sentences:\n"
    "    Germany  x2  \"Germany rejected the \"pipeline deal\".\" (paper-4, 2024-01-11; and 2 more "
    "sources)\n"
    "    Poland   x1  \"Poland opposes the pipeline deal.\" (wire-2, 2023-03-20)\n"
    "  on both sides:\n"
    "    Germany: for x3, against x2\n"
    "      + \"Germany backs the pipeline deal.\" (wire-1, 2023-03-02)\n"
    "      - \"Germany rejected the \"pipeline deal\".\" (paper-4, 2024-01-11; and 2 more "
    "sources)\n"
    "    Poland: for x1, against x1\n"
    "      + \"Poland welcomed the pipeline deal.\" (wire-4, 2024-01-10)\n"
    "      - \"Poland opposes the pipeline deal.\" (wire-2, 2023-03-20)\n";

TEST_F(MergeQueryCliTest, QueryByTopicListsBothSidesWithCountsAndBestEvidence) {
  RunResult result = Run({"query", kPipeline.string(), "--topic", "Pipeline Deals"});
  EXPECT_EQ(result.status, 0) << Describe(result);
  EXPECT_EQ(result.out, kTopicQuery);
  EXPECT_EQ(result.err, "stancegraph query: 6 documents, 9 triples extracted\n");

  // The same from saved triples, from a file and from standard input.
  RunResult triples = Run({"extract", "-q", kPipeline.string()});
  WriteBytes(dir_ / "pipeline-triples.jsonl", triples.out);
  RunResult from_file = Run({"query", "pipeline-triples.jsonl", "--topic", "pipeline", "-q"});
  EXPECT_EQ(from_file.status, 0) << Describe(from_file);
  EXPECT_EQ(from_file.out, kTopicQuery);
  EXPECT_EQ(from_file.err, "");
  RunResult from_stdin = Run({"query", "-", "--topic", "deal"}, triples.out);
  EXPECT_EQ(from_stdin.out, kTopicQuery);
  EXPECT_EQ(from_stdin.err, "stancegraph query: 1 triple file, 9 triples read\n");
}

TEST_F(MergeQueryCliTest, QueryByActorListsWhatItSupportsAndOpposes) {
  RunResult result = Run({"query", kPipeline.string(), "--actor", "POLAND", "-q"});
  EXPECT_EQ(result.status, 0) << Describe(result);
  EXPECT_EQ(result.out,
            "actor: Poland (actor/poland, country)\n"
            "  supports 1 topic, 1 sentence:\n"
            "    pipeline deal  x1  \"Poland welcomed the pipeline deal.\" (wire-4, 2024-01-10)\n"
            "  opposes 1 topic, 1 sentence:\n"
            "    pipeline deal  x1  \"Poland opposes the pipeline deal.\" (wire-2, 2023-03-20)\n"
            "  on both sides:\n"
            "    pipeline deal: for x1, against x1\n"
            "      + \"Poland welcomed the pipeline deal.\" (wire-4, 2024-01-10)\n"
            "      - \"Poland opposes the pipeline deal.\" (wire-2, 2023-03-20)\n");
}

TEST_F(MergeQueryCliTest, QueryWithActorAndTopicAndDatesNarrowsTheRows) {
  RunResult result = Run({"query", kPipeline.string(), "--topic", "deal", "--actor", "germany",
                          "--since", "2023-03-10", "--until", "2023-12-31"});
  EXPECT_EQ(result.status, 0) << Describe(result);
  EXPECT_EQ(result.out,
            "topic: pipeline deal (topic/pipeline-deal)\n"
            "  supported by 1 actor, 1 sentence:\n"
            "    Germany  x1  \"Berlin said on Monday that Germany supports the pipeline deal.\" "
            "(wire-2, 2023-03-20)\n"
            "  opposed by 1 actor, 1 sentence:\n"
            "    Germany  x1  \"Germany opposes the pipeline deal, officials said.\" (wire-3, "
            "2023-09-05)\n"
            "  on both sides:\n"
            "    Germany: for x1, against x1\n"
            "      + \"Berlin said on Monday that Germany supports the pipeline deal.\" (wire-2, "
            "2023-03-20)\n"
            "      - \"Germany opposes the pipeline deal, officials said.\" (wire-3, "
            "2023-09-05)\n");
  EXPECT_EQ(result.err,
            "stancegraph query: 6 documents, 9 triples extracted (6 undated or outside "
            "--since/--until, left out)\n");
}

TEST_F(MergeQueryCliTest, QueryReadsDirectoriesOfTripleFilesAndDocumentsAlike) {
  RunResult triples = Run({"extract", "-q", kPipeline.string()});
  fs::create_directories(dir_ / "mixed" / "sub");
  const std::vector<std::string> lines = Lines(triples.out);
  WriteBytes(dir_ / "mixed" / "a.jsonl", Join({lines.begin(), lines.begin() + 4}));
  WriteBytes(dir_ / "mixed" / "sub" / "b.jsonl", Join({lines.begin() + 4, lines.end()}));
  WriteBytes(dir_ / "mixed" / "sub" / "c.txt", "Chile backs the pipeline deal.\n");
  RunResult result = Run({"query", "mixed", "--actor", "chile"});
  EXPECT_EQ(result.status, 0) << Describe(result);
  EXPECT_TRUE(Contains(result.out, "actor: Chile (actor/chile, country)\n")) << result.out;
  EXPECT_TRUE(Contains(result.out, "(mixed/sub/c.txt)")) << result.out;
  EXPECT_EQ(result.err,
            "stancegraph query: 1 document, 1 triple extracted, 2 triple files, 9 triples read\n");
  RunResult topic = Run({"query", "mixed", "--topic", "deal", "-q"});
  EXPECT_TRUE(Contains(topic.out, "  supported by 3 actors, 5 sentences:\n")) << topic.out;
}

TEST_F(MergeQueryCliTest, QueryWithoutMatchSaysSoAndExitsZero) {
  RunResult topic = Run({"query", kPipeline.string(), "--topic", "tariffs", "-q"});
  EXPECT_EQ(topic.status, 0) << Describe(topic);
  EXPECT_EQ(topic.out, "no topic matches \"tariffs\"\n");
  RunResult actor = Run({"query", kPipeline.string(), "--actor", "France", "--topic", "deal", "-q"});
  EXPECT_EQ(actor.out, "no actor matches \"France\"\n");
}

TEST_F(MergeQueryCliTest, QueryReportsMissingFilesAndBadTripleLines) {
  RunResult triples = Run({"extract", "-q", kPipeline.string()});
  WriteBytes(dir_ / "t.jsonl", triples.out + "{\"doc\": \"d\", \"sentence\": 3, \"actor\": \"X\"}\n");
  RunResult result = Run({"query", "missing.txt", "t.jsonl", "--topic", "deal"});
  EXPECT_EQ(result.status, 1) << Describe(result);
  EXPECT_EQ(result.out, kTopicQuery);
  EXPECT_TRUE(Contains(result.err, "stancegraph: missing.txt: no such file")) << result.err;
  EXPECT_TRUE(Contains(result.err, "stancegraph: t.jsonl:10: field `sentence` is not a string"))
      << result.err;
  EXPECT_TRUE(Contains(result.err, "2 input problems reported above")) << result.err;
}

// ---------------------------------------------------------------------------
// timeline

TEST_F(MergeQueryCliTest, TimelineCountsDistinctSentencesPerWindow) {
  RunResult month = Run({"timeline", kPipeline.string(), "--actor", "germany", "--topic", "deal"});
  EXPECT_EQ(month.status, 0) << Describe(month);
  EXPECT_EQ(month.out,
            "Germany on pipeline deal, by month (distinct sentences):\n"
            "  window      for  against  leaning\n"
            "  2023-03       2        0  for\n"
            "  2023-09       0        1  against\n"
            "  2024-01       0        1  against\n"
            "  undated       1        0\n"
            "  turned from for (2023-03) to against (2024-01)\n");
  EXPECT_EQ(month.err, "stancegraph timeline: 6 documents, 9 triples extracted\n");

  RunResult week = Run({"timeline", kPipeline.string(), "--actor", "germany", "--topic", "deal",
                        "--window", "week", "--since", "2023-03-10", "-q"});
  EXPECT_EQ(week.status, 0) << Describe(week);
  EXPECT_EQ(week.out,
            "Germany on pipeline deal, by week (distinct sentences):\n"
            "  window      for  against  leaning\n"
            "  2023-W12      1        0  for\n"
            "  2023-W36      0        1  against\n"
            "  2024-W02      0        1  against\n"
            "  turned from for (2023-W12) to against (2024-W02)\n");

  RunResult year = Run({"timeline", kPipeline.string(), "--actor", "poland", "--topic",
                        "pipeline deal", "--window", "year", "-q"});
  EXPECT_EQ(year.out,
            "Poland on pipeline deal, by year (distinct sentences):\n"
            "  window      for  against  leaning\n"
            "  2023          0        1  against\n"
            "  2024          1        0  for\n"
            "  turned from against (2023) to for (2024)\n");
}

TEST_F(MergeQueryCliTest, TimelineCountsASentenceOnceInEachWindowItAppearedIn) {
  // The same sentence in January and, syndicated, in March.
  WriteBytes(dir_ / "docs.jsonl",
             "{\"id\": \"a\", \"date\": \"2024-01-05\", \"text\": \"Chile backs the levy.\"}\n"
             "{\"id\": \"b\", \"date\": \"2024-01-20\", \"text\": \"Chile backs the levy.\"}\n"
             "{\"id\": \"c\", \"date\": \"2024-03-02\", \"text\": \"Chile  backs the levy.\"}\n");
  RunResult result = Run({"timeline", "docs.jsonl", "--actor", "chile", "--topic", "levy", "-q"});
  EXPECT_EQ(result.status, 0) << Describe(result);
  EXPECT_EQ(result.out,
            "Chile on levy, by month (distinct sentences):\n"
            "  window      for  against  leaning\n"
            "  2024-01       1        0  for\n"
            "  2024-03       1        0  for\n");
}

TEST_F(MergeQueryCliTest, TimelineWithoutMatchOrInputSaysSo) {
  RunResult none = Run({"timeline", kPipeline.string(), "--actor", "france", "--topic", "deal", "-q"});
  EXPECT_EQ(none.status, 0) << Describe(none);
  EXPECT_EQ(none.out, "no actor matches \"france\"\n");
  RunResult missing = Run({"timeline", "missing.jsonl", "--actor", "x", "--topic", "y"});
  EXPECT_EQ(missing.status, 1) << Describe(missing);
  EXPECT_TRUE(Contains(missing.err, "stancegraph: missing.jsonl: no such file")) << missing.err;
  EXPECT_EQ(missing.out, "no actor matches \"x\"\n");
}

}  // namespace
