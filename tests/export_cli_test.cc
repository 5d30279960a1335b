// End-to-end tests of `build --format` and `merge --format`: which files each
// format writes, the triples file as the lossless way back into `merge`, and
// the diagram options and filters reaching the outputs. Each format's content
// is checked against its real consumer in the export tests (rdf_, graphml_,
// neo4j_, diagram_, dot_ and svg_export_test.cc); here the wiring is.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "cli_test_support.h"

namespace {

using namespace stancegraph::cli_test;

const fs::path kNews = kData / "news.txt";
const fs::path kOntology = kSamples / "ontology.json";

// Every file under `dir`, as paths relative to it, sorted.
std::set<std::string> FilesUnder(const fs::path& dir) {
  std::set<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) files.insert(fs::relative(entry.path(), dir).string());
  }
  return files;
}

size_t CountOf(const std::string& text, const std::string& part) {
  size_t count = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
  return count;
}

class ExportCliTest : public BinaryTest {
 protected:
  ExportCliTest() : BinaryTest("stancegraph_export_cli_test") {}
};

TEST_F(ExportCliTest, FormatAllWritesEveryOutputAndNothingElse) {
  RunResult result = Run({"build", kSamples.string(), "-o", "out", "--format", "all", "--ontology",
                          kOntology.string()});
  ASSERT_EQ(result.status, 0) << Describe(result);
  const std::set<std::string> expected = {
      "graph.dot",         "graph.svg",          "graph.png",          "graph.pdf",
      "graph.jsonld",      "graph.nq",           "graph.graphml",      "triples.jsonl",
      "neo4j/actors.csv",  "neo4j/topics.csv",   "neo4j/stances.csv",  "neo4j/speaks_for.csv",
      "neo4j/import.sh",   "neo4j/load.cypher"};
  EXPECT_EQ(FilesUnder(dir_ / "out"), expected);  // no temporary left behind
  for (const std::string& file : expected) {
    EXPECT_GT(fs::file_size(dir_ / "out" / file), 0u) << file;
    EXPECT_TRUE(Contains(result.err, "wrote out/" + file + "\n")) << file << "\n" << result.err;
  }
}

TEST_F(ExportCliTest, FormatListWritesOnlyWhatItNames) {
  RunResult result = Run({"build", "-q", kNews.string(), "-o", "out", "--format", "png, jsonl,png"});
  ASSERT_EQ(result.status, 0) << Describe(result);
  EXPECT_EQ(FilesUnder(dir_ / "out"), (std::set<std::string>{"graph.png", "triples.jsonl"}));
  EXPECT_EQ(ReadBytes(dir_ / "out" / "graph.png").substr(1, 3), "PNG");
  EXPECT_EQ(Lines(ReadBytes(dir_ / "out" / "triples.jsonl")).size(), 3u);

  result = Run({"merge", "-q", (dir_ / "out" / "triples.jsonl").string(), "-o", "again",
                "--format", "graphml,nquads"});
  ASSERT_EQ(result.status, 0) << Describe(result);
  EXPECT_EQ(FilesUnder(dir_ / "again"), (std::set<std::string>{"graph.graphml", "graph.nq"}));
}

// triples.jsonl holds what went into the graph before identity resolution,
// so merging it with the same options gives the very same files.
TEST_F(ExportCliTest, TriplesFileRebuildsTheSameGraphThroughMerge) {
  const std::vector<std::string> formats = {"--format", "dot,jsonld,nquads,graphml,jsonl"};
  std::vector<std::string> build = {"build", "-q", kSamples.string(), "-o", "out", "--ontology",
                                    kOntology.string(), "--since", "2024-01-01"};
  build.insert(build.end(), formats.begin(), formats.end());
  RunResult built = Run(build);
  ASSERT_EQ(built.status, 0) << Describe(built);
  RunResult merged = Run({"merge", "-q", (dir_ / "out" / "triples.jsonl").string(), "-o", "again",
                          "--ontology", kOntology.string(), "--format", "dot,jsonld,nquads,graphml"});
  ASSERT_EQ(merged.status, 0) << Describe(merged);
  for (const char* file : {"graph.dot", "graph.jsonld", "graph.nq", "graph.graphml"}) {
    EXPECT_EQ(ReadBytes(dir_ / "again" / file), ReadBytes(dir_ / "out" / file)) << file;
  }
  // The triples are those `extract` writes, within --since (sample 01 is
  // from 2023).
  RunResult extracted = Run({"extract", "-q", kSamples.string()});
  ASSERT_EQ(extracted.status, 0) << Describe(extracted);
  std::string since;
  size_t left_out = 0;
  for (const std::string& line : Lines(extracted.out)) {
    const size_t at = line.find("\"date\":\"");
    if (at != std::string::npos && line.substr(at + 8, 10) >= "2024-01-01") {
      since += line + "\n";
    } else {
      ++left_out;
    }
  }
  EXPECT_GT(left_out, 0u);
  EXPECT_TRUE(ReadBytes(dir_ / "out" / "triples.jsonl") == since);
}

