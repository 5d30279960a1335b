// Reading gold files (gold.h): one document a line, every problem named by
// FILE:LINE, a bad line skipped.
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <system_error>
#include <utility>

#include "core/utf8.h"
#include "extract/evaluation/gold.h"
#include "extract/evaluation/text_match.h"
#include "extract/text.h"

namespace stancegraph::evaluation {
namespace {

// A line that cannot be used: thrown inside the reader, reported by it.
struct LineError {
  std::string message;
};

std::string Field(const char* name) { return std::string("`") + name + "`"; }

std::string RequiredString(const rapidjson::Value& object, const char* name,
                           const std::string& context) {
  const auto member = object.FindMember(name);
  if (member == object.MemberEnd()) {
    throw LineError{context + "missing string field " + Field(name)};
  }
  if (!member->value.IsString())
    throw LineError{context + "field " + Field(name) + " is not a string"};
  std::string value(member->value.GetString(), member->value.GetStringLength());
  if (value.empty()) throw LineError{context + "field " + Field(name) + " is empty"};
  return value;
}

class LineReader {
 public:
  LineReader(std::string where, GoldSet* set) : where_(std::move(where)), set_(set) {}

  // The document on this line, or nothing (the problems are reported).
  std::optional<GoldDocument> Read(const std::string& line) {
    try {
      return Parse(line);
    } catch (const LineError& error) {
      Report(error.message);
      return std::nullopt;
    }
  }

 private:
  void Report(std::string message) {
    set_->problems.push_back(Problem{where_, std::move(message)});
  }

  GoldDocument Parse(const std::string& line) {
    if (!IsValidUtf8(line)) throw LineError{"invalid UTF-8"};
    rapidjson::Document json;
    json.Parse(line.data(), line.size());
    if (json.HasParseError()) {
      throw LineError{"invalid JSON at offset " + std::to_string(json.GetErrorOffset()) + ": " +
                      SentenceToProblemText(rapidjson::GetParseError_En(json.GetParseError()))};
    }
    if (!json.IsObject()) throw LineError{"not a JSON object"};

    GoldDocument gold;
    gold.document.id = RequiredString(json, "id", "");
    gold.document.text = RequiredString(json, "text", "");
    const auto triples = std::as_const(json).FindMember("triples");
    if (triples == std::as_const(json).MemberEnd()) throw LineError{"missing array field `triples`"};
    if (!triples->value.IsArray()) throw LineError{"field `triples` is not an array"};
    size_t number = 0;
    for (const rapidjson::Value& triple : triples->value.GetArray()) {
      gold.triples.push_back(ParseTriple(triple, "triple " + std::to_string(++number) + ": "));
    }
    // Optional fields last: a line that is skipped reports only why.
    OptionalString(json, "speaker", &gold.document.speaker);
    OptionalString(json, "date", &gold.document.date);
    OptionalString(json, "title", &gold.document.title);
    OptionalTags(json, "", &gold.tags);
    return gold;
  }

  GoldTriple ParseTriple(const rapidjson::Value& object, const std::string& context) {
    if (!object.IsObject()) throw LineError{context + "not a JSON object"};
    GoldTriple triple;
    triple.actor = RequiredString(object, "actor", context);
    triple.actor_match = RequiredString(object, "actor_match", context);
    const std::string stance = RequiredString(object, "stance", context);
    triple.topic = RequiredString(object, "topic", context);
    triple.topic_match = RequiredString(object, "topic_match", context);
    triple.evidence = RequiredString(object, "evidence", context);
    std::optional<Stance> parsed = ParseStance(stance);
    if (!parsed) {
      throw LineError{context + "unknown stance " + QuoteForProblem(stance) +
                      " (support or oppose)"};
    }
    triple.stance = *parsed;
    triple.actor_regex = Compile(triple.actor_match, "actor_match", context);
    triple.topic_regex = Compile(triple.topic_match, "topic_match", context);
    OptionalTags(object, context, &triple.tags);
    return triple;
  }

  static MatchRegex Compile(const std::string& pattern, const char* name,
                            const std::string& context) {
    try {
      return CompileMatchRegex(pattern);
    } catch (const std::regex_error& error) {
      throw LineError{context + "bad regex in " + Field(name) + " " + QuoteForProblem(pattern) +
                      ": " + SentenceToProblemText(error.what())};
    }
  }

  // A wrong optional field costs only that field; null counts as absent.
  void OptionalString(const rapidjson::Value& object, const char* name, std::string* out) {
    const auto member = object.FindMember(name);
    if (member == object.MemberEnd() || member->value.IsNull()) return;
    if (!member->value.IsString()) {
      return Report("field " + Field(name) + " is not a string (ignored)");
    }
    out->assign(member->value.GetString(), member->value.GetStringLength());
  }

  void OptionalTags(const rapidjson::Value& object, const std::string& context,
                    std::vector<std::string>* out) {
    const auto member = object.FindMember("tags");
    if (member == object.MemberEnd() || member->value.IsNull()) return;
    bool good = member->value.IsArray();
    if (good) {
      for (const rapidjson::Value& tag : member->value.GetArray()) {
        good = good && tag.IsString() && tag.GetStringLength() > 0;
      }
    }
    if (!good) return Report(context + "field `tags` is not an array of tag names (ignored)");
    for (const rapidjson::Value& tag : member->value.GetArray()) {
      out->emplace_back(tag.GetString(), tag.GetStringLength());
    }
  }

  std::string where_;
  GoldSet* set_;
};

}  // namespace

GoldSet ReadGold(std::istream& in, const std::string& name) {
  GoldSet set;
  std::map<std::string, size_t> first_line;  // id -> line
  std::string line;
  for (size_t number = 1; std::getline(in, line); ++number) {
    if (number == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
    if (Trim(line).empty()) continue;
    const std::string where = name + ":" + std::to_string(number);
    std::optional<GoldDocument> document = LineReader(where, &set).Read(line);
    if (!document) continue;
    auto [it, inserted] = first_line.emplace(document->document.id, number);
    if (!inserted) {
      set.problems.push_back(Problem{where, "repeated id " + QuoteForProblem(it->first) +
                                                " (first on line " + std::to_string(it->second) +
                                                ")"});
      continue;
    }
    document->line = number;
    set.documents.push_back(std::move(*document));
  }
  if (in.bad()) set.problems.push_back(Problem{name, "read error"});
  return set;
}

GoldSet ReadGoldFile(const std::string& path) {
  auto unreadable = [](std::string where, std::string message) {
    GoldSet set;
    set.opened = false;
    set.problems.push_back(Problem{std::move(where), std::move(message)});
    return set;
  };
  if (path.empty()) return unreadable("\"\"", "empty path");
  std::error_code type_error;
  if (std::filesystem::is_directory(path, type_error)) return unreadable(path, "is a directory");
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in.is_open()) {
    const int error = errno;
    return unreadable(path, error != 0
                                ? SentenceToProblemText(std::generic_category().message(error))
                                : "cannot open file");
  }
  GoldSet set = ReadGold(in, path);
  if (set.documents.empty() && set.problems.empty()) {
    set.problems.push_back(Problem{path, "no gold documents"});
  }
  return set;
}

}  // namespace stancegraph::evaluation
