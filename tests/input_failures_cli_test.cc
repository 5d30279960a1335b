// End-to-end tests of the `stancegraph` command on inputs that cannot be
// read and outputs that cannot be written: unreadable files, missing paths,
// symbolic link loops, repeated document ids, overlong documents, a full
// disk, a closed pipe, and --strict on every command that reads inputs.
//
// Each test runs the real binary (STANCEGRAPH_BINARY) in a fresh temporary
// directory and checks the exit status (0 ok, 1 input skipped or damaged,
// 2 usage, 3 output not written), what was reported on standard error, and
// what reached standard output or the output files. Assertions are on
// counts and contents, never on time.
#include <signal.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "cli_test_support.h"

namespace {

using namespace stancegraph::cli_test;

// Three documents, one stance each (the sentences the extractor tests pin).
constexpr char kGermany[] = "Germany supports the climate package.\n";
constexpr char kFrance[] = "France opposes the new tariffs.\n";
constexpr char kPoland[] = "Poland backs the sanctions against Russia.\n";

// A JSON Lines document record.
std::string DocumentLine(const std::string& id, const std::string& text) {
  std::string escaped;
  for (char c : text) {
    if (c == '\n') {
      escaped += "\\n";
    } else {
      escaped += c;
    }
  }
  return "{\"id\":\"" + id + "\",\"text\":\"" + escaped + "\"}\n";
}

size_t CountOf(const std::string& text, const std::string& part) {
  size_t count = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
    ++count;
  }
  return count;
}

// The lines of standard error that report a problem or a failure: those
// of the summary ("stancegraph: 3 documents, ...") left out.
std::vector<std::string> ProblemLines(const std::string& err) {
  const std::string prefix = "stancegraph: ";
  std::vector<std::string> lines;
  for (const std::string& line : Lines(err)) {
    if (line.rfind(prefix, 0) == 0 && line.size() > prefix.size() &&
        !(line[prefix.size()] >= '0' && line[prefix.size()] <= '9')) {
      lines.push_back(line);
    }
  }
  return lines;
}

// Files in `dir` whose names start with "." (AtomicFile's temporaries).
std::vector<std::string> HiddenFiles(const fs::path& dir) {
  std::vector<std::string> hidden;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(dir, error)) {
    const std::string name = entry.path().filename().string();
    if (name[0] == '.') hidden.push_back(name);
  }
  return hidden;
}

class InputFailuresCliTest : public BinaryTest {
 protected:
  InputFailuresCliTest() : BinaryTest("stancegraph_input_failures_test") {}

  // Runs `argv` as is (a shell, setpriv, ...) in the temporary directory.
  RunResult RunCommand(const std::vector<std::string>& argv, const std::string& stdout_path = "") {
    const std::string run = "cmd" + std::to_string(++commands_);
    const Redirects files = {.in = (dir_ / (run + ".in")).string(),
                             .out = stdout_path.empty() ? (dir_ / (run + ".out")).string()
                                                        : stdout_path,
                             .err = (dir_ / (run + ".err")).string()};
    WriteBytes(files.in, "");
    RunResult result = RunProgram(argv, files, dir_.string(), {}, stdout_path.empty());
    EXPECT_NE(result.status, 126) << "could not set up the child process";
    EXPECT_NE(result.status, 127) << "could not run " << argv[0];
    return result;
  }

  // Runs `stancegraph args...` as a user whom file permissions bind. As
  // root, whom chmod 000 does not stop, the child drops to nobody with
  // util-linux setpriv; the temporary directory is opened to it first.
  RunResult RunUnprivileged(const std::vector<std::string>& args) {
    std::vector<std::string> argv;
    if (geteuid() == 0) {
      fs::permissions(dir_, fs::perms::all);
      argv = {"setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"};
    }
    argv.push_back(kBinary.string());
    argv.insert(argv.end(), args.begin(), args.end());
    return RunCommand(argv);
  }

  // The stdout of `extract --format jsonl` on `inputs`, saved as a triple file.
  void SaveTriples(const std::vector<std::string>& inputs, const fs::path& file) {
    std::vector<std::string> args = {"extract", "-q"};
    args.insert(args.end(), inputs.begin(), inputs.end());
    RunResult result = Run(args);
    ASSERT_EQ(result.status, 0) << Describe(result);
    ASSERT_FALSE(result.out.empty());
    WriteBytes(file, result.out);
  }

