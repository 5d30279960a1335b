// Helpers shared by the end-to-end tests of the `stancegraph` command
// (cli_test.cc, merge_query_cli_test.cc, identity_cli_test.cc): reading and
// writing files byte for byte, running a program with its standard streams
// redirected to files (RunProgram, also used by parallel_recipe_test.cc), and
// a fixture that runs the real binary (STANCEGRAPH_BINARY, from CMake) in a
// fresh temporary directory with standard input, output and error redirected
// to files there.
#pragma once

#include <fcntl.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// POSIX; declared here in case <unistd.h> does not.
extern char** environ;

namespace stancegraph::cli_test {

namespace fs = std::filesystem;

inline const fs::path kBinary = STANCEGRAPH_BINARY;
inline const fs::path kData = fs::path(STANCEGRAPH_TEST_DATA) / "cli";
inline const fs::path kSamples = fs::path(STANCEGRAPH_SOURCE_DIR) / "samples";

inline std::string ReadBytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.is_open()) << "cannot open " << path;
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline void WriteBytes(const fs::path& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  ASSERT_TRUE(out.good()) << "cannot write " << path;
}

inline bool Contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

// Lines of `text` without their '\n'; a last line without one is kept.
inline std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Standard error without the summary's "time: ..." line, whose seconds
// differ from run to run: what two runs of the same command must agree on.
inline std::string WithoutTimeLine(const std::string& err) {
  std::string kept;
  for (const std::string& line : Lines(err)) {
    if (line.rfind("time: ", 0) != 0) kept += line + "\n";
  }
  return kept;
}

struct RunResult {
  int status = -1;  // exit status, or 128 + signal number
  std::string out;
  std::string err;
};

// For failure messages.
inline std::string Describe(const RunResult& result) {
  return "exit status " + std::to_string(result.status) + "\n--- stdout:\n" +
         result.out.substr(0, 3000) + "\n--- stderr:\n" + result.err.substr(0, 3000);
}

// Where a child process's standard input, output and error go: files, by
// path (the input one must exist; the others are created or truncated).
struct Redirects {
  std::string in;
  std::string out;
  std::string err;
};

// Runs `argv` (argv[0] is a path, or a name looked up in PATH) in directory
// `cwd` with its standard streams redirected to `files`, and waits for it.
// Its environment is this process's, where the "NAME=value" entries of
// `environment` (kept in that order, first) replace or add variables.
// RunResult::err is read from files.err, RunResult::out from files.out
// unless `read_out` is false. A child that cannot open its files or enter
// `cwd` exits 126, one that cannot be executed 127.
inline RunResult RunProgram(const std::vector<std::string>& argv, const Redirects& files,
                            const std::string& cwd,
                            const std::vector<std::string>& environment = {},
                            bool read_out = true) {
  RunResult result;
  if (argv.empty()) {
    ADD_FAILURE() << "no program to run";
    return result;
  }
  // Everything the child needs is prepared before fork(): it only calls
  // async-signal-safe functions.
  // Without overrides the child gets this process's environment as it is.
  std::vector<std::string> env_strings = environment;
  for (char** e = environ; !environment.empty() && *e != nullptr; ++e) {
    const std::string_view var = *e;
    const std::string prefix = std::string(var.substr(0, var.find('='))) + "=";
    const bool overridden =
        std::any_of(env_strings.begin(), env_strings.end(),
                    [&](const std::string& s) { return s.compare(0, prefix.size(), prefix) == 0; });
    if (!overridden) env_strings.emplace_back(var);
  }
  std::vector<char*> envp;
  for (std::string& s : env_strings) envp.push_back(s.data());
  envp.push_back(nullptr);
  std::vector<std::string> argv_strings = argv;
  std::vector<char*> child_argv;
  for (std::string& arg : argv_strings) child_argv.push_back(arg.data());
  child_argv.push_back(nullptr);

  const pid_t pid = fork();
  if (pid < 0) {
    ADD_FAILURE() << "fork failed";
    return result;
  }
  if (pid == 0) {
    const int in = open(files.in.c_str(), O_RDONLY);
    const int out = open(files.out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int err = open(files.err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (in < 0 || out < 0 || err < 0 || dup2(in, 0) < 0 || dup2(out, 1) < 0 ||
        dup2(err, 2) < 0 || chdir(cwd.c_str()) != 0) {
      _exit(126);
    }
    execvpe(child_argv[0], child_argv.data(), environment.empty() ? environ : envp.data());
    _exit(127);
  }
  int wait_status = 0;
  if (waitpid(pid, &wait_status, 0) != pid) {
    ADD_FAILURE() << "waitpid failed";
    return result;
  }
  if (WIFEXITED(wait_status)) {
    result.status = WEXITSTATUS(wait_status);
  } else if (WIFSIGNALED(wait_status)) {
    result.status = 128 + WTERMSIG(wait_status);
  }
  if (read_out) result.out = ReadBytes(files.out);
  result.err = ReadBytes(files.err);
  return result;
}

// A fixture with a fresh temporary directory (named after `prefix`, so a
// leftover one tells which test file made it), removed after each test.
class BinaryTest : public testing::Test {
 protected:
  explicit BinaryTest(std::string prefix) : prefix_(std::move(prefix)) {}

  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / (prefix_ + "_XXXXXX")).string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr) << "mkdtemp failed";
    dir_ = pattern;
  }

  void TearDown() override {
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
  }

  // Runs `stancegraph args...` with the temporary directory as working
  // directory and `input` as standard input. Standard output goes to
  // `stdout_path` when given (RunResult::out is then empty).
  RunResult Run(const std::vector<std::string>& args, const std::string& input = "",
                const std::string& stdout_path = "") {
    const std::string run = "run" + std::to_string(++runs_);
    const Redirects files = {
        .in = (dir_ / (run + ".in")).string(),
        .out = stdout_path.empty() ? (dir_ / (run + ".out")).string() : stdout_path,
        .err = (dir_ / (run + ".err")).string()};
    WriteBytes(files.in, input);

    const std::string binary = kBinary.string();
    std::vector<std::string> argv = {binary};
    argv.insert(argv.end(), args.begin(), args.end());
    RunResult result = RunProgram(argv, files, dir_.string(), {}, stdout_path.empty());
    EXPECT_NE(result.status, 126) << "could not set up the child process";
    EXPECT_NE(result.status, 127) << "could not run " << binary;
    return result;
  }

  fs::path dir_;

 private:
  std::string prefix_;
  int runs_ = 0;
};

}  // namespace stancegraph::cli_test
