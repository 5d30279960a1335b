// End-to-end test of scripts/shard-and-merge.sh, the recipe of the README's
// "Beyond one machine": GNU parallel splits a JSON Lines corpus into shards,
// runs `stancegraph extract` on each (the mapper) and `stancegraph merge` on
// their triples (the reducer). The graph files must
// be byte for byte those of one `stancegraph build` over the whole corpus,
// whatever the shards (by lines, by bytes, uneven), the number of jobs and
// the order of the documents.
//
// The test runs the real GNU parallel and fails, rather than skipping, when
// it is missing: scripts/install-deps.sh installs it.
//
// The corpus (about 400 documents) is made at test time from the repo's
// own data: the gold files' documents, the CLI test documents (some dated,
// some syndicated) and the samples.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "cli_test_support.h"
#include "core/document_jsonl.h"

namespace {

using namespace stancegraph::cli_test;

const fs::path kSource = STANCEGRAPH_SOURCE_DIR;
const fs::path kScript = kSource / "scripts" / "shard-and-merge.sh";
const fs::path kTestData = STANCEGRAPH_TEST_DATA;

// The formats compared: text formats that need no rendering (svg, png and
// pdf come from the same DOT graph through Graphviz).
const char* const kFormats = "dot,jsonld,nquads,graphml";
const char* const kGraphFiles[] = {"graph.dot", "graph.jsonld", "graph.nq", "graph.graphml"};

// The corpus, one JSON object a line. Ids are prefixed with the file they
// come from: the CLI test files reuse ids such as "wire-1".
std::vector<std::string> CorpusLines() {
  std::vector<std::string> lines;
  const fs::path files[] = {
      kTestData / "gold" / "devset.jsonl",    kTestData / "gold" / "news_gold.jsonl",
      kTestData / "gold" / "wire_gold.jsonl", kTestData / "gold" / "blind_gold.jsonl",
      kTestData / "cli" / "pipeline.jsonl",   kTestData / "cli" / "identity.jsonl",
      kTestData / "cli" / "networks.jsonl"};
  const std::string id_key = "{\"id\": \"";
  for (const fs::path& file : files) {
    for (const std::string& line : Lines(ReadBytes(file))) {
      if (line.empty()) continue;
      EXPECT_EQ(line.compare(0, id_key.size(), id_key), 0) << file << ": " << line.substr(0, 80);
      lines.push_back(id_key + file.stem().string() + "/" + line.substr(id_key.size()));
    }
  }
  std::vector<fs::path> samples;
  for (const auto& entry : fs::directory_iterator(kSamples)) {
    if (entry.path().extension() == ".txt") samples.push_back(entry.path());
  }
  std::sort(samples.begin(), samples.end());
  for (size_t i = 0; i < samples.size(); ++i) {
    stancegraph::Document document;
    document.id = "samples/" + samples[i].stem().string();
    document.date = "2023-07-" + std::to_string(10 + i);
    document.text = ReadBytes(samples[i]);
    lines.push_back(stancegraph::DocumentToJsonLine(document));
  }
  return lines;
}

std::string Join(const std::vector<std::string>& lines) {
  std::string text;
  for (const std::string& line : lines) text += line + "\n";
  return text;
}

size_t CountFiles(const fs::path& dir) {
  size_t count = 0;
  for (const auto& entry : fs::directory_iterator(dir)) count += entry.is_regular_file();
  return count;
}

class ParallelRecipeTest : public BinaryTest {
 protected:
  ParallelRecipeTest() : BinaryTest("stancegraph_parallel_test") {}

  void SetUp() override {
    BinaryTest::SetUp();
    RunResult version = Exec({"parallel", "--will-cite", "--version"});
    ASSERT_TRUE(version.status == 0 && Contains(version.out, "GNU parallel"))
        << "GNU parallel is missing (Debian package `parallel`): run scripts/install-deps.sh\n"
        << Describe(version);
    lines_ = CorpusLines();
    ASSERT_GT(lines_.size(), 350u);
    corpus_ = dir_ / "corpus.jsonl";
    WriteBytes(corpus_, Join(lines_));
  }

  // Runs `argv` (argv[0] looked up in PATH) in the temporary directory with
  // STANCEGRAPH set to the binary under test, `env` added, and `input_path`
  // as standard input.
  RunResult Exec(const std::vector<std::string>& args, const std::vector<std::string>& env = {},
                 const fs::path& input_path = "/dev/null") {
    const std::string run = "exec" + std::to_string(++execs_);
    std::vector<std::string> environment = {"STANCEGRAPH=" + kBinary.string()};
    environment.insert(environment.end(), env.begin(), env.end());
    return RunProgram(args,
                      {.in = input_path.string(),
                       .out = (dir_ / (run + ".out")).string(),
                       .err = (dir_ / (run + ".err")).string()},
                      dir_.string(), environment);
  }