  // A JSON Lines file of `count` documents of a few stances each, for runs
  // whose output must outgrow any buffer.
  fs::path ManyDocuments(size_t count) {
    std::string text;
    for (size_t i = 0; i < count; ++i) {
      text += DocumentLine("doc" + std::to_string(i), std::string(kGermany) + kFrance + kPoland);
    }
    const fs::path file = dir_ / "many.jsonl";
    WriteBytes(file, text);
    return file;
  }

 private:
  int commands_ = 0;
};

// ---------------------------------------------------------------------------
// Files that cannot be read

TEST_F(InputFailuresCliTest, UnreadableFileIsReportedByNameAndTheOthersAreRead) {
  WriteBytes(dir_ / "a.txt", kGermany);
  WriteBytes(dir_ / "secret.txt", kFrance);
  WriteBytes(dir_ / "b.txt", kPoland);
  fs::create_directory(dir_ / "dir");
  WriteBytes(dir_ / "dir" / "secret.jsonl", DocumentLine("hidden", kFrance));
  WriteBytes(dir_ / "dir" / "open.txt", kPoland);
  fs::permissions(dir_ / "secret.txt", fs::perms::none);
  fs::permissions(dir_ / "dir" / "secret.jsonl", fs::perms::none);

  RunResult result = RunUnprivileged({"extract", "a.txt", "secret.txt", "b.txt", "dir"});
  EXPECT_EQ(result.status, 1) << Describe(result);
  EXPECT_TRUE(Contains(result.err, "stancegraph: secret.txt: permission denied\n")) << result.err;
  EXPECT_TRUE(Contains(result.err, "stancegraph: dir/secret.jsonl: permission denied\n"))
      << result.err;
  EXPECT_TRUE(Contains(result.err, "3 documents")) << result.err;
  EXPECT_TRUE(Contains(result.err, "2 input problems")) << result.err;
  EXPECT_EQ(CountOf(result.out, "\"doc\":\"a.txt\""), 1u) << result.out;
  EXPECT_EQ(CountOf(result.out, "\"doc\":\"b.txt\""), 1u) << result.out;
  EXPECT_EQ(CountOf(result.out, "\"doc\":\"dir/open.txt\""), 1u) << result.out;
  EXPECT_FALSE(Contains(result.out, "France")) << result.out;
}

TEST_F(InputFailuresCliTest, UnreadableSubdirectoryAndDanglingLinkAreReportedNotSkipped) {
  fs::create_directories(dir_ / "news" / "locked");
  WriteBytes(dir_ / "news" / "a.txt", kGermany);
  WriteBytes(dir_ / "news" / "locked" / "b.txt", kFrance);
  fs::create_symlink("gone.txt", dir_ / "news" / "link.txt");
  fs::permissions(dir_ / "news" / "locked", fs::perms::none);
  fs::create_directories(dir_ / "saved" / "locked");
  SaveTriples({"news/a.txt"}, dir_ / "saved" / "a.jsonl");
  fs::permissions(dir_ / "saved" / "locked", fs::perms::none);

  const std::vector<std::string> expected = {
      "stancegraph: news/link.txt: no such file or directory",
      "stancegraph: news/locked: cannot list directory: permission denied"};
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"extract", "news"},
        std::vector<std::string>{"query", "news", "--actor", "Germany", "-q"}}) {
    SCOPED_TRACE(args[0]);
    RunResult result = RunUnprivileged(args);
    EXPECT_EQ(result.status, 1) << Describe(result);
    std::vector<std::string> problems = ProblemLines(result.err);
    std::sort(problems.begin(), problems.end());
    EXPECT_EQ(problems, expected) << result.err;
  }
  RunResult merged = RunUnprivileged({"merge", "saved", "-o", "out", "-q"});
  EXPECT_EQ(merged.status, 1) << Describe(merged);
  EXPECT_EQ(ProblemLines(merged.err),
            std::vector<std::string>{"stancegraph: saved/locked: cannot list directory: permission denied"})
      << merged.err;
  EXPECT_TRUE(Contains(ReadBytes(dir_ / "out" / "graph.dot"), "Germany"));
}

