// Temporary file + rename, with POSIX calls so every error has an errno.
#include "export/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace stancegraph::exporters {
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
  if (path.empty()) return Problem{"", "output path is empty"};
  if (std::filesystem::path(path).filename().empty()) {
    return Problem{path, "output path names a directory, not a file"};
  }

  std::string temporary;
  int fd = CreateTemporary(path, &temporary);
  if (fd < 0) return Problem{path, "cannot create file: " + ErrorText(errno)};

  bool written = WriteAll(fd, content);
  int write_error = errno;
  if (close(fd) != 0 && written) {
    written = false;
    write_error = errno;
  }
  if (!written) {
    unlink(temporary.c_str());
    return Problem{path, "cannot write file: " + ErrorText(write_error)};
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    int rename_error = errno;
    unlink(temporary.c_str());
    return Problem{path, "cannot replace file: " + ErrorText(rename_error)};
  }
  return std::nullopt;
}

}  // namespace stancegraph::exporters