  // scripts/shard-and-merge.sh INPUT OUTDIR args...
  RunResult Recipe(const std::string& input, const std::string& outdir,
                   const std::vector<std::string>& args, const fs::path& input_path = "/dev/null") {
    std::vector<std::string> argv = {kScript.string(), input, outdir};
    argv.insert(argv.end(), args.begin(), args.end());
    return Exec(argv, {}, input_path);
  }

  // One `build` over the whole corpus into `outdir`.
  void BuildInOneRun(const std::string& outdir, const std::vector<std::string>& options = {}) {
    std::vector<std::string> args = {"build", "-q", corpus_.string(), "-o", outdir,
                                     "--format", kFormats};
    args.insert(args.end(), options.begin(), options.end());
    RunResult built = Run(args);
    ASSERT_EQ(built.status, 0) << Describe(built);
  }

  void ExpectSameGraphFiles(const fs::path& a, const fs::path& b) {
    for (const char* file : kGraphFiles) {
      ASSERT_TRUE(fs::exists(b / file)) << (b / file);
      const std::string expected = ReadBytes(a / file);
      EXPECT_FALSE(expected.empty()) << (a / file);
      EXPECT_TRUE(expected == ReadBytes(b / file)) << file << " differs: " << a << " vs " << b;
    }
  }

  std::vector<std::string> lines_;
  fs::path corpus_;

 private:
  int execs_ = 0;
};

// The "done when": split-and-merge under GNU parallel gives the same
// graph as one run. 7 shards of N documents (the last one shorter), 2 jobs.
TEST_F(ParallelRecipeTest, SevenShardsOnTwoJobsGiveTheGraphOfOneRun) {
  BuildInOneRun("one-run");
  const size_t per_shard = (lines_.size() + 6) / 7;
  ASSERT_NE(lines_.size() % per_shard, 0u) << "the last shard should be shorter";
  RunResult recipe = Recipe(corpus_.string(), "sharded",
                            {"--jobs", "2", "--shard-lines", std::to_string(per_shard),
                             "--triples", "triples", "--format", kFormats});
  ASSERT_EQ(recipe.status, 0) << Describe(recipe);
  EXPECT_EQ(CountFiles(dir_ / "triples"), 7u);
  // Not quiet: merge's summary, and no citation notice from parallel.
  EXPECT_TRUE(Contains(recipe.err, "stancegraph merge: 7 files")) << recipe.err;
  EXPECT_FALSE(Contains(recipe.err, "citation")) << recipe.err;
  EXPECT_FALSE(Contains(recipe.err, "GNU Parallel")) << recipe.err;
  ExpectSameGraphFiles(dir_ / "one-run", dir_ / "sharded");
  EXPECT_GT(ReadBytes(dir_ / "one-run" / "graph.dot").size(), 100000u) << "a trivial graph";
}

// Shards cut by bytes (--pipepart, documents of very different lengths),
// standard input in reverse order (--pipe), and more jobs than CPUs.
TEST_F(ParallelRecipeTest, UnevenShardsAnyOrderAnyJobsGiveTheGraphOfOneRun) {
  BuildInOneRun("one-run");
  std::vector<std::string> reversed(lines_.rbegin(), lines_.rend());
  const fs::path reversed_corpus = dir_ / "reversed.jsonl";
  WriteBytes(reversed_corpus, Join(reversed));

  struct Case {
    std::string name;
    std::string input;
    std::vector<std::string> args;
    fs::path input_path = "/dev/null";
    size_t min_shards = 2;
  };
  const Case cases[] = {
      {"pipepart, 20 KB shards, 3 jobs", corpus_.string(), {"--block", "20k", "--jobs", "3"},
       "/dev/null", 10},
      {"pipepart, default shards, 1 job", corpus_.string(), {"--jobs", "1"}, "/dev/null", 4},
      {"stdin reversed, 16 KB shards, 5 jobs", "-", {"--block", "16k", "--jobs", "5"},
       reversed_corpus, 10},
      {"stdin reversed, 50 documents a shard", "-", {"--shard-lines", "50", "-j", "4"},
       reversed_corpus, 8},
      {"7 documents a shard, 8 jobs", reversed_corpus.string(), {"--shard-lines", "7", "-j", "8"},
       "/dev/null", (lines_.size() + 6) / 7},
  };
  int n = 0;
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    const std::string out = "sharded" + std::to_string(++n);
    const std::string triples = "triples" + std::to_string(n);
    std::vector<std::string> args = c.args;
    args.insert(args.end(), {"-q", "--triples", triples, "--format", kFormats});
    RunResult recipe = Recipe(c.input, out, args, c.input_path);
    ASSERT_EQ(recipe.status, 0) << Describe(recipe);
    EXPECT_EQ(recipe.out, "");
    EXPECT_EQ(recipe.err, "");
    EXPECT_GE(CountFiles(dir_ / triples), c.min_shards);
    ExpectSameGraphFiles(dir_ / "one-run", dir_ / out);
  }
}

