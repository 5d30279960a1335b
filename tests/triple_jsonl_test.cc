#include "core/triple_jsonl.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "core/utf8.h"

namespace stancegraph {
namespace {

StanceTriple SampleTriple() {
  StanceTriple t;
  t.doc = "news/a.txt";
  t.sentence = "France backs the plan.";
  t.start = 10;
  t.end = 32;
  t.actor = "France";
  t.actor_mention = "France";
  t.actor_type = ActorType::kCountry;
  t.stance = Stance::kSupport;
  t.topic = "the plan";
  t.topic_mention = "the plan";
  t.cue = "backs";
  t.confidence = 0.8;
  return t;
}

void ExpectSameTriple(const StanceTriple& a, const StanceTriple& b) {
  EXPECT_EQ(a.doc, b.doc);
  EXPECT_EQ(a.sentence, b.sentence);
  EXPECT_EQ(a.start, b.start);
  EXPECT_EQ(a.end, b.end);
  EXPECT_EQ(a.actor, b.actor);
  EXPECT_EQ(a.actor_mention, b.actor_mention);
  EXPECT_EQ(a.actor_type, b.actor_type);
  EXPECT_EQ(a.stance, b.stance);
  EXPECT_EQ(a.topic, b.topic);
  EXPECT_EQ(a.topic_mention, b.topic_mention);
  EXPECT_EQ(a.cue, b.cue);
  EXPECT_DOUBLE_EQ(a.confidence, b.confidence);
  EXPECT_EQ(a.date, b.date);
  EXPECT_EQ(a.reported_by, b.reported_by);
  EXPECT_EQ(a.addressee, b.addressee);
  EXPECT_EQ(a.affiliation, b.affiliation);
}

TEST(TripleJsonlTest, WritesFieldsInFixedOrderAndOmitsEmptyOptionalOnes) {
  EXPECT_EQ(TripleToJsonLine(SampleTriple()),
            R"({"doc":"news/a.txt","sentence":"France backs the plan.","start":10,"end":32,)"
            R"("actor":"France","actor_mention":"France","actor_type":"country",)"
            R"("stance":"support","topic":"the plan","topic_mention":"the plan",)"
            R"("cue":"backs","confidence":0.8})");
}

TEST(TripleJsonlTest, WritesOptionalFieldsLastInFixedOrder) {
  StanceTriple t = SampleTriple();
  t.stance = Stance::kOppose;
  t.addressee = "Biden";
  t.date = "2024-07-09";
  t.reported_by = "Reuters";
  t.affiliation = "United States";
  const std::string line = TripleToJsonLine(t);
  EXPECT_NE(line.find(R"("stance":"oppose")"), std::string::npos) << line;
  EXPECT_NE(line.find(R"("confidence":0.8,"date":"2024-07-09","reported_by":"Reuters",)"
                      R"("addressee":"Biden","affiliation":"United States"})"),
            std::string::npos)
      << line;
}

TEST(TripleJsonlTest, RoundTripsQuotesBackslashesNewlinesAndNonAscii) {
  StanceTriple t = SampleTriple();
  t.doc = "C:\\news\\\"quoted\".txt";
  t.sentence =
      "He said: \"Non.\"\nThen\ta \\ backslash\r and \x01 control — caf\xC3\xA9 \xF0\x9F\x98\x80";
  t.actor = "Élysée";
  t.actor_mention = "l'Élysée";
  t.actor_type = ActorType::kOrganization;
  t.stance = Stance::kOppose;
  t.topic = "security guarantees";
  t.topic_mention = "\"guarantees\"";
  t.cue = "not ready to provide";
  t.confidence = 0.125;
  t.date = "2023-07-10";
  t.reported_by = "Agence France-Presse";
  t.addressee = "NATO\n";
  const std::string line = TripleToJsonLine(t);
  EXPECT_EQ(line.find('\n'), std::string::npos) << "a JSON line must stay one line";
  EXPECT_TRUE(IsValidUtf8(line));

  StanceTriple back;
  const std::optional<Problem> problem = TripleFromJsonLine(line, &back);
  ASSERT_FALSE(problem.has_value()) << problem->ToString();
  ExpectSameTriple(back, t);
}

TEST(TripleJsonlTest, RoundTripsEveryActorTypeAndStance) {
  for (ActorType type : {ActorType::kPerson, ActorType::kOrganization, ActorType::kCountry,
                         ActorType::kGroup, ActorType::kUnknown}) {
    for (Stance stance : {Stance::kSupport, Stance::kOppose}) {
      StanceTriple t = SampleTriple();
      t.actor_type = type;
      t.stance = stance;
      StanceTriple back;
      ASSERT_FALSE(TripleFromJsonLine(TripleToJsonLine(t), &back));
      EXPECT_EQ(back.actor_type, type);
      EXPECT_EQ(back.stance, stance);
    }
  }
}

TEST(TripleJsonlTest, WritesConfidenceRoundedToThreeDecimals) {
  const struct {
    double confidence;
    const char* written;
  } cases[] = {
      {0.8, "0.8"},
      {0.12345, "0.123"},
      {1.0 / 3.0, "0.333"},
      {2.0 / 3.0, "0.667"},
      {0.9996, "1.0"},
      {1.0, "1.0"},
      {0.0, "0.0"},
      {-0.0001, "0.0"},  // never "-0.0"
      {0.1 + 0.2, "0.3"},
      {std::numeric_limits<double>::quiet_NaN(), "0.0"},  // JSON has no NaN
      {std::numeric_limits<double>::infinity(), "0.0"},
  };
  for (const auto& c : cases) {
    StanceTriple t = SampleTriple();
    t.confidence = c.confidence;
    const std::string line = TripleToJsonLine(t);
    EXPECT_NE(line.find(std::string("\"confidence\":") + c.written + "}"), std::string::npos)
        << c.confidence << " -> " << line;
  }
}

// Strings are valid UTF-8 by contract; if a caller breaks that, the line is
// still complete, valid JSON rather than a truncated one.
TEST(TripleJsonlTest, WritesCompleteLineEvenWhenAStringIsInvalidUtf8) {
  StanceTriple t = SampleTriple();
  t.cue = "bad \xFF byte";
  const std::string line = TripleToJsonLine(t);
  EXPECT_TRUE(IsValidUtf8(line));
  StanceTriple back;
  ASSERT_FALSE(TripleFromJsonLine(line, &back));
  EXPECT_EQ(back.cue, "bad \xEF\xBF\xBD byte");
  EXPECT_EQ(back.actor, "France");
}

// A record written by hand: every field of SampleTriple() as raw JSON, in
// order, with one field replaced (or removed when `value` is nullopt).
std::string RecordWith(const std::string& field, std::optional<std::string> value) {
  const std::vector<std::pair<std::string, std::string>> fields = {
      {"doc", R"("a.txt")"},
      {"sentence", R"("France backs the plan.")"},
      {"start", "10"},
      {"end", "32"},
      {"actor", R"("France")"},
      {"actor_mention", R"("France")"},
      {"actor_type", R"("country")"},
      {"stance", R"("support")"},
      {"topic", R"("the plan")"},
      {"topic_mention", R"("the plan")"},
      {"cue", R"("backs")"},
      {"confidence", "0.8"},
  };
  std::string line = "{";
  bool replaced = false;
  for (const auto& [name, raw] : fields) {
    std::optional<std::string> written = raw;
    if (name == field) {
      written = value;
      replaced = true;
    }
    if (!written) continue;
    if (line.size() > 1) line += ",";
    line += "\"" + name + "\":" + *written;
  }
  if (!replaced && value) line += ",\"" + field + "\":" + *value;
  return line + "}";
}

TEST(TripleJsonlTest, ReportsTheFieldThatIsMissingOrWrong) {
  const struct {
    std::string line;
    std::string message;
  } cases[] = {
      {RecordWith("actor", std::nullopt), "missing string field `actor`"},
      {RecordWith("doc", std::nullopt), "missing string field `doc`"},
      {RecordWith("actor", "5"), "field `actor` is not a string"},
      {RecordWith("cue", "null"), "field `cue` is not a string"},
      {RecordWith("start", std::nullopt), "missing integer field `start`"},
      {RecordWith("start", "1.5"), "field `start` is not an integer"},
      {RecordWith("end", R"("32")"), "field `end` is not an integer"},
      {RecordWith("start", "-1"), "field `start` is negative"},
      {RecordWith("end", "9"), "field `end` is before `start`"},
      {RecordWith("stance", R"("maybe")"), "unknown stance `maybe`"},
      {RecordWith("stance", std::nullopt), "missing string field `stance`"},
      {RecordWith("actor_type", R"("alien")"), "unknown actor type `alien`"},
      {RecordWith("confidence", R"("high")"), "field `confidence` is not a number"},
      {RecordWith("confidence", std::nullopt), "missing number field `confidence`"},
      {RecordWith("date", "20240709"), "field `date` is not a string"},
      {RecordWith("addressee", "[]"), "field `addressee` is not a string"},
      {"[1, 2]", "not a JSON object"},
      {R"("just a string")", "not a JSON object"},
      {"", "invalid JSON at offset 0: the document is empty"},
      {"   ", "invalid JSON at offset 3: the document is empty"},
      {R"({"doc": "a.txt",)", "invalid JSON at offset 16: missing a name for object member"},
      {R"({"doc": "a.txt"} x)",
       "invalid JSON at offset 17: the document root must not be "
       "followed by other values"},
      {"{\"doc\": \"bad \xFF\"}", "invalid JSON at offset 13: invalid encoding in string"},
  };
  for (const auto& c : cases) {
    StanceTriple t;
    const std::optional<Problem> problem = TripleFromJsonLine(c.line, &t);
    ASSERT_TRUE(problem.has_value()) << c.line;
    EXPECT_EQ(problem->message, c.message) << c.line;
    EXPECT_EQ(problem->where, "") << "the caller fills in path:line";
  }
}

TEST(TripleJsonlTest, QuotesLongBadValuesShortAndOnOneLine) {
  StanceTriple t;
  const std::optional<Problem> problem =
      TripleFromJsonLine(RecordWith("stance", "\"" + std::string(50, 'x') + "\\nmore\""), &t);
  ASSERT_TRUE(problem.has_value());
  EXPECT_EQ(problem->message, "unknown stance `" + std::string(40, 'x') + "…`");
}

TEST(TripleJsonlTest, LeavesTripleUntouchedWhenReadingFails) {
  StanceTriple t = SampleTriple();
  t.doc = "kept";
  ASSERT_TRUE(TripleFromJsonLine(RecordWith("topic", "1"), &t));
  EXPECT_EQ(t.doc, "kept");
}

TEST(TripleJsonlTest, AcceptsAbsentOrNullOptionalFieldsAndIgnoresUnknownOnes) {
  for (const std::string& line :
       {RecordWith("date", std::nullopt), RecordWith("date", "null"),
        RecordWith("model", R"({"name": "rules", "v": [1]})"), RecordWith("confidence", "1")}) {
    StanceTriple t;
    t.date = "stale";
    const std::optional<Problem> problem = TripleFromJsonLine(line, &t);
    ASSERT_FALSE(problem.has_value()) << line << ": " << problem->message;
    EXPECT_EQ(t.date, "");
    EXPECT_EQ(t.actor, "France");
  }
}

TEST(TripleJsonlTest, ReadsConfidenceExactlyAsWritten) {
  StanceTriple t = SampleTriple();
  t.confidence = 0.123;
  StanceTriple back;
  ASSERT_FALSE(TripleFromJsonLine(TripleToJsonLine(t), &back));
  EXPECT_EQ(back.confidence, 0.123);  // bit for bit, not just nearly
}

TEST(TripleJsonlTest, TsvHasAllColumnsInJsonOrder) {
  EXPECT_EQ(TsvHeader(),
            "doc\tsentence\tstart\tend\tactor\tactor_mention\tactor_type\tstance\ttopic\t"
            "topic_mention\tcue\tconfidence\tdate\treported_by\taddressee\taffiliation");
  StanceTriple t = SampleTriple();
  t.addressee = "Biden";
  t.affiliation = "EU";
  EXPECT_EQ(TripleToTsvLine(t),
            "news/a.txt\tFrance backs the plan.\t10\t32\tFrance\tFrance\tcountry\tsupport\t"
            "the plan\tthe plan\tbacks\t0.8\t\t\tBiden\tEU");
}

TEST(TripleJsonlTest, TsvTurnsTabsAndNewlinesInsideValuesIntoSpaces) {
  StanceTriple t = SampleTriple();
  t.sentence = "one\ttwo\nthree\r\nfour";
  t.confidence = 2.0 / 3.0;
  const std::string line = TripleToTsvLine(t);
  EXPECT_NE(line.find("\tone two three  four\t"), std::string::npos) << line;
  EXPECT_NE(line.find("\t0.667\t"), std::string::npos) << line;
  EXPECT_EQ(line.find('\n'), std::string::npos);
  size_t tabs = 0;
  for (char c : line) tabs += c == '\t';
  EXPECT_EQ(tabs, 15u);
}

TEST(TripleJsonlTest, ReadTripleLinesKeepsGoodLinesAndReportsBadOnesByLine) {
  StanceTriple second = SampleTriple();
  second.doc = "news/b.txt";
  second.confidence = 2.0 / 3.0;
  std::istringstream in("\xEF\xBB\xBF" + TripleToJsonLine(SampleTriple()) + "\r\n" +
                        "\n"                            // blank: skipped, still counted
                        "{\"doc\": \"x\"}\n"              // line 3: a field missing
                        "not json\n" +                  // line 4
                        TripleToJsonLine(second) + "\n" + // line 5
                        "  \t\n");
  std::vector<StanceTriple> triples;
  std::vector<std::string> problems;
  const TripleReadCounts counts = ReadTripleLines(
      in, "shard.jsonl", [&](StanceTriple&& t) { triples.push_back(std::move(t)); },
      [&](const Problem& p) { problems.push_back(p.ToString()); });
  EXPECT_EQ(counts.lines, 6u);
  EXPECT_EQ(counts.triples, 2u);
  EXPECT_EQ(counts.problems, 2u);
  ASSERT_EQ(triples.size(), 2u);
  ExpectSameTriple(triples[0], SampleTriple());
  EXPECT_EQ(triples[1].doc, "news/b.txt");
  EXPECT_DOUBLE_EQ(triples[1].confidence, 0.667);  // as written, and as the graph rounds
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0], "shard.jsonl:3: missing string field `sentence`");
  EXPECT_EQ(problems[1].rfind("shard.jsonl:4: invalid JSON", 0), 0u) << problems[1];
}

TEST(TripleJsonlTest, RoundConfidenceIsWhatJsonLinesCarry) {
  for (double value : {0.0, 0.1, 2.0 / 3.0, 0.8499999, 0.9995, 1.0, -0.0001}) {
    StanceTriple t = SampleTriple();
    t.confidence = value;
    StanceTriple back;
    ASSERT_FALSE(TripleFromJsonLine(TripleToJsonLine(t), &back)) << value;
    EXPECT_EQ(back.confidence, RoundConfidence(value)) << value;
    EXPECT_EQ(RoundConfidence(back.confidence), back.confidence) << value;
  }
  EXPECT_EQ(RoundConfidence(std::nan("")), 0.0);
  EXPECT_FALSE(std::signbit(RoundConfidence(-0.0001)));
}

}  // namespace
}  // namespace stancegraph
