// An std::ostream over core's AtomicFile: a fixed buffer that AtomicFile
// takes in chunks, so streamed output never grows in memory.
#include "export/atomic_file.h"

#include <array>
#include <locale>
#include <streambuf>
#include <string_view>

namespace stancegraph::exporters {
namespace {

class AtomicFileBuffer final : public std::streambuf {
 public:
  explicit AtomicFileBuffer(AtomicFile& file) : file_(file) {
    setp(buffer_.data(), buffer_.data() + buffer_.size());
  }
  AtomicFileBuffer(const AtomicFileBuffer&) = delete;
  AtomicFileBuffer& operator=(const AtomicFileBuffer&) = delete;

 protected:
  int_type overflow(int_type c) override {
    Drain();
    if (!traits_type::eq_int_type(c, traits_type::eof())) sputc(traits_type::to_char_type(c));
    return traits_type::not_eof(c);
  }

  // Pieces larger than the buffer go to the file directly.
  std::streamsize xsputn(const char* data, std::streamsize size) override {
    if (size < epptr() - pptr()) {
      traits_type::copy(pptr(), data, static_cast<size_t>(size));
      pbump(static_cast<int>(size));
    } else {
      Drain();
      file_.Write(std::string_view(data, static_cast<size_t>(size)));
    }
    return size;
  }

  int sync() override {
    Drain();
    return 0;
  }

 private:
  // A failed write is kept by the file, which Commit() reports.
  void Drain() {
    file_.Write(std::string_view(pbase(), static_cast<size_t>(pptr() - pbase())));
    setp(buffer_.data(), buffer_.data() + buffer_.size());
  }

  AtomicFile& file_;
  std::array<char, 1 << 16> buffer_;
};

}  // namespace

std::optional<Problem> WriteFileAtomically(const std::string& path, const StreamWriter& write) {
  AtomicFile file;
  if (std::optional<Problem> problem = file.Open(path)) return problem;
  AtomicFileBuffer buffer(file);
  std::ostream out(&buffer);
  out.imbue(std::locale::classic());  // no global locale in numbers
  if (std::optional<Problem> problem = write(out)) {
    if (problem->where.empty()) problem->where = path;
    return problem;  // `file` removes the temporary
  }
  out.flush();
  return file.Commit();
}

}  // namespace stancegraph::exporters
