#include "core/triple_jsonl.h"

// Validate strings on output too: a cheap second check that nothing invalid
// slipped past the input boundary (the flag cannot be given as a template
// argument with RapidJSON 1.1.0, see ECOSYSTEM.md).
#define RAPIDJSON_WRITE_DEFAULT_FLAGS kWriteValidateEncodingFlag
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <array>
#include <cmath>
#include <cstdint>

#include "core/json_line_guard.h"
#include "core/utf8.h"

namespace stancegraph {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

// The always-present fields, in output order; date, reported_by, addressee
// and affiliation follow when not empty (TSV always has all sixteen columns).
constexpr std::array<std::string_view, 16> kColumns = {
    "doc",           "sentence",   "start",  "end",         "actor",
    "actor_mention", "actor_type", "stance", "topic",       "topic_mention",
    "cue",           "confidence", "date",   "reported_by", "addressee",
    "affiliation"};

// Rounds to 0.001 (RoundConfidence) so that output does not change with the
// last bits of a computed score. JSON has no NaN or infinity: those become 0.
double StableConfidence(double confidence) { return RoundConfidence(confidence); }

bool WriteKey(JsonWriter& writer, std::string_view key) {
  return writer.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
}

bool WriteString(JsonWriter& writer, std::string_view key, const std::string& value) {
  return WriteKey(writer, key) &&
         writer.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

bool WriteOptional(JsonWriter& writer, std::string_view key, const std::string& value) {
  return value.empty() || WriteString(writer, key, value);
}

// Returns false when the writer refuses a value (invalid UTF-8).
bool WriteTriple(const StanceTriple& t, rapidjson::StringBuffer* buffer) {
  JsonWriter writer(*buffer);
  const std::string actor_type(ActorTypeName(t.actor_type));
  const std::string stance(StanceName(t.stance));
  return writer.StartObject() && WriteString(writer, "doc", t.doc) &&
         WriteString(writer, "sentence", t.sentence) && WriteKey(writer, "start") &&
         writer.Int64(t.start) && WriteKey(writer, "end") && writer.Int64(t.end) &&
         WriteString(writer, "actor", t.actor) &&
         WriteString(writer, "actor_mention", t.actor_mention) &&
         WriteString(writer, "actor_type", actor_type) && WriteString(writer, "stance", stance) &&
         WriteString(writer, "topic", t.topic) &&
         WriteString(writer, "topic_mention", t.topic_mention) &&
         WriteString(writer, "cue", t.cue) && WriteKey(writer, "confidence") &&
         writer.Double(StableConfidence(t.confidence)) && WriteOptional(writer, "date", t.date) &&
         WriteOptional(writer, "reported_by", t.reported_by) &&
         WriteOptional(writer, "addressee", t.addressee) &&
         WriteOptional(writer, "affiliation", t.affiliation) && writer.EndObject();
}

StanceTriple WithValidStrings(StanceTriple t) {
  for (std::string* s : {&t.doc, &t.sentence, &t.actor, &t.actor_mention, &t.topic,
                         &t.topic_mention, &t.cue, &t.date, &t.reported_by, &t.addressee,
                         &t.affiliation}) {
    *s = ToValidUtf8(*s);
  }
  return t;
}

// Same number formatting as the JSON output, so TSV and JSON agree.
std::string FormatConfidence(double confidence) {
  rapidjson::StringBuffer buffer;
  JsonWriter writer(buffer);
  writer.Double(StableConfidence(confidence));  // cannot fail: the value is finite
  return buffer.GetString();
}

// Reads fields from one JSON object; the first problem found is kept and
// later reads do nothing, so a record reports the earliest bad field.
class FieldReader {
 public:
  explicit FieldReader(const rapidjson::Value& object) : object_(object) {}

  void String(const char* name, std::string* out) {
    const rapidjson::Value* value = Find(name, "string");
    if (value == nullptr) return;
    if (!value->IsString()) return Fail(name, "is not a string");
    out->assign(value->GetString(), value->GetStringLength());
  }

  // Absent or null means empty: optional fields are often written as null by
  // other tools.
  void OptionalString(const char* name, std::string* out) {
    const auto member = object_.FindMember(name);
    if (member == object_.MemberEnd() || member->value.IsNull()) return;
    String(name, out);
  }

  void Integer(const char* name, int64_t* out) {
    const rapidjson::Value* value = Find(name, "integer");
    if (value == nullptr) return;
    if (!value->IsInt64()) return Fail(name, "is not an integer");
    *out = value->GetInt64();
  }

  void Number(const char* name, double* out) {
    const rapidjson::Value* value = Find(name, "number");
    if (value == nullptr) return;
    if (!value->IsNumber()) return Fail(name, "is not a number");
    *out = value->GetDouble();
  }

  void Check(bool ok, std::string message) {
    if (!problem_ && !ok) problem_ = Problem{"", std::move(message)};
  }

  const std::optional<Problem>& problem() const { return problem_; }

 private:
  const rapidjson::Value* Find(const char* name, const char* type) {
    if (problem_) return nullptr;
    const auto member = object_.FindMember(name);
    if (member == object_.MemberEnd()) {
      problem_ = Problem{"", std::string("missing ") + type + " field `" + name + "`"};
      return nullptr;
    }
    return &member->value;
  }

  void Fail(const char* name, const char* what) {
    problem_ = Problem{"", std::string("field `") + name + "` " + what};
  }

  const rapidjson::Value& object_;
  std::optional<Problem> problem_;
};

std::optional<Problem> ReadFields(const rapidjson::Value& object, StanceTriple* t) {
  FieldReader fields(object);
  std::string actor_type;
  std::string stance;
  fields.String("doc", &t->doc);
  fields.String("sentence", &t->sentence);
  fields.Integer("start", &t->start);
  fields.Integer("end", &t->end);
  fields.Check(t->start >= 0, "field `start` is negative");
  fields.Check(t->end >= t->start, "field `end` is before `start`");
  fields.String("actor", &t->actor);
  fields.String("actor_mention", &t->actor_mention);
  fields.String("actor_type", &actor_type);
  if (!fields.problem()) {
    const std::optional<ActorType> parsed = ParseActorType(actor_type);
    fields.Check(parsed.has_value(), "unknown actor type " + QuoteForProblem(actor_type));
    if (parsed) t->actor_type = *parsed;
  }
  fields.String("stance", &stance);
  if (!fields.problem()) {
    const std::optional<Stance> parsed = ParseStance(stance);
    fields.Check(parsed.has_value(), "unknown stance " + QuoteForProblem(stance));
    if (parsed) t->stance = *parsed;
  }
  fields.String("topic", &t->topic);
  fields.String("topic_mention", &t->topic_mention);
  fields.String("cue", &t->cue);
  fields.Number("confidence", &t->confidence);
  fields.OptionalString("date", &t->date);
  fields.OptionalString("reported_by", &t->reported_by);
  fields.OptionalString("addressee", &t->addressee);
  fields.OptionalString("affiliation", &t->affiliation);
  return fields.problem();
}

std::string TsvField(std::string_view value) {
  std::string out(value);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

// TripleFromJsonLine, also saying how many lone surrogate escapes were
// replaced by U+FFFD (`*repaired`), for ReadTripleLines to report.
std::optional<Problem> ParseTripleLine(std::string_view line, StanceTriple* triple,
                                       size_t* repaired) {
  *repaired = 0;
  const JsonLineScan scan = ScanJsonLine(line);
  if (scan.depth > kMaxJsonDepth) {
    return Problem{"", "JSON nested deeper than " + std::to_string(kMaxJsonDepth) +
                           " levels at offset " + std::to_string(scan.depth_offset)};
  }
  std::string repaired_line;
  if (scan.lone_surrogates > 0) {
    repaired_line = std::string(line);
    *repaired = ReplaceLoneSurrogateEscapes(&repaired_line);
    line = repaired_line;
  }
  rapidjson::Document json;
  // RapidJSON asserts on a null pointer, which an empty string_view may hold.
  const char* data = line.empty() ? "" : line.data();
  json.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseFullPrecisionFlag>(
      data, line.size());
  if (json.HasParseError()) {
    return Problem{"", "invalid JSON at offset " + std::to_string(json.GetErrorOffset()) + ": " +
                           SentenceToProblemText(rapidjson::GetParseError_En(json.GetParseError()))};
  }
  if (!json.IsObject()) return Problem{"", "not a JSON object"};
  StanceTriple parsed;  // *triple stays untouched on failure
  if (std::optional<Problem> problem = ReadFields(json, &parsed)) return problem;
  *triple = std::move(parsed);
  return std::nullopt;
}

}  // namespace

std::string TripleToJsonLine(const StanceTriple& triple) {
  rapidjson::StringBuffer buffer;
  if (!WriteTriple(triple, &buffer)) {
    // Only reachable when a caller broke the valid-UTF-8 invariant; writing
    // the repaired strings keeps the line valid JSON instead of truncating it.
    buffer.Clear();
    WriteTriple(WithValidStrings(triple), &buffer);
  }
  return std::string(buffer.GetString(), buffer.GetSize());
}

std::optional<Problem> TripleFromJsonLine(std::string_view line, StanceTriple* triple) {
  size_t repaired = 0;
  return ParseTripleLine(line, triple, &repaired);
}

std::string TripleToTsvLine(const StanceTriple& t) {
  const std::array<std::string, kColumns.size()> values = {
      t.doc,
      t.sentence,
      std::to_string(t.start),
      std::to_string(t.end),
      t.actor,
      t.actor_mention,
      std::string(ActorTypeName(t.actor_type)),
      std::string(StanceName(t.stance)),
      t.topic,
      t.topic_mention,
      t.cue,
      FormatConfidence(t.confidence),
      t.date,
      t.reported_by,
      t.addressee,
      t.affiliation,
  };
  std::string line;
  for (size_t i = 0; i < values.size(); ++i) {
    if (i > 0) line += '\t';
    line += TsvField(values[i]);
  }
  return line;
}

std::string TsvHeader() {
  std::string header;
  for (size_t i = 0; i < kColumns.size(); ++i) {
    if (i > 0) header += '\t';
    header += kColumns[i];
  }
  return header;
}

TripleReadCounts ReadTripleLines(std::istream& in, const std::string& name,
                                 const std::function<void(StanceTriple&&)>& on_triple,
                                 const std::function<void(const Problem&)>& on_problem,
                                 const std::function<bool()>& stop) {
  TripleReadCounts counts;
  std::string line;
  while (!(stop && stop()) && std::getline(in, line)) {
    ++counts.lines;
    if (counts.lines == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    StanceTriple triple;
    size_t repaired = 0;
    std::optional<Problem> problem = ParseTripleLine(line, &triple, &repaired);
    if (repaired > 0 || problem) ++counts.problems;
    if (repaired > 0) {
      on_problem(Problem{name + ":" + std::to_string(counts.lines),
                         LoneSurrogatesMessage(repaired)});
    }
    if (problem) {
      on_problem(Problem{name + ":" + std::to_string(counts.lines), problem->message});
      continue;
    }
    ++counts.triples;
    on_triple(std::move(triple));
  }
  if (in.bad()) {
    ++counts.problems;
    on_problem(Problem{name, "read failed after line " + std::to_string(counts.lines)});
  }
  return counts;
}

}  // namespace stancegraph
