// SortedLines: text lines written out sorted byte-wise with repeats dropped,
// in memory that does not grow with the number of lines.
//
// The N-Quads file is sorted (the same file however the graph was built),
// and a big graph has tens of millions of lines, gigabytes of text. So lines
// are gathered in a buffer of at most `memory_budget` bytes; when it is
// full it is sorted and written out as a "run" to an unnamed temporary file
// in `spill_directory` (gone when closed, even if the process dies); at the
// end the runs are merged into the output, each distinct line once. A small
// output never touches the disk. Runs take about as much disk as the
// output, which is why they go beside it rather than to /tmp (often a
// RAM-backed tmpfs). Private to export/.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/problem.h"

namespace stancegraph::exporters {

class SortedLines {
 public:
  static constexpr size_t kDefaultMemoryBudget = size_t{64} << 20;

  explicit SortedLines(std::string spill_directory, size_t memory_budget = kDefaultMemoryBudget);
  ~SortedLines();
  SortedLines(const SortedLines&) = delete;
  SortedLines& operator=(const SortedLines&) = delete;

  // One line, its final '\n' included; it must hold no other '\n'.
  void Add(std::string_view line);

  // Writes every line added, sorted, each distinct line once. A Problem
  // (`where` empty) when a run could not be written or read back; then
  // `out` holds part of the lines at most.
  std::optional<Problem> WriteTo(std::ostream& out);

 private:
  class Run;
  struct Span {  // a line of text_
    size_t offset;
    size_t size;
  };

  // The buffered lines, sorted, each distinct one once.
  std::vector<std::string_view> SortedBuffer();
  void Spill();
  // Merges the runs into `write`, each distinct line once, and drops them.
  void MergeRunsInto(const std::function<void(std::string_view line)>& write);

  std::string spill_directory_;
  size_t memory_budget_;
  std::string text_;                        // the buffered lines, back to back
  std::vector<Span> lines_;                 // the lines in text_
  std::vector<std::unique_ptr<Run>> runs_;  // spilled, sorted and distinct each
  std::optional<Problem> failure_;          // the first, after which nothing is done
};

}  // namespace stancegraph::exporters