TEST_F(InputFailuresCliTest, UnreadableTripleFileIsReportedByMergeQueryAndTimeline) {
  WriteBytes(dir_ / "a.txt", kGermany);
  WriteBytes(dir_ / "b.txt", kFrance);
  SaveTriples({"a.txt"}, dir_ / "a.jsonl");
  SaveTriples({"b.txt"}, dir_ / "b.jsonl");
  fs::permissions(dir_ / "b.jsonl", fs::perms::none);
  const struct {
    std::vector<std::string> args;
  } cases[] = {
      {{"merge", "a.jsonl", "b.jsonl", "-o", "out", "-q"}},
      {{"query", "a.jsonl", "b.jsonl", "--actor", "Germany", "-q"}},
      {{"timeline", "a.jsonl", "b.jsonl", "--actor", "Germany", "--topic", "climate", "-q"}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.args[0]);
    RunResult result = RunUnprivileged(c.args);
    EXPECT_EQ(result.status, 1) << Describe(result);
    // merge opens triple files itself; query and timeline hand a file they
    // cannot look into to the document reader. Both say it the same way.
    EXPECT_EQ(ProblemLines(result.err),
              std::vector<std::string>{"stancegraph: b.jsonl: permission denied"})
        << result.err;
  }
  EXPECT_TRUE(Contains(ReadBytes(dir_ / "out" / "graph.dot"), "Germany"));
}

// ---------------------------------------------------------------------------
// Paths that do not exist

TEST_F(InputFailuresCliTest, MissingPathIsReportedByEveryCommandAndTheRestRead) {
  WriteBytes(dir_ / "a.txt", kGermany);
  SaveTriples({"a.txt"}, dir_ / "a.jsonl");
  WriteBytes(dir_ / "gold.jsonl", "");
  const struct {
    std::vector<std::string> args;
    std::string message;
  } cases[] = {
      {{"extract", "gone.txt", "a.txt"}, "gone.txt: no such file or directory"},
      {{"build", "gone.txt", "a.txt", "-o", "out"}, "gone.txt: no such file or directory"},
      {{"networks", "gone/", "a.txt", "-o", "nets"}, "gone/: no such file or directory"},
      {{"merge", "gone.jsonl", "a.jsonl", "-o", "merged"}, "gone.jsonl: no such file or directory"},
      {{"query", "gone.txt", "a.txt", "--actor", "Germany"}, "gone.txt: no such file or directory"},
      {{"timeline", "a.jsonl", "gone.jsonl", "--actor", "Germany", "--topic", "climate"},
       "gone.jsonl: no such file or directory"},
      {{"eval", "--gold", "gone.jsonl"}, "gone.jsonl: "},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.args[0]);
    RunResult result = Run(c.args);
    EXPECT_EQ(result.status, 1) << Describe(result);
    EXPECT_TRUE(Contains(result.err, "stancegraph: " + c.message)) << result.err;
  }
  EXPECT_TRUE(Contains(ReadBytes(dir_ / "out" / "graph.dot"), "Germany"));
  EXPECT_TRUE(Contains(ReadBytes(dir_ / "merged" / "graph.dot"), "Germany"));
}

// ---------------------------------------------------------------------------
// Symbolic links

TEST_F(InputFailuresCliTest, DirectoryWithSymlinkLoopsIsReadOnceAndTheRunEnds) {
  fs::create_directories(dir_ / "news" / "sub");
  WriteBytes(dir_ / "news" / "a.txt", kGermany);
  WriteBytes(dir_ / "news" / "sub" / "b.txt", kFrance);
  fs::create_directory_symlink("..", dir_ / "news" / "sub" / "up");     // a loop
  fs::create_directory_symlink(".", dir_ / "news" / "self");            // another
  fs::create_directory_symlink(dir_ / "news", dir_ / "news" / "again");  // by absolute path
  fs::create_symlink("loop.txt", dir_ / "news" / "loop.txt");          // a link to itself

  // Directory links are not followed; the file link named like an input is
  // reported, as it is when named on the command line.
  RunResult result = Run({"extract", "news"});
  EXPECT_EQ(result.status, 1) << Describe(result);
  EXPECT_EQ(ProblemLines(result.err),
            std::vector<std::string>{"stancegraph: news/loop.txt: too many levels of symbolic links"})
      << result.err;
  EXPECT_TRUE(Contains(result.err, "stancegraph: 2 documents")) << result.err;
  EXPECT_EQ(CountOf(result.out, "\"doc\":\"news/a.txt\""), 1u) << result.out;
  EXPECT_EQ(CountOf(result.out, "\"doc\":\"news/sub/b.txt\""), 1u) << result.out;
  EXPECT_EQ(Lines(result.out).size(), 2u) << result.out;

  result = Run({"extract", "news/loop.txt", "news/a.txt"});
  EXPECT_EQ(result.status, 1) << Describe(result);
  EXPECT_TRUE(Contains(result.err, "stancegraph: news/loop.txt: too many levels of symbolic links"))
      << result.err;
  EXPECT_EQ(CountOf(result.out, "\"doc\":\"news/a.txt\""), 1u) << result.out;
}