// Extraction options go to every extract, graph options to merge, as build
// would use them; blank lines between documents change nothing.
TEST_F(ParallelRecipeTest, OptionsReachTheStepThatUsesThem) {
  // "welcomes" weaker than --min-confidence: those stances drop out.
  WriteBytes(dir_ / "weak.cues.tsv", "welcome\tverb\tsupport\tnp\t0.6\n");
  const std::vector<std::string> options = {
      "--min-confidence", "0.7", "--lexicon", "weak.cues.tsv", "--ontology",
      (kSamples / "ontology.json").string(), "--roll-up", "--since", "2023-01-01", "--title",
      "Sharded"};
  BuildInOneRun("one-run", options);
  BuildInOneRun("without-lexicon", {"--min-confidence", "0.7", "--since", "2023-01-01"});
  EXPECT_NE(ReadBytes(dir_ / "one-run" / "graph.dot"),
            ReadBytes(dir_ / "without-lexicon" / "graph.dot"));
  std::string spaced;
  for (size_t i = 0; i < lines_.size(); ++i) {
    spaced += (i % 10 == 0 ? "\n  \n" : "") + lines_[i] + "\n";
  }
  WriteBytes(dir_ / "spaced.jsonl", spaced);
  std::vector<std::string> args = {"-q", "--jobs", "3", "--block", "10k", "--format", kFormats};
  args.insert(args.end(), options.begin(), options.end());
  RunResult recipe = Recipe("spaced.jsonl", "sharded", args);
  ASSERT_EQ(recipe.status, 0) << Describe(recipe);
  ExpectSameGraphFiles(dir_ / "one-run", dir_ / "sharded");
  EXPECT_TRUE(Contains(ReadBytes(dir_ / "sharded" / "graph.dot"), "Sharded"));
}

// A bad line fails its shard, and a failing shard fails the run: nothing is
// merged. So does a line that is not JSON at the start of a shard, which
// `extract -` without --stdin-format jsonl would take for a text document.
TEST_F(ParallelRecipeTest, AFailingShardFailsTheRun) {
  for (const size_t at : {size_t{100}, size_t{137}}) {
    SCOPED_TRACE(at);
    std::vector<std::string> lines = lines_;
    lines.insert(lines.begin() + static_cast<long>(at), at == 100 ? "not json" : "{\"id\": 7}");
    WriteBytes(dir_ / "bad.jsonl", Join(lines));
    RunResult recipe =
        Recipe("bad.jsonl", "sharded", {"-q", "--jobs", "2", "--shard-lines", "100"});
    EXPECT_NE(recipe.status, 0) << Describe(recipe);
    // Lines are counted from the start of the shard.
    EXPECT_TRUE(Contains(recipe.err, at == 100 ? "-:1: invalid JSON"
                                               : "-:38: field `id` is not a string"))
        << recipe.err;
    EXPECT_FALSE(fs::exists(dir_ / "sharded"));
  }
}

// Usage errors of merge (here a missing ontology) and of the script exit 2
// before any extraction; a `parallel` that is not GNU parallel is named.
TEST_F(ParallelRecipeTest, UsageErrorsAndAMissingParallelStopAtOnce) {
  RunResult ontology = Recipe(corpus_.string(), "out", {"--ontology", "missing.json"});
  EXPECT_EQ(ontology.status, 2) << Describe(ontology);
  EXPECT_TRUE(Contains(ontology.err, "missing.json")) << ontology.err;
  RunResult output = Recipe(corpus_.string(), "out", {"-o", "elsewhere"});
  EXPECT_EQ(output.status, 2) << Describe(output);
  RunResult missing = Recipe("missing.jsonl", "out", {});
  EXPECT_EQ(missing.status, 2) << Describe(missing);
  EXPECT_FALSE(fs::exists(dir_ / "out"));

  fs::create_directories(dir_ / "bin");
  WriteBytes(dir_ / "bin" / "parallel", "#!/bin/sh\necho 'not GNU parallel' >&2\nexit 1\n");
  fs::permissions(dir_ / "bin" / "parallel", fs::perms::owner_all);
  const char* path = getenv("PATH");
  const std::string fake_path =
      "PATH=" + (dir_ / "bin").string() + ":" + (path ? path : "/usr/bin:/bin");
  RunResult fake = Exec({kScript.string(), corpus_.string(), "out"}, {fake_path});
  EXPECT_EQ(fake.status, 1) << Describe(fake);
  EXPECT_TRUE(Contains(fake.err, "GNU parallel") && Contains(fake.err, "scripts/install-deps.sh"))
      << fake.err;
  EXPECT_FALSE(fs::exists(dir_ / "out"));
}

}  // namespace
