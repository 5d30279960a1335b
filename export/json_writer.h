// JsonWriter: a pretty-printing JSON writer that checks every call.
//
// Wraps RapidJSON's PrettyWriter (kept out of this header) with encoding
// validation on. Strings that are not valid UTF-8 are written with U+FFFD in
// place of the bad bytes, so the output is always valid UTF-8. The first
// call RapidJSON refuses (NaN, a misplaced key) is remembered and every
// later call is ignored; Finish() then reports it. Private to export/.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace stancegraph::exporters {

class JsonWriter {
 public:
  JsonWriter();
  ~JsonWriter();
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  void StartObject();
  void EndObject();
  void StartArray();
  void EndArray();
  void Key(std::string_view key);
  void String(std::string_view value);
  void Int64(int64_t value);
  void Uint64(uint64_t value);
  void Double(double value);
  void Bool(bool value);

  // Key followed by a string value.
  void Member(std::string_view key, std::string_view value) {
    Key(key);
    String(value);
  }

  // The document (with a final newline), or false with `*error` set.
  bool Finish(std::string* text, std::string* error);

 private:
  struct Impl;
  void Check(bool ok, std::string_view what);

  std::unique_ptr<Impl> impl_;
};

}  // namespace stancegraph::exporters
