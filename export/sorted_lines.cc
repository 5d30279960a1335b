// External merge sort of text lines: sorted runs in unnamed temporary files
// (O_TMPFILE), merged through a heap; stdio buffers the run files.
#include "export/sorted_lines.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <queue>

namespace stancegraph::exporters {
namespace {

// Runs merged at once. More would hold more files open and more read
// buffers; past it the runs so far are merged into one first. At the
// default budget that happens only after 8 GB of lines.
constexpr size_t kMaxRuns = 128;
constexpr size_t kRunFileBuffer = size_t{256} << 10;

std::string ErrnoText() { return SentenceToProblemText(std::strerror(errno)); }

// A file with no name in `directory`, which disappears once closed; -1
// with errno set on failure.
int OpenUnnamedTemporary(const std::string& directory) {
  int fd = open(directory.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (fd >= 0) return fd;
  // A file system without O_TMPFILE: a named file, unlinked at once.
  std::string name = directory + "/.sorted-lines.XXXXXX";
  fd = mkostemp(name.data(), O_CLOEXEC);
  if (fd >= 0) unlink(name.c_str());
  return fd;
}

}  // namespace

// Sorted, distinct lines in a temporary file: written once, then read back once.
class SortedLines::Run {
 public:
  // A new empty run in `directory`, or nullptr with `*problem` set.
  static std::unique_ptr<Run> Create(const std::string& directory,
                                     std::optional<Problem>* problem) {
    const int fd = OpenUnnamedTemporary(directory);
    std::FILE* file = fd < 0 ? nullptr : fdopen(fd, "w+");
    if (file == nullptr) {
      *problem = Problem{"", "cannot create a temporary file in " + directory + ": " + ErrnoText()};
      if (fd >= 0) close(fd);
      return nullptr;
    }
    std::setvbuf(file, nullptr, _IOFBF, kRunFileBuffer);
    return std::unique_ptr<Run>(new Run(file));
  }

  ~Run() {
    std::fclose(file_);
    std::free(line_);
  }
  Run(const Run&) = delete;
  Run& operator=(const Run&) = delete;

  // A failed write shows in StartReading.
  void Write(std::string_view line) { std::fwrite(line.data(), 1, line.size(), file_); }

  // Ends the writing and reads the first line; false when writing failed.
  bool StartReading() {
    if (std::fflush(file_) != 0 || std::ferror(file_) || std::fseek(file_, 0, SEEK_SET) != 0) {
      return false;
    }
    Next();
    return true;
  }

  // Moves to the next line; false at the end (or on a read error: failed()).
  bool Next() {
    const ssize_t size = getline(&line_, &line_capacity_, file_);
    line_size_ = size < 0 ? 0 : static_cast<size_t>(size);
    return size >= 0;
  }

  bool AtEnd() const { return line_size_ == 0; }  // no line is empty: each has its '\n'
  std::string_view line() const { return {line_, line_size_}; }
  bool failed() const { return std::ferror(file_) != 0; }

 private:
  explicit Run(std::FILE* file) : file_(file) {}

  std::FILE* file_;
  char* line_ = nullptr;  // getline's buffer
  size_t line_capacity_ = 0;
  size_t line_size_ = 0;
};

SortedLines::SortedLines(std::string spill_directory, size_t memory_budget)
    : spill_directory_(std::move(spill_directory)), memory_budget_(memory_budget) {}

SortedLines::~SortedLines() = default;

void SortedLines::Add(std::string_view line) {
  if (failure_) return;
  if (!lines_.empty() && text_.size() + line.size() > memory_budget_) Spill();
  lines_.push_back({text_.size(), line.size()});
  text_.append(line);
}

std::vector<std::string_view> SortedLines::SortedBuffer() {
  std::vector<std::string_view> sorted;
  sorted.reserve(lines_.size());
  for (const Span& span : lines_) sorted.emplace_back(text_.data() + span.offset, span.size);
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  return sorted;
}

void SortedLines::Spill() {
  std::unique_ptr<Run> run = Run::Create(spill_directory_, &failure_);
  if (!run) return;
  for (std::string_view line : SortedBuffer()) run->Write(line);
  text_.clear();  // keeps its capacity for the next run
  lines_.clear();
  runs_.push_back(std::move(run));
  if (runs_.size() < kMaxRuns) return;
  std::unique_ptr<Run> merged = Run::Create(spill_directory_, &failure_);
  if (!merged) return;
  MergeRunsInto([&merged](std::string_view line) { merged->Write(line); });
  runs_.push_back(std::move(merged));
}

void SortedLines::MergeRunsInto(const std::function<void(std::string_view line)>& write) {
  for (const std::unique_ptr<Run>& run : runs_) {
    if (!failure_ && !run->StartReading()) {
      failure_ =
          Problem{"", "cannot write a temporary file in " + spill_directory_ + ": " + ErrnoText()};
    }
  }
  // The run with the smallest line on top.
  auto later = [](const Run* a, const Run* b) { return a->line() > b->line(); };
  std::priority_queue<Run*, std::vector<Run*>, decltype(later)> next(later);
  for (const std::unique_ptr<Run>& run : runs_) {
    if (!failure_ && !run->AtEnd()) next.push(run.get());
  }
  std::string last;  // the line written last: the same line from another run is dropped
  while (!next.empty()) {
    Run* run = next.top();
    next.pop();
    if (last.empty() || run->line() != last) {
      write(run->line());
      last.assign(run->line());
    }
    if (run->Next()) next.push(run);
  }
  for (const std::unique_ptr<Run>& run : runs_) {
    if (!failure_ && run->failed()) {
      failure_ = Problem{"", "cannot read a temporary file in " + spill_directory_};
    }
  }
  runs_.clear();
}

std::optional<Problem> SortedLines::WriteTo(std::ostream& out) {
  auto write = [&out](std::string_view line) {
    out.write(line.data(), static_cast<std::streamsize>(line.size()));
  };
  if (failure_) return failure_;
  if (runs_.empty()) {
    for (std::string_view line : SortedBuffer()) write(line);
  } else {
    if (!lines_.empty()) Spill();
    MergeRunsInto(write);
  }
  return failure_;
}

}  // namespace stancegraph::exporters
