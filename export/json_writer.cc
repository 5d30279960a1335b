// JsonWriter over rapidjson::PrettyWriter with kWriteValidateEncodingFlag.
// The flag must be the default flags macro, defined before any RapidJSON
// include: as a template argument it does not compile in RapidJSON 1.1.0.
#define RAPIDJSON_WRITE_DEFAULT_FLAGS kWriteValidateEncodingFlag
#include "export/json_writer.h"

#include <rapidjson/prettywriter.h>

#include <limits>
#include <streambuf>

#include "core/utf8.h"

namespace stancegraph::exporters {
namespace {

// RapidJSON's output stream concept over a stream buffer. Not
// rapidjson::OStreamWrapper, which calls std::ostream::put (a sentry per
// character): sputc is an inline store while the buffer has room.
class StreamBufferOutput {
 public:
  using Ch = char;
  explicit StreamBufferOutput(std::streambuf* buffer) : buffer_(buffer) {}
  void Put(char c) { buffer_->sputc(c); }
  void Flush() {}  // the owner of the stream flushes it

 private:
  std::streambuf* buffer_;
};

}  // namespace

struct JsonWriter::Impl {
  explicit Impl(std::ostream& out) : output(out.rdbuf()), writer(output) {}
  StreamBufferOutput output;
  rapidjson::PrettyWriter<StreamBufferOutput> writer;
  bool ok = true;
  std::string error;
};

JsonWriter::JsonWriter(std::ostream& out) : impl_(std::make_unique<Impl>(out)) {
  impl_->writer.SetIndent(' ', 2);
}

JsonWriter::~JsonWriter() = default;

void JsonWriter::Check(bool ok, std::string_view what) {
  if (!ok) Fail(what);
}

void JsonWriter::Fail(std::string_view what) {
  if (impl_->ok) {
    impl_->ok = false;
    impl_->error = "json writer refused " + std::string(what);
  }
}

void JsonWriter::StartObject() {
  if (impl_->ok) Check(impl_->writer.StartObject(), "an object start");
}

void JsonWriter::EndObject() {
  if (impl_->ok) Check(impl_->writer.EndObject(), "an object end");
}

void JsonWriter::StartArray() {
  if (impl_->ok) Check(impl_->writer.StartArray(), "an array start");
}

void JsonWriter::EndArray() {
  if (impl_->ok) Check(impl_->writer.EndArray(), "an array end");
}

void JsonWriter::Key(std::string_view key) {
  if (!impl_->ok) return;
  // Copied only when it needs mending: most keys and strings are valid.
  std::string mended;
  if (!IsValidUtf8(key)) key = mended = ToValidUtf8(key);
  if (key.size() > std::numeric_limits<rapidjson::SizeType>::max() ||
      !impl_->writer.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()))) {
    Fail("key `" + std::string(key) + "`");
  }
}

void JsonWriter::String(std::string_view value) {
  if (!impl_->ok) return;
  std::string mended;
  if (!IsValidUtf8(value)) value = mended = ToValidUtf8(value);
  Check(value.size() <= std::numeric_limits<rapidjson::SizeType>::max() &&
            impl_->writer.String(value.data(), static_cast<rapidjson::SizeType>(value.size())),
        "a string");
}

void JsonWriter::Int64(int64_t value) {
  if (impl_->ok) Check(impl_->writer.Int64(value), "an integer");
}

void JsonWriter::Uint64(uint64_t value) {
  if (impl_->ok) Check(impl_->writer.Uint64(value), "an integer");
}

void JsonWriter::Double(double value) {
  if (impl_->ok && !impl_->writer.Double(value)) Fail("the number " + std::to_string(value));
}

void JsonWriter::Bool(bool value) {
  if (impl_->ok) Check(impl_->writer.Bool(value), "a boolean");
}

bool JsonWriter::Finish(std::string* error) {
  if (impl_->ok && !impl_->writer.IsComplete()) Fail("an incomplete document");
  if (!impl_->ok) {
    *error = impl_->error;
    return false;
  }
  impl_->output.Put('\n');
  return true;
}

}  // namespace stancegraph::exporters
