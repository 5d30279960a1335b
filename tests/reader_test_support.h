// Helpers shared by the document reader's tests (document_reader_test.cc,
// hostile_input_test.cc): a run of ReadDocuments collected into vectors,
// and a fixture with a fresh directory per test.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <system_error>
#include <vector>

#include "extract/document_reader.h"

namespace stancegraph {

struct ReadResult {
  std::vector<Document> documents;
  std::vector<std::string> problems;  // Problem::ToString()
  ReadCounts counts;

  std::vector<std::string> Ids() const {
    std::vector<std::string> ids;
    for (const Document& d : documents) ids.push_back(d.id);
    return ids;
  }
};

inline ReadResult Read(const std::vector<std::string>& inputs, const std::string& standard_input = "",
                       StandardInput format = StandardInput::kGuess) {
  ReadResult result;
  std::istringstream in(standard_input);
  result.counts = ReadDocuments(
      inputs, in, [&](Document&& d) { result.documents.push_back(std::move(d)); },
      [&](const Problem& p) { result.problems.push_back(p.ToString()); }, format);
  return result;
}

// Each test gets its own fresh directory, removed afterwards.
class ScratchDirectoryTest : public testing::Test {
 protected:
  void SetUp() override {
    const testing::TestInfo* info = testing::UnitTest::GetInstance()->current_test_info();
    dir_ = std::filesystem::path(testing::TempDir()) /
           ("stancegraph_" + std::string(info->test_suite_name()) + "_" + std::to_string(::getpid()) +
            "_" + info->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }

  void TearDown() override {
    std::error_code ignored;
    // Restore permissions a test took away, so that cleanup can succeed.
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir_, ignored)) {
      std::filesystem::permissions(entry.path(), std::filesystem::perms::owner_all,
                                   std::filesystem::perm_options::add, ignored);
    }
    std::filesystem::remove_all(dir_, ignored);
  }

  // Writes `bytes` to dir_/relative (creating parent directories) and returns
  // the full path.
  std::string Write(const std::string& relative, const std::string& bytes) {
    const std::filesystem::path path = dir_ / relative;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
    return path.string();
  }

  std::string Path(const std::string& relative) const { return (dir_ / relative).string(); }

  std::filesystem::path dir_;
};

}  // namespace stancegraph
