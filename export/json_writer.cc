// JsonWriter over rapidjson::PrettyWriter with kWriteValidateEncodingFlag.
// The flag must be the default flags macro, defined before any RapidJSON
// include: as a template argument it does not compile in RapidJSON 1.1.0.
#define RAPIDJSON_WRITE_DEFAULT_FLAGS kWriteValidateEncodingFlag
#include "export/json_writer.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <limits>

#include "core/utf8.h"

namespace stancegraph::exporters {

struct JsonWriter::Impl {
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> writer{buffer};
  bool ok = true;
  std::string error;
};

JsonWriter::JsonWriter() : impl_(std::make_unique<Impl>()) { impl_->writer.SetIndent(' ', 2); }

JsonWriter::~JsonWriter() = default;

void JsonWriter::Check(bool ok, std::string_view what) {
  if (!ok && impl_->ok) {
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
  std::string valid = IsValidUtf8(key) ? std::string(key) : ToValidUtf8(key);
  Check(valid.size() <= std::numeric_limits<rapidjson::SizeType>::max() &&
            impl_->writer.Key(valid.data(), static_cast<rapidjson::SizeType>(valid.size()), true),
        "key `" + valid + "`");
}

void JsonWriter::String(std::string_view value) {
  if (!impl_->ok) return;
  std::string valid = IsValidUtf8(value) ? std::string(value) : ToValidUtf8(value);
  Check(valid.size() <= std::numeric_limits<rapidjson::SizeType>::max() &&
            impl_->writer.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()),
                                 true),
        "a string");
}

void JsonWriter::Int64(int64_t value) {
  if (impl_->ok) Check(impl_->writer.Int64(value), "an integer");
}

void JsonWriter::Uint64(uint64_t value) {
  if (impl_->ok) Check(impl_->writer.Uint64(value), "an integer");
}

void JsonWriter::Double(double value) {
  if (impl_->ok) Check(impl_->writer.Double(value), "the number " + std::to_string(value));
}

void JsonWriter::Bool(bool value) {
  if (impl_->ok) Check(impl_->writer.Bool(value), "a boolean");
}

bool JsonWriter::Finish(std::string* text, std::string* error) {
  if (impl_->ok && !impl_->writer.IsComplete()) Check(false, "an incomplete document");
  if (!impl_->ok) {
    *error = impl_->error;
    return false;
  }
  text->assign(impl_->buffer.GetString(), impl_->buffer.GetSize());
  *text += '\n';
  return true;
}

}  // namespace stancegraph::exporters
