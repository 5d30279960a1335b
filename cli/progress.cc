#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

namespace stancegraph::cli {

Progress::Progress(std::ostream& err)
    : err_(err), start_(std::chrono::steady_clock::now()), last_(start_) {
  const char* ci = std::getenv("CI");
  enabled_ = isatty(STDERR_FILENO) && !(ci && *ci && std::string(ci) != "false");
}

Progress::~Progress() {
  if (drawn_) err_ << "\r\033[K" << std::flush;
}

void Progress::Update(size_t documents, size_t bytes, size_t triples) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(250)) return;
  last_ = now;
  double seconds = std::chrono::duration<double>(now - start_).count();
  char line[160];
  std::snprintf(line, sizeof line, "\r\033[K%zu documents, %.1f MB, %zu triples (%.1f MB/s)",
                documents, bytes / 1e6, triples, seconds > 0 ? bytes / 1e6 / seconds : 0.0);
  err_ << line << std::flush;
  drawn_ = true;
}

}  // namespace stancegraph::cli