// ---------------------------------------------------------------------------
// Repeated document ids

TEST_F(InputFailuresCliTest, RepeatedDocumentIdIsSkippedNamingWhereItWasFirstSeen) {
  WriteBytes(dir_ / "docs.jsonl", DocumentLine("a", kGermany) + DocumentLine("b", kFrance) +
                                      DocumentLine("a", kPoland));
  WriteBytes(dir_ / "more.jsonl", "\n" + DocumentLine("b", kPoland) + DocumentLine("c", kPoland));
  WriteBytes(dir_ / "a.txt", kGermany);

  RunResult result = Run({"extract", "docs.jsonl", "more.jsonl", "a.txt", "a.txt"});
  EXPECT_EQ(result.status, 1) << Describe(result);
  EXPECT_EQ(ProblemLines(result.err),
            (std::vector<std::string>{
                "stancegraph: docs.jsonl:3: duplicate document id `a`, first seen at docs.jsonl:1 "
                "(skipped)",
                "stancegraph: more.jsonl:2: duplicate document id `b`, first seen at docs.jsonl:2 "
                "(skipped)",
                "stancegraph: a.txt: duplicate document id `a.txt`, first seen at a.txt (skipped)"}))
      << result.err;
  EXPECT_TRUE(Contains(result.err, "stancegraph: 4 documents")) << result.err;
  EXPECT_TRUE(Contains(result.err, "3 input problems")) << result.err;
  // The first of each id is read; Poland only from the new id `c`.
  EXPECT_EQ(CountOf(result.out, "\"actor\":\"Germany\""), 2u) << result.out;
  EXPECT_EQ(CountOf(result.out, "\"actor\":\"France\""), 1u) << result.out;
  EXPECT_EQ(CountOf(result.out, "\"actor\":\"Poland\""), 1u) << result.out;
  EXPECT_EQ(CountOf(result.out, "\"doc\":\"c\""), 1u) << result.out;

  // The graph counts the statement once, not once per copy of the file.
  result = Run({"build", "a.txt", "a.txt", "-o", "out"});
  EXPECT_EQ(result.status, 1) << Describe(result);
  EXPECT_TRUE(Contains(result.err, "stancegraph build: 1 document,")) << result.err;
}

// ---------------------------------------------------------------------------
// Limits per document and sentence