TEST_F(ExportCliTest, FiltersNarrowTheOutputsAndTheSummarySaysSo) {
  RunResult result = Run({"build", kNews.string(), "-o", "out", "--format", "dot,graphml,jsonl",
                          "--actor", "france", "--actor", "Poland"});
  ASSERT_EQ(result.status, 0) << Describe(result);
  EXPECT_TRUE(Contains(result.err, "filters: kept 2 of 3 stance edges, 2 of 3 actors, 2 of 3 topics"))
      << result.err;
  EXPECT_TRUE(Contains(result.err, "graph: 2 actors, 2 topics, 2 stance edges")) << result.err;
  const std::string dot = ReadBytes(dir_ / "out" / "graph.dot");
  EXPECT_TRUE(Contains(dot, "\"actor/france\" ->"));
  EXPECT_TRUE(Contains(dot, "\"actor/poland\" ->"));
  EXPECT_FALSE(Contains(dot, "\"actor/germany\""));
  EXPECT_EQ(CountOf(ReadBytes(dir_ / "out" / "graph.graphml"), "<edge "), 2u);
  // The triples file is not filtered: it is the way back to the whole graph.
  EXPECT_EQ(Lines(ReadBytes(dir_ / "out" / "triples.jsonl")).size(), 3u);

  result = Run({"build", "-q", kNews.string(), "-o", "weighty", "--format", "dot", "--min-weight",
                "2"});
  ASSERT_EQ(result.status, 0) << Describe(result);
  EXPECT_FALSE(Contains(ReadBytes(dir_ / "weighty" / "graph.dot"), "\"actor/"));

  result = Run({"build", kNews.string(), "-o", "top", "--format", "dot", "--top", "1", "--topic",
                "sanctions"});
  ASSERT_EQ(result.status, 0) << Describe(result);
  EXPECT_TRUE(Contains(result.err, "filters: kept 1 of 3 stance edges")) << result.err;
}

TEST_F(ExportCliTest, LayoutGroupAndLinksReachTheDiagram) {
  RunResult result = Run({"build", "-q", kNews.string(), "-o", "out", "--format", "dot,svg",
                          "--layout", "sfdp", "--group", "none", "--node-url",
                          "https://wiki.example/{name}"});
  ASSERT_EQ(result.status, 0) << Describe(result);
  const std::string dot = ReadBytes(dir_ / "out" / "graph.dot");
  EXPECT_TRUE(Contains(dot, "layout=sfdp")) << dot.substr(0, 400);
  EXPECT_FALSE(Contains(dot, "cluster_type_"));
  EXPECT_TRUE(Contains(dot, "URL=\"https://wiki.example/France\""));
  EXPECT_TRUE(Contains(ReadBytes(dir_ / "out" / "graph.svg"),
                       "xlink:href=\"https://wiki.example/France\""));

  result = Run({"build", "-q", kNews.string(), "-o", "camps", "--format", "dot", "--group", "camp"});
  ASSERT_EQ(result.status, 0) << Describe(result);
  EXPECT_TRUE(Contains(ReadBytes(dir_ / "camps" / "graph.dot"), "subgraph cluster_camp_"));
}

TEST_F(ExportCliTest, AnUnwritableOutputIsReportedAndTheOthersAreStillWritten) {
  fs::create_directories(dir_ / "out" / "graph.nq");  // a directory where the file should go
  RunResult result = Run({"build", "-q", kNews.string(), "-o", "out", "--format", "nquads,dot,jsonl"});
  EXPECT_EQ(result.status, 3) << Describe(result);
  EXPECT_TRUE(Contains(result.err, "out/graph.nq")) << result.err;
  EXPECT_GT(fs::file_size(dir_ / "out" / "graph.dot"), 0u);
  EXPECT_GT(fs::file_size(dir_ / "out" / "triples.jsonl"), 0u);
}

}  // namespace
