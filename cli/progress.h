// Progress: a one-line status on a terminal during long runs.
//
// Shown only when standard error is a terminal and CI is not set, so logs
// and pipes stay clean; redrawn at most a few times a second.
#pragma once

#include <chrono>
#include <cstddef>
#include <ostream>

namespace stancegraph::cli {

class Progress {
 public:
  explicit Progress(std::ostream& err);
  ~Progress();

  void Update(size_t documents, size_t bytes, size_t triples);

 private:
  std::ostream& err_;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace stancegraph::cli
