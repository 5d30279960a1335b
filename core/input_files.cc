#include "core/input_files.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace stancegraph {
namespace {

namespace fs = std::filesystem;

std::string ErrorText(const std::error_code& error) {
  return SentenceToProblemText(error.message());
}

bool HasExtension(const fs::path& path, const std::vector<std::string>& extensions) {
  const std::string extension = path.extension().string();
  return std::find(extensions.begin(), extensions.end(), extension) != extensions.end();
}

}  // namespace

std::vector<std::string> ListInputFiles(const std::string& directory,
                                        const std::vector<std::string>& extensions,
                                        const std::function<void(const Problem&)>& on_problem) {
  std::vector<fs::path> files;
  // Directories still to list; a loop rather than recursion, so a deep tree
  // cannot exhaust the stack.
  std::vector<fs::path> pending = {fs::path(directory)};
  while (!pending.empty()) {
    const fs::path current = std::move(pending.back());
    pending.pop_back();
    std::error_code error;
    fs::directory_iterator it(current, error);
    if (error) {
      on_problem(Problem{current.string(), "cannot list directory: " + ErrorText(error)});
      continue;
    }
    for (; !error && it != fs::directory_iterator(); it.increment(error)) {
      std::error_code type_error;
      const fs::file_status link = it->symlink_status(type_error);
      if (fs::is_directory(link)) {
        pending.push_back(it->path());
        continue;
      }
      if (!HasExtension(it->path(), extensions)) continue;
      const fs::file_status target = it->status(type_error);
      if (type_error) {
        // A link that dangles or loops: named like an input, so the user meant it.
        on_problem(Problem{it->path().string(), ErrorText(type_error)});
      } else if (fs::is_regular_file(target)) {
        files.push_back(it->path());
      }
    }
    if (error) on_problem(Problem{current.string(), "cannot list directory: " + ErrorText(error)});
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> names;
  names.reserve(files.size());
  for (const fs::path& file : files) names.push_back(file.string());
  return names;
}

}  // namespace stancegraph
