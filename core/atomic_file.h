// Files replaced all at once or not at all.
//
// The content goes to a new temporary file beside `path` (same directory,
// so the final rename cannot cross file systems), which is then renamed over
// `path`. On any failure the temporary is removed and a Problem naming
// `path` says what failed; an existing file at `path` is left untouched.
// No fsync: this protects readers from half-written files, not against
// power loss.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/problem.h"

namespace stancegraph {

// Writes `content` to `path` atomically.
std::optional<Problem> WriteFileAtomically(const std::string& path, std::string_view content);

// The same for content produced piece by piece (a stream of triples):
// Open() creates the temporary, Write() appends, Commit() renames it over
// `path`. A file never committed (an error, or the object destroyed first)
// leaves nothing behind. After the first failure, later calls do nothing and
// Commit() returns that failure.
class AtomicFile {
 public:
  AtomicFile() = default;
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  std::optional<Problem> Open(const std::string& path);
  void Write(std::string_view content);
  std::optional<Problem> Commit();

 private:
  void Abandon();

  std::string path_;
  std::string temporary_;
  int fd_ = -1;
  std::optional<Problem> failure_;
};

}  // namespace stancegraph
