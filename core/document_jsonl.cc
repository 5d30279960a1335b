#include "core/document_jsonl.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <string_view>

#include "core/utf8.h"

namespace stancegraph {

std::string DocumentToJsonLine(const Document& document) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  writer.StartObject();
  const auto field = [&writer](std::string_view key, const std::string& value, bool always) {
    if (value.empty() && !always) return;
    const std::string valid = ToValidUtf8(value);
    writer.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
    writer.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
  };
  field("id", document.id, true);
  field("text", document.text, true);
  field("date", document.date, false);
  field("source", document.source, false);
  field("title", document.title, false);
  field("speaker", document.speaker, false);
  writer.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace stancegraph