TEST_F(InputFailuresCliTest, OverlongDocumentIsCutAtALineEndAndReported) {
  const std::string text = std::string(kGermany) + kFrance + kPoland;  // 38 + 32 + 43 bytes
  WriteBytes(dir_ / "long.txt", text);
  WriteBytes(dir_ / "long.jsonl", DocumentLine("j", text));
  const struct {
    std::vector<std::string> args;
    std::string input;
    std::string where;
  } cases[] = {
      {{"extract", "--max-document-bytes", "80", "long.txt"}, "", "long.txt"},
      {{"extract", "--max-document-bytes", "80", "long.jsonl"}, "", "long.jsonl:1"},
      {{"extract", "--max-document-bytes", "80", "-"}, text, "-"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(testing::PrintToString(c.args));
    RunResult result = Run(c.args, c.input);
    EXPECT_EQ(result.status, 1) << Describe(result);
    // 80 bytes reach into the third line: the cut keeps two lines.
    const size_t kept = std::string(kGermany).size() + std::string(kFrance).size();
    EXPECT_EQ(ProblemLines(result.err),
              std::vector<std::string>{"stancegraph: " + c.where + ": document is " +
                                       std::to_string(text.size()) + " bytes; only the first " +
                                       std::to_string(kept) + " were read (--max-document-bytes)"})
        << result.err;
    EXPECT_EQ(CountOf(result.out, "\"actor\":\"Germany\""), 1u) << result.out;
    EXPECT_EQ(CountOf(result.out, "\"actor\":\"France\""), 1u) << result.out;
    EXPECT_FALSE(Contains(result.out, "Poland")) << result.out;
  }
  // At the default limit the whole document is read.
  RunResult result = Run({"extract", "long.txt"});
  EXPECT_EQ(result.status, 0) << Describe(result);
  EXPECT_EQ(Lines(result.out).size(), 3u) << result.out;

  for (const char* bad : {"0", "-1", "1e6", "many"}) {
    result = Run({"extract", "--max-document-bytes", bad, "long.txt"});
    EXPECT_EQ(result.status, 2) << Describe(result);
    EXPECT_TRUE(Contains(result.err, "--max-document-bytes")) << result.err;
  }
}

TEST_F(InputFailuresCliTest, OverlongDocumentWithoutLineBreaksIsCutAtASentenceEnd) {
  std::string text;
  for (int i = 0; i < 40; ++i) text += "Germany supports the climate package. ";  // 38 bytes each
  WriteBytes(dir_ / "one-line.txt", text);
  RunResult result = Run({"extract", "--max-document-bytes", "400", "one-line.txt"});
  EXPECT_EQ(result.status, 1) << Describe(result);
  // The last ". " within 400 bytes ends the tenth sentence.
  EXPECT_TRUE(Contains(result.err, "one-line.txt: document is 1520 bytes; only the first 379 were "
                                   "read"))
      << result.err;
  EXPECT_TRUE(Contains(result.err, "10 sentences")) << result.err;
}

TEST_F(InputFailuresCliTest, MaxSentenceTokensSkipsLongerSentences) {
  // "Germany supports the climate package ." is six tokens.
  WriteBytes(dir_ / "a.txt", kGermany);
  RunResult result = Run({"extract", "--max-sentence-tokens", "6", "a.txt"});
  EXPECT_EQ(result.status, 0) << Describe(result);
  EXPECT_EQ(Lines(result.out).size(), 1u) << result.out;
  result = Run({"extract", "--max-sentence-tokens", "5", "a.txt"});
  EXPECT_EQ(result.status, 0) << Describe(result);
  EXPECT_EQ(result.out, "");
  EXPECT_TRUE(Contains(result.err, "1 sentence, 0 triples")) << result.err;
  for (const char* bad : {"0", "10001", "x"}) {
    result = Run({"extract", "--max-sentence-tokens", bad, "a.txt"});
    EXPECT_EQ(result.status, 2) << Describe(result);
    EXPECT_TRUE(Contains(result.err, "--max-sentence-tokens")) << result.err;
  }
}

// A run of full stops was scanned again from each of its stops, and a
// document's surnames were each compared with every triple: quadratic work
// that one hostile page could turn into hours. Now both are read once; a
// megabyte of each gives its ordinary result.
TEST_F(InputFailuresCliTest, PathologicalDocumentsGiveTheirOrdinaryResult) {
  WriteBytes(dir_ / "dots.txt", std::string(kGermany) + "Word" + std::string(1 << 20, '.') +
                                    " " + kFrance);
  RunResult result = Run({"extract", "dots.txt"});
  EXPECT_EQ(result.status, 0) << Describe(result);
  EXPECT_TRUE(Contains(result.err, "1 document, 3 sentences, 2 triples")) << result.err;

  // The surname first, the full name last: every "Scholz" joins it.
  std::string people;
  for (int i = 0; i < 20000; ++i) {
    people += "Scholz supports the climate package " + std::to_string(i) + ".\n";
  }
  people += "Chancellor Olaf Scholz supports the climate package.\n";
  WriteBytes(dir_ / "people.txt", people);
  result = Run({"extract", "people.txt"});
  EXPECT_EQ(result.status, 0) << Describe(result);
  EXPECT_EQ(CountOf(result.out, "\"actor\":\"Olaf Scholz\""), 20001u) << result.err;
}

// ---------------------------------------------------------------------------
// Outputs that cannot be written

// RLIMIT_FSIZE makes a file's writes fail with EFBIG past the limit, as a
// full disk does with ENOSPC: the graph under the name stays the old one.
TEST_F(InputFailuresCliTest, BuildOnAFullDiskKeepsThePreviousGraphAndLeavesNoTemporary) {
  WriteBytes(dir_ / "a.txt", kGermany);
  RunResult result = Run({"build", "a.txt", "-o", "out", "--format", "dot,jsonld", "-q"});
  ASSERT_EQ(result.status, 0) << Describe(result);
  const std::string old_dot = ReadBytes(dir_ / "out" / "graph.dot");
  const std::string old_jsonld = ReadBytes(dir_ / "out" / "graph.jsonld");
  ASSERT_LT(old_jsonld.size(), size_t{16} * 1024);

  // The samples' JSON-LD is about 200 KB: well past 64 blocks.
  result = RunCommand({"sh", "-c", "trap '' XFSZ; ulimit -f 64; exec \"$0\" \"$@\"",
                       kBinary.string(), "build", kSamples.string(), "-o", "out", "--format",
                       "dot,jsonld", "-q"});
  EXPECT_EQ(result.status, 3) << Describe(result);
  EXPECT_TRUE(Contains(result.err, "stancegraph: out/graph.jsonld: cannot write file: file too "
                                   "large\n"))
      << result.err;
  EXPECT_EQ(ReadBytes(dir_ / "out" / "graph.jsonld"), old_jsonld);
  EXPECT_EQ(HiddenFiles(dir_ / "out"), std::vector<std::string>{});
  // A file that fitted was written: only what failed is kept old.
  if (!Contains(result.err, "out/graph.dot:")) {
    EXPECT_NE(ReadBytes(dir_ / "out" / "graph.dot"), old_dot);
  } else {
    EXPECT_EQ(ReadBytes(dir_ / "out" / "graph.dot"), old_dot);
  }
}

TEST_F(InputFailuresCliTest, ReportsToAFullDeviceExitThree) {
  WriteBytes(dir_ / "a.txt", kGermany);
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"extract", "--strict", kSamples.string()},
        std::vector<std::string>{"query", "a.txt", "--actor", "Germany"},
        std::vector<std::string>{"timeline", "a.txt", "--actor", "Germany", "--topic", "climate"}}) {
    SCOPED_TRACE(args[0]);
    RunResult result = Run(args, "", "/dev/full");
    EXPECT_EQ(result.status, 3) << Describe(result);
    EXPECT_EQ(CountOf(result.err, "standard output: write failed"), 1u) << result.err;
  }
}

