// Helpers shared by the end-to-end tests of the `stancegraph` command
// (cli_test.cc, merge_query_cli_test.cc, identity_cli_test.cc): reading and
// writing files byte for byte, and a fixture that runs the real binary
// (STANCEGRAPH_BINARY, from CMake) in a fresh temporary directory with
// standard input, output and error redirected to files there.
#pragma once

#include <fcntl.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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
    const std::string in_path = (dir_ / (run + ".in")).string();
    const std::string out_path = stdout_path.empty() ? (dir_ / (run + ".out")).string() : stdout_path;
    const std::string err_path = (dir_ / (run + ".err")).string();
    const std::string cwd = dir_.string();
    WriteBytes(in_path, input);

    // Everything the child needs is prepared before fork(): it only calls
    // async-signal-safe functions.
    const std::string binary = kBinary.string();
    std::vector<std::string> argv_strings = {binary};
    argv_strings.insert(argv_strings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& arg : argv_strings) argv.push_back(arg.data());
    argv.push_back(nullptr);

    RunResult result;
    const pid_t pid = fork();
    if (pid < 0) {
      ADD_FAILURE() << "fork failed";
      return result;
    }
    if (pid == 0) {
      const int in = open(in_path.c_str(), O_RDONLY);
      const int out = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      const int err = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      if (in < 0 || out < 0 || err < 0 || dup2(in, 0) < 0 || dup2(out, 1) < 0 ||
          dup2(err, 2) < 0 || chdir(cwd.c_str()) != 0) {
        _exit(126);
      }
      execv(binary.c_str(), argv.data());
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
    EXPECT_NE(result.status, 126) << "could not set up the child process";
    EXPECT_NE(result.status, 127) << "could not run " << binary;
    if (stdout_path.empty()) result.out = ReadBytes(out_path);
    result.err = ReadBytes(err_path);
    return result;
  }

  fs::path dir_;

 private:
  std::string prefix_;
  int runs_ = 0;
};

}  // namespace stancegraph::cli_test
