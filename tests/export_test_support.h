// Shared by the export tests: a scratch directory, file reading, running a
// command for its output, and small graphs built from triples.
#pragma once

#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
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