// A pipe whose reader has gone: `stancegraph extract | head -c 1`.
// By default the program dies of SIGPIPE at the first write, silently, as
// the coreutils do; with SIGPIPE ignored (inherited from a parent that
// ignores it), it reports the failed write once, reads no further input,
// and exits 3. Either way it ends: were it to read on, it would meet and
// report `missing.txt`.
TEST_F(InputFailuresCliTest, ClosedPipeOnStandardOutputEndsTheRun) {
  const fs::path many = ManyDocuments(3000);
  for (bool ignore_sigpipe : {false, true}) {
    SCOPED_TRACE(ignore_sigpipe ? "SIGPIPE ignored" : "SIGPIPE default");
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    close(fds[0]);  // no reader at all
    const std::string err_path = (dir_ / "pipe.err").string();
    const std::string binary = kBinary.string();
    const std::string many_path = many.string();
    const std::vector<const char*> argv = {binary.c_str(), "extract", "--threads", "1",
                                           many_path.c_str(), "missing.txt", nullptr};
    const pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      const int err = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      if (err < 0 || dup2(fds[1], 1) < 0 || dup2(err, 2) < 0 || chdir(dir_.c_str()) != 0) {
        _exit(126);
      }
      signal(SIGPIPE, ignore_sigpipe ? SIG_IGN : SIG_DFL);
      execv(argv[0], const_cast<char* const*>(argv.data()));
      _exit(127);
    }
    close(fds[1]);
    int status = 0;
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    const std::string err = ReadBytes(err_path);
    if (!ignore_sigpipe) {
      ASSERT_TRUE(WIFSIGNALED(status)) << "exit status " << WEXITSTATUS(status) << "\n" << err;
      EXPECT_EQ(WTERMSIG(status), SIGPIPE);
      EXPECT_EQ(err, "");
    } else {
      ASSERT_TRUE(WIFEXITED(status)) << "signal " << WTERMSIG(status) << "\n" << err;
      EXPECT_EQ(WEXITSTATUS(status), 3);
      EXPECT_EQ(err, "stancegraph: standard output: write failed\n");
    }
  }

  // Through the shell, as a user would write it.
  RunResult result = RunCommand(
      {"bash", "-c", "\"$0\" extract --threads 1 many.jsonl | head -c 1; exit ${PIPESTATUS[0]}",
       kBinary.string()});
  EXPECT_EQ(result.status, 128 + SIGPIPE) << Describe(result);
  EXPECT_EQ(result.out, "{");
  EXPECT_EQ(result.err, "");
}

