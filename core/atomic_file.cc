// Temporary file + rename, with POSIX calls so every error has an errno.
#include "core/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace stancegraph {
namespace {

// strerror text in the lower case Problem messages use.
std::string ErrorText(int error) {
  std::string text = std::strerror(error);
  if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

// Creates a fresh temporary beside `path`; returns its descriptor or -1 with
// errno set.
int CreateTemporary(const std::string& path, std::string* temporary) {
  std::filesystem::path target(path);
  std::filesystem::path directory = target.parent_path();
  std::string prefix = "." + target.filename().string() + ".tmp." + std::to_string(getpid()) + ".";
  static unsigned counter = 0;
  for (int attempt = 0; attempt < 100; ++attempt) {
    *temporary = (directory / (prefix + std::to_string(counter++))).string();
    int fd = open(temporary->c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0 || errno != EEXIST) return fd;
  }
  errno = EEXIST;
  return -1;
}

bool WriteAll(int fd, std::string_view content) {
  while (!content.empty()) {
    ssize_t written = write(fd, content.data(), content.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    content.remove_prefix(static_cast<size_t>(written));
  }
  return true;
}

}  // namespace

std::optional<Problem> WriteFileAtomically(const std::string& path, std::string_view content) {
  AtomicFile file;
  if (auto problem = file.Open(path)) return problem;
  file.Write(content);
  return file.Commit();
}

AtomicFile::~AtomicFile() { Abandon(); }

void AtomicFile::Abandon() {
  if (fd_ >= 0) {
    close(fd_);
    unlink(temporary_.c_str());
    fd_ = -1;
  }
}

std::optional<Problem> AtomicFile::Open(const std::string& path) {
  Abandon();
  path_ = path;
  failure_.reset();
  if (path.empty()) {
    failure_ = Problem{"", "output path is empty"};
  } else if (std::filesystem::path(path).filename().empty()) {
    failure_ = Problem{path, "output path names a directory, not a file"};
  } else if ((fd_ = CreateTemporary(path, &temporary_)) < 0) {
    failure_ = Problem{path, "cannot create file: " + ErrorText(errno)};
  }
  return failure_;
}

void AtomicFile::Write(std::string_view content) {
  if (failure_ || fd_ < 0) return;
  if (!WriteAll(fd_, content)) {
    failure_ = Problem{path_, "cannot write file: " + ErrorText(errno)};
    Abandon();
  }
}

std::optional<Problem> AtomicFile::Commit() {
  if (failure_) return failure_;
  if (fd_ < 0) return Problem{path_, "cannot write file: not open"};
  const int fd = fd_;
  fd_ = -1;
  if (close(fd) != 0) {
    failure_ = Problem{path_, "cannot write file: " + ErrorText(errno)};
    unlink(temporary_.c_str());
    return failure_;
  }
  if (std::rename(temporary_.c_str(), path_.c_str()) != 0) {
    failure_ = Problem{path_, "cannot replace file: " + ErrorText(errno)};
    unlink(temporary_.c_str());
    return failure_;
  }
  return std::nullopt;
}

}  // namespace stancegraph
