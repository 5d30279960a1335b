// Shared by the export tests: a scratch directory, file reading, running a
// command for its output, running the Python checker scripts, and small
// graphs built from triples.
#pragma once

#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "graph/stance_graph.h"

namespace stancegraph::testing {

// A fresh directory under the system temporary directory, removed with its
// contents when the object goes.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "stancegraph-test-XXXXXX");
    if (mkdtemp(pattern.data()) == nullptr) ADD_FAILURE() << "mkdtemp failed for " << pattern;
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  std::string File(const std::string& name) const { return (path_ / name).string(); }
  // Names of the entries in the directory, sorted.
  std::vector<std::string> Entries() const {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(path_)) {
      names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
  }

 private:
  std::filesystem::path path_;
};

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

// Runs `command` through the shell; returns its exit status (-1 if it could
// not be started) and stores its standard output in `*output`.
inline int RunCommand(const std::string& command, std::string* output) {
  output->clear();
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return -1;
  char buffer[4096];
  size_t read;
  while ((read = fread(buffer, 1, sizeof buffer, pipe)) > 0) output->append(buffer, read);
  int status = pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Single-quotes `text` for the shell.
inline std::string ShellQuote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

// What a checker (tests/*_check.py, tests/neo4j_cypher_check.mjs) printed:
// each `key=value` line's values by key, in the order printed. Other lines
// are ignored.
using CheckOutput = std::map<std::string, std::vector<std::string>>;

inline CheckOutput ParseCheckOutput(const std::string& text) {
  CheckOutput result;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string line = text.substr(start, end - start);
    const size_t equals = line.find('=');
    if (equals != std::string::npos) {
      result[line.substr(0, equals)].push_back(line.substr(equals + 1));
    }
    start = end + 1;
  }
  return result;
}

// Runs tests/`script` under /usr/bin/python3 with `arguments` (each quoted
// for the shell) and returns what it printed. The checkers need Python
// packages that scripts/install-deps.sh installs, so a missing interpreter
// fails the test rather than skipping it: a skipped check would pass
// unnoticed. With `status` null the checker is expected to exit 0 (the test
// fails otherwise, showing the command and its output); otherwise its exit
// status is stored there for the caller to judge. A checker that fails
// before printing any `key=value` line (say, a Python import error) has its
// whole output recorded under "error", so tests that list the errors show it.
inline CheckOutput RunChecker(const std::string& script, const std::vector<std::string>& arguments,
                              int* status = nullptr) {
  constexpr const char* kPython = "/usr/bin/python3";
  EXPECT_EQ(access(kPython, X_OK), 0) << kPython << " is missing: run scripts/install-deps.sh";
  std::string command = std::string(kPython) + " " +
                        ShellQuote(std::string(STANCEGRAPH_SOURCE_DIR) + "/tests/" + script);
  for (const std::string& argument : arguments) command += " " + ShellQuote(argument);
  std::string output;
  const int exit_status = RunCommand(command + " 2>&1", &output);
  if (status == nullptr) {
    EXPECT_EQ(exit_status, 0) << command << "\n" << output;
  } else {
    *status = exit_status;
  }
  CheckOutput parsed = ParseCheckOutput(output);
  if (exit_status != 0 && parsed.empty()) parsed["error"].push_back("checker said: " + output);
  return parsed;
}

// The single value printed for `key`; a marker naming the key when it was
// printed not exactly once, so a failed expectation says which key it was.
inline std::string One(const CheckOutput& output, const std::string& key) {
  auto it = output.find(key);
  if (it == output.end() || it->second.size() != 1) return "<missing " + key + ">";
  return it->second.front();
}

// Every value printed for `key`, none when it was not printed.
inline std::vector<std::string> All(const CheckOutput& output, const std::string& key) {
  auto it = output.find(key);
  return it == output.end() ? std::vector<std::string>{} : it->second;
}

inline StanceTriple Triple(const std::string& actor, ActorType type, Stance stance,
                           const std::string& topic, const std::string& doc,
                           const std::string& sentence, double confidence = 0.8) {
  StanceTriple triple;
  triple.doc = doc;
  triple.sentence = sentence;
  triple.start = 0;
  triple.end = static_cast<int64_t>(sentence.size());
  triple.actor = actor;
  triple.actor_mention = actor;
  triple.actor_type = type;
  triple.stance = stance;
  triple.topic = topic;
  triple.topic_mention = topic;
  triple.cue = stance == Stance::kSupport ? "backs" : "rejects";
  triple.confidence = confidence;
  triple.date = "2024-03-01";
  return triple;
}

// France and Germany support security guarantees (France twice), Hungary
// opposes them, Germany opposes sanctions.
inline std::vector<StanceTriple> SampleTriples() {
  return {
      Triple("France", ActorType::kCountry, Stance::kSupport, "security guarantees", "doc-1",
             "France backs security guarantees.", 0.9),
      Triple("France", ActorType::kCountry, Stance::kSupport, "security guarantees", "doc-2",
             "Paris again backed the guarantees.", 0.7),
      Triple("Germany", ActorType::kCountry, Stance::kSupport, "security guarantees", "doc-2",
             "Berlin supports security guarantees.", 0.8),
      Triple("Hungary", ActorType::kCountry, Stance::kOppose, "security guarantees", "doc-3",
             "Hungary rejects security guarantees.", 0.6),
      Triple("Germany", ActorType::kCountry, Stance::kOppose, "sanctions", "doc-3",
             "Germany opposes new sanctions.", 0.75),
  };
}

inline StanceGraph GraphOf(const std::vector<StanceTriple>& triples) {
  StanceGraph graph;
  for (const StanceTriple& triple : triples) graph.Add(triple);
  return graph;
}

}  // namespace stancegraph::testing