// ---------------------------------------------------------------------------
// --strict: the first input problem ends the run, nothing is written

TEST_F(InputFailuresCliTest, StrictStopsAtTheFirstProblemOfEveryCommandAndWritesNothing) {
  WriteBytes(dir_ / "a.txt", kGermany);
  WriteBytes(dir_ / "bad.jsonl", DocumentLine("one", kFrance) + "{\"id\": \"two\", \"text\"\n" +
                                     DocumentLine("three", kPoland));
  WriteBytes(dir_ / "z.txt", kPoland);
  SaveTriples({"a.txt"}, dir_ / "a.triples.jsonl");
  SaveTriples({"z.txt"}, dir_ / "z.triples.jsonl");
  std::string triples = ReadBytes(dir_ / "a.triples.jsonl");
  WriteBytes(dir_ / "bad.triples.jsonl", triples + "{\"doc\": 3}\n" + triples);
  WriteBytes(dir_ / "gold.jsonl",
             "{\"id\":\"g\",\"text\":\"Germany supports the climate package.\",\"triples\":[]}\n"
             "not json\n"
             "also not json\n");
  // A graph from an earlier run, which a failed run must leave alone.
  for (const char* dir : {"out", "nets", "merged"}) {
    fs::create_directory(dir_ / dir);
    WriteBytes(dir_ / dir / "graph.dot", "old\n");
  }
  const std::string bad_line = "stancegraph: bad.jsonl:2: invalid JSON at offset ";
  const struct {
    std::vector<std::string> args;
    std::string first_problem;  // how the one line on standard error starts
    std::string output_dir;     // where nothing may change ("" for none)
    size_t extracted = 0;       // extract: the triples written before the problem
  } cases[] = {
      {{"build", "a.txt", "bad.jsonl", "z.txt", "-o", "out", "--format", "all"}, bad_line, "out"},
      {{"networks", "a.txt", "bad.jsonl", "z.txt", "-o", "nets"}, bad_line, "nets"},
      {{"extract", "a.txt", "bad.jsonl", "z.txt"}, bad_line, "", 2},
      {{"query", "a.txt", "bad.jsonl", "z.txt", "--actor", "Germany"}, bad_line, ""},
      {{"timeline", "a.txt", "bad.jsonl", "z.txt", "--actor", "Germany", "--topic", "climate"},
       bad_line, ""},
      {{"merge", "a.triples.jsonl", "bad.triples.jsonl", "z.triples.jsonl", "-o", "merged",
        "--format", "all"},
       "stancegraph: bad.triples.jsonl:" + std::to_string(Lines(triples).size() + 1) + ": ",
       "merged"},
      {{"eval", "--gold", "gold.jsonl", "--gold", "gold.jsonl"}, "stancegraph: gold.jsonl:2: ",
       ""},
      {{"build", "a.txt", "missing.txt", "z.txt", "-o", "out"},
       "stancegraph: missing.txt: no such file or directory", "out"},
      {{"extract", "a.txt", "missing.txt", "z.txt"},
       "stancegraph: missing.txt: no such file or directory", "", 1},
      // An empty argument is known before anything is read.
      {{"extract", "a.txt", "", "z.txt"}, "stancegraph: \"\": empty path", "", 0},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(testing::PrintToString(c.args));
    std::vector<std::string> strict = c.args;
    strict.push_back("--strict");
    RunResult result = Run(strict);
    EXPECT_EQ(result.status, 1) << Describe(result);
    // The problem, and nothing else: no summary, no second problem.
    ASSERT_EQ(Lines(result.err).size(), 1u) << result.err;
    EXPECT_EQ(result.err.rfind(c.first_problem, 0), 0u) << result.err;
    auto output_files = [&] {
      std::vector<std::string> files;
      for (const auto& entry : fs::directory_iterator(dir_ / c.output_dir)) {
        files.push_back(entry.path().filename().string());
      }
      return files;
    };
    if (!c.output_dir.empty()) {
      EXPECT_EQ(output_files(), std::vector<std::string>{"graph.dot"});
      EXPECT_EQ(ReadBytes(dir_ / c.output_dir / "graph.dot"), "old\n");
    }
    if (c.args[0] == "extract") {
      // What was written before the problem stays; nothing after it.
      EXPECT_EQ(Lines(result.out).size(), c.extracted) << result.out;
      EXPECT_EQ(CountOf(result.out, "\"actor\":\"Germany\""), c.extracted > 0 ? 1u : 0u);
      EXPECT_FALSE(Contains(result.out, "Poland")) << result.out;
    } else {
      EXPECT_EQ(result.out, "");
    }

    // Without --strict the problem is skipped and the run goes on.
    result = Run(c.args);
    EXPECT_EQ(result.status, 1) << Describe(result);
    EXPECT_TRUE(Contains(result.err, c.first_problem)) << result.err;
    if (c.args[0] == "extract" || c.args[0] == "query" || c.args[0] == "timeline") {
      EXPECT_NE(result.out, "");
    }
    if (!c.output_dir.empty()) {
      EXPECT_GT(output_files().size(), 1u);
      WriteBytes(dir_ / c.output_dir / "graph.dot", "old\n");
      for (const auto& entry : fs::directory_iterator(dir_ / c.output_dir)) {
        if (entry.path().filename() != "graph.dot") fs::remove_all(entry.path());
      }
    }
  }
}

