// JsonWriter: a pretty-printing JSON writer that checks every call and
// writes straight into an std::ostream, so a document of any size streams
// out as it is written instead of being held in memory.
//
// Wraps RapidJSON's PrettyWriter (kept out of this header) with encoding
// validation on. Strings that are not valid UTF-8 are written with U+FFFD in
// place of the bad bytes, so the output is always valid UTF-8. The first
// call RapidJSON refuses (NaN, a misplaced key) is remembered and every
// later call is ignored; Finish() then reports it, and what was already
// written must be thrown away. Private to export/.
#pragma once

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace stancegraph::exporters {

class JsonWriter {
 public:
  // `out` must outlive the writer.
  explicit JsonWriter(std::ostream& out);
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

  // Ends the document with a newline; false with `*error` set when a call
  // was refused or the document is incomplete.
  bool Finish(std::string* error);

 private:
  struct Impl;
  // Remember the first refusal; `what` names the refused call.
  void Check(bool ok, std::string_view what);
  void Fail(std::string_view what);

  std::unique_ptr<Impl> impl_;
};

}  // namespace stancegraph::exporters