// build streams triples.jsonl into DIR while it reads; a run stopped by
// --strict takes back the directory it made, and leaves one it found.
TEST_F(InputFailuresCliTest, StrictLeavesNoOutputDirectoryBehindThatItCreated) {
  WriteBytes(dir_ / "a.txt", kGermany);
  fs::create_directory(dir_ / "kept");
  for (const char* output : {"fresh", "kept"}) {
    SCOPED_TRACE(output);
    RunResult result =
        Run({"build", "a.txt", "missing.txt", "-o", output, "--format", "jsonl,dot", "--strict"});
    EXPECT_EQ(result.status, 1) << Describe(result);
    EXPECT_EQ(fs::exists(dir_ / output), std::string(output) == "kept");
  }
  EXPECT_TRUE(fs::is_empty(dir_ / "kept"));
  // Without --strict the same run writes its files.
  RunResult result = Run({"build", "a.txt", "missing.txt", "-o", "fresh", "--format", "jsonl,dot"});
  EXPECT_EQ(result.status, 1) << Describe(result);
  EXPECT_TRUE(fs::exists(dir_ / "fresh" / "triples.jsonl"));
  EXPECT_TRUE(fs::exists(dir_ / "fresh" / "graph.dot"));
}

TEST_F(InputFailuresCliTest, StrictChangesNothingOnGoodInput) {
  for (const char* command : {"build", "networks"}) {
    SCOPED_TRACE(command);
    RunResult plain = Run({command, kSamples.string(), "-o", "plain", "-q"});
    RunResult strict = Run({command, kSamples.string(), "-o", "strict", "-q", "--strict"});
    EXPECT_EQ(plain.status, 0) << Describe(plain);
    EXPECT_EQ(strict.status, 0) << Describe(strict);
    for (const auto& entry : fs::directory_iterator(dir_ / "plain")) {
      if (!entry.is_regular_file()) continue;
      const fs::path name = entry.path().filename();
      EXPECT_EQ(ReadBytes(dir_ / "strict" / name), ReadBytes(entry.path())) << name;
    }
    fs::remove_all(dir_ / "plain");
    fs::remove_all(dir_ / "strict");
  }
  RunResult plain = Run({"extract", kSamples.string()});
  RunResult strict = Run({"extract", "--strict", kSamples.string()});
  EXPECT_EQ(strict.status, 0) << Describe(strict);
  EXPECT_EQ(strict.out, plain.out);
  EXPECT_EQ(WithoutTimeLine(strict.err), WithoutTimeLine(plain.err));
}

TEST_F(InputFailuresCliTest, HelpTextsDocumentStrictAndTheLimits) {
  for (const char* command : {"build", "extract", "networks", "merge", "query", "timeline", "eval"}) {
    SCOPED_TRACE(command);
    RunResult result = Run({command, "--help"});
    EXPECT_EQ(result.status, 0) << Describe(result);
    EXPECT_TRUE(Contains(result.out, "--strict")) << result.out;
    const bool extracts = std::string(command) != "merge";
    const bool reads_documents = extracts && std::string(command) != "eval";
    EXPECT_EQ(Contains(result.out, "--max-sentence-tokens N"), extracts) << result.out;
    EXPECT_EQ(Contains(result.out, "--max-document-bytes N"), reads_documents) << result.out;
  }
}

}  // namespace
