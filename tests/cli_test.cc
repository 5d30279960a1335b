// End-to-end tests of the `stancegraph` command.
//
// Each test runs the real binary (STANCEGRAPH_BINARY, from CMake) in a fresh
// temporary directory, with standard input, output and error redirected to
// files there, and checks the exit status (see `stancegraph build --help`:
// 0 ok, 1 input skipped or damaged, 2 usage, 3 output not written), what
// reached standard output and what was reported on standard error.
//
// Test data lives in tests/data/cli/ (STANCEGRAPH_TEST_DATA); inputs that must
// hold exact bytes (invalid UTF-8) are written by the tests themselves.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "cli_test_support.h"

namespace {

using namespace stancegraph::cli_test;

// ---------------------------------------------------------------------------
// Text

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> fields;
  size_t start = 0;
  for (size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1) {
    fields.push_back(line.substr(start, tab - start));
  }
  fields.push_back(line.substr(start));
  return fields;
}

// ---------------------------------------------------------------------------
// A strict UTF-8 check, written here rather than taken from core/ so that the
// output is judged independently of the code that produced it.

bool IsValidUtf8(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    const auto byte = static_cast<unsigned char>(text[i]);
    size_t length = 0;
    unsigned code_point = 0;
    if (byte < 0x80) {
      ++i;
      continue;
    } else if (byte >= 0xC2 && byte <= 0xDF) {
      length = 2;
      code_point = byte & 0x1Fu;
    } else if (byte >= 0xE0 && byte <= 0xEF) {
      length = 3;
      code_point = byte & 0x0Fu;
    } else if (byte >= 0xF0 && byte <= 0xF4) {
      length = 4;
      code_point = byte & 0x07u;
    } else {
      return false;
    }
    if (i + length > text.size()) return false;
    for (size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) return false;
      code_point = (code_point << 6) | (next & 0x3Fu);
    }
    if ((length == 3 && code_point < 0x800) || (length == 4 && code_point < 0x10000) ||
        (code_point >= 0xD800 && code_point <= 0xDFFF) || code_point > 0x10FFFF) {
      return false;
    }
    i += length;
  }
  return true;
}

// ---------------------------------------------------------------------------
// A small reader for the flat JSON objects `extract` writes (string and
// number values only): enough to check field names, their order and values
// without linking a JSON library into this test.

struct JsonObject {
  std::vector<std::string> keys;            // in the order written
  std::map<std::string, std::string> values;  // strings decoded, numbers as text

  std::string operator[](const std::string& key) const {
    auto it = values.find(key);
    return it == values.end() ? std::string() : it->second;
  }
  bool Has(const std::string& key) const { return values.count(key) != 0; }
};

class FlatJsonParser {
 public:
  explicit FlatJsonParser(std::string_view text) : text_(text) {}

  std::optional<JsonObject> Parse() {
    JsonObject object;
    SkipSpace();
    if (!Eat('{')) return std::nullopt;
    SkipSpace();
    if (!Eat('}')) {
      do {
        SkipSpace();
        std::string key, value;
        if (!String(&key)) return std::nullopt;
        SkipSpace();
        if (!Eat(':')) return std::nullopt;
        SkipSpace();
        if (Peek() == '"' ? !String(&value) : !Number(&value)) return std::nullopt;
        if (object.values.count(key)) return std::nullopt;  // duplicate key
        object.keys.push_back(key);
        object.values[key] = value;
        SkipSpace();
      } while (Eat(','));
      if (!Eat('}')) return std::nullopt;
    }
    SkipSpace();
    if (pos_ != text_.size()) return std::nullopt;
    return object;
  }

 private:
  char Peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }
  bool Eat(char c) {
    if (Peek() != c || pos_ >= text_.size()) return false;
    ++pos_;
    return true;
  }
  void SkipSpace() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t')) ++pos_;
  }

  bool Number(std::string* out) {
    const size_t start = pos_;
    while (pos_ < text_.size() && std::string_view("+-0123456789.eE").find(text_[pos_]) !=
                                      std::string_view::npos) {
      ++pos_;
    }
    if (pos_ == start) return false;
    *out = std::string(text_.substr(start, pos_ - start));
    char* end = nullptr;
    std::strtod(out->c_str(), &end);
    return *end == '\0';
  }

  bool Hex4(unsigned* out) {
    if (pos_ + 4 > text_.size()) return false;
    *out = 0;
    for (int k = 0; k < 4; ++k) {
      const char c = text_[pos_++];
      *out <<= 4;
      if (c >= '0' && c <= '9') *out |= static_cast<unsigned>(c - '0');
      else if (c >= 'a' && c <= 'f') *out |= static_cast<unsigned>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') *out |= static_cast<unsigned>(c - 'A' + 10);
      else return false;
    }
    return true;
  }

  static void AppendUtf8(unsigned cp, std::string* out) {
    if (cp < 0x80) {
      *out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      *out += static_cast<char>(0xC0 | (cp >> 6));
      *out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      *out += static_cast<char>(0xE0 | (cp >> 12));
      *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      *out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      *out += static_cast<char>(0xF0 | (cp >> 18));
      *out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      *out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  bool String(std::string* out) {
    if (!Eat('"')) return false;
    out->clear();
    while (pos_ < text_.size()) {
      const char c = text_[pos_++];
      if (c == '"') return true;
      if (static_cast<unsigned char>(c) < 0x20) return false;  // raw control character
      if (c != '\\') {
        *out += c;
        continue;
      }
      if (pos_ >= text_.size()) return false;
      switch (text_[pos_++]) {
        case '"': *out += '"'; break;
        case '\\': *out += '\\'; break;
        case '/': *out += '/'; break;
        case 'b': *out += '\b'; break;
        case 'f': *out += '\f'; break;
        case 'n': *out += '\n'; break;
        case 'r': *out += '\r'; break;
        case 't': *out += '\t'; break;
        case 'u': {
          unsigned cp = 0;
          if (!Hex4(&cp)) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            unsigned low = 0;
            if (!Eat('\\') || !Eat('u') || !Hex4(&low) || low < 0xDC00 || low > 0xDFFF) {
              return false;
            }
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return false;
          }
          AppendUtf8(cp, out);
          break;
        }
        default:
          return false;
      }
    }
    return false;
  }

  std::string_view text_;
  size_t pos_ = 0;
};

// The fields every triple has, in the order they are written.
const std::vector<std::string> kRequiredFields = {
    "doc",   "sentence",      "start", "end", "actor",      "actor_mention",
    "actor_type", "stance", "topic", "topic_mention", "cue", "confidence"};

const std::vector<std::string> kTsvColumns = {
    "doc",   "sentence",      "start", "end",        "actor", "actor_mention", "actor_type",
    "stance", "topic", "topic_mention", "cue", "confidence", "date", "reported_by", "addressee",
    "affiliation"};

// Parses every line of `extract` output; a line that is not a flat JSON
// object is a test failure.
std::vector<JsonObject> ParseTriples(const std::string& out) {
  std::vector<JsonObject> triples;
  if (!out.empty()) {
    EXPECT_EQ(out.back(), '\n') << "output does not end with a newline";
  }
  for (const std::string& line : Lines(out)) {
    std::optional<JsonObject> object = FlatJsonParser(line).Parse();
    if (!object) {
      ADD_FAILURE() << "not a flat JSON object: " << line;
      continue;
    }
    triples.push_back(*object);
  }
  return triples;
}

// "Germany support climate package": what a triple says, for comparisons.
std::string Claim(const JsonObject& triple) {
  return triple["actor"] + " " + triple["stance"] + " " + triple["topic"];
}

std::multiset<std::string> Claims(const std::vector<JsonObject>& triples) {
  std::multiset<std::string> claims;
  for (const JsonObject& triple : triples) claims.insert(Claim(triple));
  return claims;
}

// Field names and order: the required ones, then `date`, `reported_by` and
// `addressee`, each only when present.
void ExpectFieldLayout(const JsonObject& triple, bool with_date) {
  std::vector<std::string> expected = kRequiredFields;
  for (const char* optional : {"date", "reported_by", "addressee"}) {
    if (std::string(optional) == "date" ? with_date : triple.Has(optional)) {
      expected.push_back(optional);
    }
  }
  EXPECT_EQ(triple.keys, expected) << Claim(triple);
}

// ---------------------------------------------------------------------------
// Running the binary (cli_test_support.h)

class CliTest : public BinaryTest {
 protected:
  CliTest() : BinaryTest("stancegraph_cli_test") {}
};

// ---------------------------------------------------------------------------
// Help and version

TEST_F(CliTest, HelpPrintsUsageOnStandardOutputAndExitsZero) {
  struct Case {
    std::vector<std::string> args;
    std::string usage_line;  // first line of the text
    std::string mentions;    // something only this text says
  };
  const Case cases[] = {
      {{"--help"}, "usage: stancegraph COMMAND [options]", "commands:"},
      {{"-h"}, "usage: stancegraph COMMAND [options]", "commands:"},
      {{"help"}, "usage: stancegraph COMMAND [options]", "commands:"},
      {{"build", "--help"}, "usage: stancegraph build INPUT... [-o DIR] [options]", "--output DIR"},
      {{"build", "-h"}, "usage: stancegraph build INPUT... [-o DIR] [options]", "graph.jsonld"},
      {{"help", "build"}, "usage: stancegraph build INPUT... [-o DIR] [options]", "--top N"},
      {{"extract", "--help"}, "usage: stancegraph extract INPUT... [--format jsonl|tsv] [options]",
       "--format jsonl|tsv"},
      {{"extract", "in.txt", "--help"},
       "usage: stancegraph extract INPUT... [--format jsonl|tsv] [options]", "JSON Lines"},
      {{"eval", "--help"}, "usage: stancegraph eval --gold FILE [--gold FILE...] [options]",
       "--fail-under F1"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(testing::PrintToString(c.args));
    RunResult result = Run(c.args);
    EXPECT_EQ(result.status, 0) << Describe(result);
    EXPECT_EQ(result.err, "");
    ASSERT_FALSE(Lines(result.out).empty());
    EXPECT_EQ(Lines(result.out)[0], c.usage_line);
    EXPECT_TRUE(Contains(result.out, c.mentions)) << result.out;
    EXPECT_TRUE(Contains(result.out, "Exit status") || c.mentions == "commands:") << result.out;
  }
}

TEST_F(CliTest, VersionPrintsNameAndVersionNumber) {
  RunResult result = Run({"--version"});
  EXPECT_EQ(result.status, 0) << Describe(result);
  EXPECT_TRUE(std::regex_match(result.out, std::regex("stancegraph [0-9]+\\.[0-9]+\\.[0-9]+\n")))
      << result.out;
  EXPECT_EQ(result.err, "");
}

// ---------------------------------------------------------------------------
// Usage errors: exit 2, nothing on standard output, nothing written

TEST_F(CliTest, UsageErrorsExitTwoAndNameWhatIsWrong) {
  const std::string news = (kData / "news.txt").string();
  struct Case {
    std::vector<std::string> args;
    std::vector<std::string> stderr_parts;
  };
  const Case cases[] = {
      {{}, {"no command given", "--help"}},
      {{"frobnicate", news}, {"frobnicate", "unknown command"}},
      {{"--frobnicate"}, {"--frobnicate", "unknown command"}},
      {{"extract", "--bogus", news}, {"--bogus", "unknown option"}},
      {{"build", news, "--bogus"}, {"--bogus", "unknown option"}},
      {{"extract", "-o", "dir", news}, {"-o", "unknown option for `extract`"}},
      {{"build", "--format", "tsv", news}, {"--format", "unknown format `tsv`"}},
      {{"build", news, "--format", "dot,,svg"}, {"--format", "unknown format ``"}},
      {{"build", news, "--layout", "circo"}, {"--layout", "dot, neato, sfdp", "`circo`"}},
      {{"build", news, "--group", "party"}, {"--group", "type, camp, none", "`party`"}},
      {{"build", news, "--actor", " "}, {"--actor: needs WORDS"}},
      {{"build", news, "--min-weight", "-2"}, {"--min-weight", "`-2`"}},
      {{"extract", news, "--top", "3"}, {"--top", "unknown option for `extract`"}},
      {{"build", news, "-o"}, {"-o: needs a value"}},
      {{"build", news, "--output"}, {"--output: needs a value"}},
      {{"build", news, "--title"}, {"--title: needs a value"}},
      {{"extract", news, "--format"}, {"--format: needs a value"}},
      {{"extract", news, "--lexicon"}, {"--lexicon: needs a value"}},
      {{"extract", news, "--format", "xml"}, {"--format", "`xml`"}},
      {{"extract", news, "--format", "JSONL"}, {"--format", "`JSONL`"}},
      {{"extract", news, "--min-confidence", "7"}, {"--min-confidence", "`7`"}},
      {{"extract", news, "--min-confidence", "-0.1"}, {"--min-confidence", "`-0.1`"}},
      {{"extract", news, "--min-confidence", "high"}, {"--min-confidence", "`high`"}},
      {{"extract", news, "--min-confidence", ""}, {"--min-confidence", "``"}},
      {{"extract", news, "--min-confidence"}, {"--min-confidence: needs a value"}},
      {{"build", news, "--top", "many"}, {"--top", "`many`"}},
      {{"build", news, "--top", "-1"}, {"--top", "`-1`"}},
      {{"extract"}, {"extract", "no INPUT given"}},
      {{"build"}, {"build", "no INPUT given"}},
      {{"build", "-o", "out", "-q"}, {"no INPUT given"}},
      {{"build", news, "-o", ""}, {"-o: needs a path, got an empty string"}},
      {{"extract", news, "--lexicon", ""}, {"--lexicon: needs a path, got an empty string"}},
      {{"eval"}, {"eval: no --gold FILE given"}},
      {{"eval", news}, {news, "unexpected argument", "--gold FILE"}},
      {{"eval", "--gold"}, {"--gold: needs a value"}},
      {{"eval", "--gold", ""}, {"--gold: needs a path, got an empty string"}},
      {{"eval", "--gold", news, "--fail-under", "high"}, {"--fail-under", "`high`"}},
      {{"eval", "--gold", news, "--fail-under", "-0.5"}, {"--fail-under", "`-0.5`"}},
      {{"eval", "--gold", news, "--min-confidence", "2"}, {"--min-confidence", "`2`"}},
      {{"eval", "--gold", news, "--format", "tsv"}, {"--format", "unknown option for `eval`"}},
      {{"eval", "--gold", news, "-q"}, {"-q", "unknown option for `eval`"}},
      {{"extract", news, "--show"}, {"--show", "unknown option for `extract`"}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(testing::PrintToString(c.args));
    RunResult result = Run(c.args);
    EXPECT_EQ(result.status, 2) << Describe(result);
    EXPECT_EQ(result.out, "");
    EXPECT_TRUE(result.err.starts_with("stancegraph: ")) << result.err;
    EXPECT_EQ(Lines(result.err).size(), 1u) << result.err;
    for (const std::string& part : c.stderr_parts) {
      EXPECT_TRUE(Contains(result.err, part)) << "expected `" << part << "` in: " << result.err;
    }
  }
  EXPECT_FALSE(fs::exists(dir_ / "out")) << "a usage error must not write outputs";
  EXPECT_FALSE(fs::exists(dir_ / "dir"));
}

// `stancegraph build x --top 5000` (now --strongest) said "expects a number
// from 0.0 to 100": the maximum was cut to three characters (cli/options.cc,
// ParseNumber).
TEST_F(CliTest, StrongestOutOfRangeMessageNamesTheRealMaximum) {
  RunResult result = Run({"build", (kData / "news.txt").string(), "--strongest", "5000"});
  EXPECT_EQ(result.status, 2) << Describe(result);
  EXPECT_TRUE(Contains(result.err, "1000")) << result.err;
}

// strtod() reads "nan", and NaN fails both range comparisons, so it was
// accepted (cli/options.cc, ParseNumber); for --top the cast of NaN to size_t
// is undefined behaviour.
TEST_F(CliTest, NotANumberIsAUsageError) {
  const std::string news = (kData / "news.txt").string();
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"extract", news, "--min-confidence", "nan"},
        std::vector<std::string>{"build", news, "-o", "out", "--top", "nan"}}) {
    SCOPED_TRACE(testing::PrintToString(args));
    RunResult result = Run(args);
    EXPECT_EQ(result.status, 2) << Describe(result);
    EXPECT_TRUE(Contains(result.err, "`nan`")) << result.err;
  }
}

// `--top 2.5` listed two stances: the number was read as a double and cut
// to an integer (cli/options.cc). Counts take digits only, and numbers take
// a plain decimal form (strtod() also read " 0.5", "0x.8" and "1e1").
TEST_F(CliTest, NumbersMustBeWrittenPlainlyAndCountsWhole) {
  const std::string news = (kData / "news.txt").string();
  const struct {
    std::string option;
    std::string value;
  } refused[] = {
      {"--top", "2.5"}, {"--top", "2."},  {"--top", "1e1"},          {"--top", "+3"},
      {"--top", " 5"},  {"--top", "0x10"}, {"--top", "99999999999"}, {"--top", ""},
      {"--min-confidence", " 0.5"}, {"--min-confidence", "0x.8"}, {"--min-confidence", "1e"},
      {"--min-confidence", "."},    {"--min-confidence", "0.5 "}, {"--min-confidence", "inf"},
  };
  for (const auto& c : refused) {
    SCOPED_TRACE(c.option + " `" + c.value + "`");
    RunResult result = Run({"build", news, "-o", "out", c.option, c.value});
    EXPECT_EQ(result.status, 2) << Describe(result);
    EXPECT_TRUE(Contains(result.err, "stancegraph: " + c.option + ": expects a ")) << result.err;
    EXPECT_TRUE(Contains(result.err, "`" + c.value + "`")) << result.err;
  }
  EXPECT_TRUE(Contains(Run({"build", news, "--top", "2.5"}).err, "expects a whole number"));
  EXPECT_FALSE(fs::exists(dir_ / "out"));
  // Plain forms are still taken.
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"build", news, "-o", "out", "-q", "--top", "007"},
        std::vector<std::string>{"build", news, "-o", "out", "-q", "--min-confidence", ".5"},
        std::vector<std::string>{"build", news, "-o", "out", "-q", "--min-confidence", "5e-1"},
        std::vector<std::string>{"build", news, "-o", "out", "-q", "--min-confidence", "1"}}) {
    SCOPED_TRACE(testing::PrintToString(args));
    EXPECT_EQ(Run(args).status, 0);
  }
}

TEST_F(CliTest, BrokenLexiconIsAUsageErrorNamingFileAndLine) {
  const std::string lexicon = (kData / "broken_lexicon").string();
  const std::string news = (kData / "news.txt").string();
  const std::string where = (fs::path(lexicon) / "cues.tsv").string() + ":4:";
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"extract", "--lexicon", lexicon, news},
        std::vector<std::string>{"build", news, "-o", "out", "--lexicon", lexicon}}) {
    SCOPED_TRACE(testing::PrintToString(args));
    RunResult result = Run(args);
    EXPECT_EQ(result.status, 2) << Describe(result);
    EXPECT_EQ(result.out, "");
    EXPECT_TRUE(Contains(result.err, where)) << "expected `" << where << "` in: " << result.err;
  }
  EXPECT_FALSE(fs::exists(dir_ / "out")) << "nothing is written when the lexicon fails";
}

// `extract --format tsv` printed its header line before loading the lexicon,
// so a usage error (exit 2) still left output behind (cli/commands.cc,
// RunExtract).
TEST_F(CliTest, BrokenLexiconWritesNoTsvHeader) {
  RunResult result = Run({"extract", "--format", "tsv", "--lexicon",
                          (kData / "broken_lexicon").string(), (kData / "news.txt").string()});
  EXPECT_EQ(result.status, 2) << Describe(result);
  EXPECT_EQ(result.out, "");
}

TEST_F(CliTest, LexiconDirectoryWithoutFilesUsesTheBuiltInOnes) {
  fs::create_directory(dir_ / "empty_lexicon");
  const std::string news = (kData / "news.txt").string();
  RunResult built_in = Run({"extract", "-q", news});
  RunResult result = Run({"extract", "-q", "--lexicon", (dir_ / "empty_lexicon").string(), news});
  EXPECT_EQ(result.status, 0) << Describe(result);
  EXPECT_EQ(result.out, built_in.out);
}

// ---------------------------------------------------------------------------
// Damaged inputs: reported, skipped, the run goes on, exit 1

TEST_F(CliTest, MissingInputIsReportedAndOtherInputsStillRead) {
  const std::string missing = (dir_ / "no-such-dir" / "missing.txt").string();
  const std::string news = (kData / "news.txt").string();
  RunResult result = Run({"extract", missing, news});
  EXPECT_EQ(result.status, 1) << Describe(result);
  EXPECT_TRUE(Contains(result.err, "stancegraph: " + missing + ": no such file")) << result.err;
  EXPECT_TRUE(Contains(result.err, "1 input problem")) << result.err;
  std::vector<JsonObject> triples = ParseTriples(result.out);
  ASSERT_FALSE(triples.empty()) << Describe(result);
  for (const JsonObject& triple : triples) EXPECT_EQ(triple["doc"], news);
  EXPECT_EQ(Claims(triples).count("Germany support climate package"), 1u) << result.out;
}

TEST_F(CliTest, BadJsonLinesAreReportedByFileAndLineAndGoodLinesKept) {
  const std::string mixed = (kData / "mixed.jsonl").string();
  RunResult result = Run({"extract", mixed});
  EXPECT_EQ(result.status, 1) << Describe(result);
  EXPECT_TRUE(Contains(result.err, mixed + ":2: invalid JSON")) << result.err;
  EXPECT_TRUE(Contains(result.err, mixed + ":3: missing string field `text`")) << result.err;
  EXPECT_FALSE(Contains(result.err, mixed + ":1:")) << result.err;
  EXPECT_FALSE(Contains(result.err, mixed + ":4:")) << result.err;
  std::vector<JsonObject> triples = ParseTriples(result.out);
  ASSERT_EQ(triples.size(), 2u) << result.out;
  EXPECT_EQ(triples[0]["doc"], "first");
  EXPECT_EQ(Claim(triples[0]), "Germany support climate package");
  EXPECT_EQ(triples[1]["doc"], "last");
  EXPECT_EQ(Claim(triples[1]), "France oppose new tariffs");
}

TEST_F(CliTest, InvalidUtf8IsReplacedReportedAndOutputStaysValid) {
  // A lone continuation byte, an impossible byte and a truncated sequence.
  const std::string text =
      "Germany supports the \x80 climate package. France opposes the \xFF new tariffs. "
      "Poland backs the sanctions \xC3 against Russia.\n";
  const fs::path file = dir_ / "damaged.txt";
  WriteBytes(file, text);
  const std::string json_line =
      "{\"id\":\"j\",\"text\":\"Canada welcomed the \xFE ceasefire.\"}\n";
  const struct {
    std::vector<std::string> args;
    std::string input;
    std::string where;
  } cases[] = {
      {{"extract", file.string()}, "", file.string() + ": invalid UTF-8"},
      {{"extract", "-"}, text, "-: invalid UTF-8"},
      {{"extract", "-"}, json_line, "-:1: invalid UTF-8"},
      {{"extract", "--format", "tsv", file.string()}, "", file.string() + ": invalid UTF-8"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(testing::PrintToString(c.args));
    RunResult result = Run(c.args, c.input);
    EXPECT_EQ(result.status, 1) << Describe(result);
    EXPECT_TRUE(Contains(result.err, c.where)) << result.err;
    EXPECT_TRUE(IsValidUtf8(result.out)) << result.out;
    EXPECT_TRUE(Contains(result.out, "\xEF\xBF\xBD")) << "no U+FFFD in: " << result.out;
    if (c.args[1] != "--format") {
      std::vector<JsonObject> triples = ParseTriples(result.out);
      EXPECT_FALSE(triples.empty()) << Describe(result);
      for (const JsonObject& triple : triples) {
        for (const auto& [key, value] : triple.values) {
          EXPECT_TRUE(IsValidUtf8(value)) << key;
        }
      }
    }
  }
}

TEST_F(CliTest, EmptyInputsAreReported) {
  fs::create_directory(dir_ / "nothing_here");
  WriteBytes(dir_ / "nothing_here" / "notes.md", "Germany supports the climate package.\n");
  WriteBytes(dir_ / "blank.txt", " \n\n\t\n");
  const struct {
    std::vector<std::string> args;
    std::string input;
    std::string message;
  } cases[] = {
      {{"extract", "nothing_here"}, "", "nothing_here: no .txt or .jsonl files"},
      {{"extract", "blank.txt"}, "", "blank.txt: empty document"},
      {{"extract", "-"}, "", "-: empty document"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(testing::PrintToString(c.args));
    RunResult result = Run(c.args, c.input);
    EXPECT_EQ(result.status, 1) << Describe(result);
    EXPECT_EQ(result.out, "");
    EXPECT_TRUE(Contains(result.err, c.message)) << result.err;
  }
}

// An empty argument ("$UNSET_VARIABLE") was reported as ": no such file or
// directory", a problem without a place.
TEST_F(CliTest, EmptyStringInputIsReportedByName) {
  const std::string news = (kData / "news.txt").string();
  for (const char* command : {"extract", "build"}) {
    SCOPED_TRACE(command);
    RunResult result = Run({command, "", news, "-q"});
    EXPECT_EQ(result.status, 1) << Describe(result);
    EXPECT_TRUE(Contains(result.err, "stancegraph: \"\": empty path\n")) << result.err;
    EXPECT_FALSE(Contains(result.err, "stancegraph: : ")) << result.err;
    EXPECT_FALSE(Contains(result.err, "stancegraph: no such")) << result.err;
    EXPECT_EQ(Lines(result.err).size(), 1u) << result.err;
  }
  RunResult result = Run({"extract", "", news});
  EXPECT_TRUE(Contains(result.err, "1 input problem")) << result.err;
  EXPECT_EQ(Claims(ParseTriples(result.out)).count("Germany support climate package"), 1u);
}

// ---------------------------------------------------------------------------
// Output failures: exit 3, naming what could not be written

TEST_F(CliTest, BuildIntoAnUnwritableDirectoryExitsThreeNamingIt) {
  WriteBytes(dir_ / "somefile", "not a directory\n");
  // Under a regular file, and a regular file itself.
  for (const fs::path& target : {dir_ / "somefile" / "out", dir_ / "somefile"}) {
    SCOPED_TRACE(target.string());
    RunResult result = Run({"build", (kData / "news.txt").string(), "-o", target.string()});
    EXPECT_EQ(result.status, 3) << Describe(result);
    EXPECT_TRUE(Contains(result.err, "stancegraph: " + target.string() + ": ")) << result.err;
    EXPECT_EQ(ReadBytes(dir_ / "somefile"), "not a directory\n");
  }
}

// The reason was the library's sentence ("...: cannot create directory: Not
// a directory"); problems elsewhere read in lower case.
TEST_F(CliTest, DirectoryCreationFailureReadsLikeOtherProblems) {
  WriteBytes(dir_ / "somefile", "not a directory\n");
  const std::string target = (dir_ / "somefile" / "out").string();
  RunResult result = Run({"build", (kData / "news.txt").string(), "-o", target});
  EXPECT_EQ(result.status, 3) << Describe(result);
  EXPECT_TRUE(Contains(result.err, "stancegraph: " + target +
                                       ": cannot create directory: not a directory\n"))
      << result.err;
}

TEST_F(CliTest, BuildReportsEachOutputFileThatCannotBeWritten) {
  fs::create_directories(dir_ / "out" / "graph.dot");  // in the way of the file
  RunResult result = Run({"build", (kData / "news.txt").string(), "-o", "out"});
  EXPECT_EQ(result.status, 3) << Describe(result);
  EXPECT_TRUE(Contains(result.err, (fs::path("out") / "graph.dot").string() + ":")) << result.err;
  // The other outputs are still written.
  EXPECT_TRUE(Contains(ReadBytes(dir_ / "out" / "graph.svg"), "<svg"));
  EXPECT_TRUE(Contains(ReadBytes(dir_ / "out" / "graph.jsonld"), "@context"));
}

TEST_F(CliTest, ExtractToAFullDeviceExitsThree) {
  if (!fs::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
  for (const char* format : {"jsonl", "tsv"}) {
    SCOPED_TRACE(format);
    RunResult result =
        Run({"extract", "--format", format, kSamples.string()}, "", "/dev/full");
    EXPECT_EQ(result.status, 3) << Describe(result);
    EXPECT_TRUE(Contains(result.err, "standard output: write failed")) << result.err;
  }
}

// `--help > /dev/full` exited 0: the text was never checked as written.
TEST_F(CliTest, HelpAndVersionToAFullDeviceExitThree) {
  if (!fs::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"--help"}, std::vector<std::string>{"--version"},
        std::vector<std::string>{"build", "--help"}, std::vector<std::string>{"eval", "-h"}}) {
    SCOPED_TRACE(testing::PrintToString(args));
    RunResult result = Run(args, "", "/dev/full");
    EXPECT_EQ(result.status, 3) << Describe(result);
    EXPECT_TRUE(Contains(result.err, "standard output: write failed")) << result.err;
  }
}

// ---------------------------------------------------------------------------
// extract

TEST_F(CliTest, ExtractWritesOneJsonObjectPerTripleWithTheFixedFields) {
  const std::string news = (kData / "news.txt").string();
  const std::string nodate = (kData / "nodate.txt").string();
  RunResult result = Run({"extract", news, nodate});
  EXPECT_EQ(result.status, 0) << Describe(result);
  const std::vector<std::string> summary = Lines(result.err);
  ASSERT_EQ(summary.size(), 2u) << result.err;
  EXPECT_EQ(summary[0], "stancegraph: 2 documents, 7 sentences, 5 triples");
  EXPECT_EQ(summary[1].rfind("time: ", 0), 0u) << summary[1];  // where the time went

  std::vector<JsonObject> triples = ParseTriples(result.out);
  ASSERT_EQ(triples.size(), 5u) << result.out;
  EXPECT_EQ(Claims(triples), (std::multiset<std::string>{
                                 "Germany support climate package",
                                 "France oppose new tariffs",
                                 "Poland support sanctions against Russia",
                                 "European Union oppose proposal",
                                 "Canada support ceasefire",
                             }));
  const std::map<std::string, std::string> texts = {{news, ReadBytes(news)},
                                                    {nodate, ReadBytes(nodate)}};
  for (const JsonObject& triple : triples) {
    SCOPED_TRACE(Claim(triple));
    ASSERT_TRUE(texts.count(triple["doc"])) << triple["doc"];
    const bool dated = triple["doc"] == news;  // news.txt has a date line
    ExpectFieldLayout(triple, dated);
    if (dated) {
      EXPECT_EQ(triple["date"], "2024-03-03");
    }
    // start and end are byte offsets of the sentence in the document.
    const std::string& text = texts.at(triple["doc"]);
    const size_t start = std::stoul(triple["start"]);
    const size_t end = std::stoul(triple["end"]);
    ASSERT_LE(start, end);
    ASSERT_LE(end, text.size());
    EXPECT_EQ(text.substr(start, end - start), triple["sentence"]);
    EXPECT_TRUE(Contains(triple["sentence"], triple["actor_mention"]));
    EXPECT_TRUE(Contains(triple["sentence"], triple["topic_mention"]));
    EXPECT_TRUE(Contains(triple["sentence"], triple["cue"]));
    EXPECT_EQ(triple["actor_type"], triple["actor"] == "European Union" ? "organization"
                                                                        : "country");
    const double confidence = std::stod(triple["confidence"]);
    EXPECT_GE(confidence, 0.5);
    EXPECT_LE(confidence, 1.0);
  }
  // Documents in the order given, sentences in text order.
  EXPECT_EQ(triples.front()["actor"], "Germany");
  EXPECT_EQ(triples.back()["actor"], "Canada");
}

TEST_F(CliTest, TsvHasAHeaderAndSixteenColumnsAgreeingWithJson) {
  const std::string news = (kData / "news.txt").string();
  const std::string nodate = (kData / "nodate.txt").string();
  RunResult tsv = Run({"extract", "--format", "tsv", news, nodate});
  RunResult jsonl = Run({"extract", "--format", "jsonl", news, nodate});
  EXPECT_EQ(tsv.status, 0) << Describe(tsv);
  EXPECT_EQ(WithoutTimeLine(tsv.err), WithoutTimeLine(jsonl.err));
  std::vector<std::string> lines = Lines(tsv.out);
  std::vector<JsonObject> triples = ParseTriples(jsonl.out);
  ASSERT_EQ(lines.size(), triples.size() + 1) << tsv.out;
  EXPECT_EQ(SplitTabs(lines[0]), kTsvColumns);
  for (size_t i = 1; i < lines.size(); ++i) {
    SCOPED_TRACE(lines[i]);
    std::vector<std::string> columns = SplitTabs(lines[i]);
    ASSERT_EQ(columns.size(), 16u);
    for (size_t k = 0; k < kTsvColumns.size(); ++k) {
      EXPECT_EQ(columns[k], triples[i - 1][kTsvColumns[k]]) << kTsvColumns[k];
    }
  }
}

TEST_F(CliTest, ReadsTextFromStandardInput) {
  const std::string news = (kData / "news.txt").string();
  RunResult from_file = Run({"extract", news});
  RunResult from_stdin = Run({"extract", "-"}, ReadBytes(news));
  EXPECT_EQ(from_stdin.status, 0) << Describe(from_stdin);
  std::vector<JsonObject> expected = ParseTriples(from_file.out);
  std::vector<JsonObject> triples = ParseTriples(from_stdin.out);
  ASSERT_EQ(triples.size(), 3u) << from_stdin.out;
  ASSERT_EQ(triples.size(), expected.size());
  for (size_t i = 0; i < triples.size(); ++i) {
    EXPECT_EQ(triples[i]["doc"], "-");
    JsonObject same = expected[i];
    same.values["doc"] = "-";
    EXPECT_EQ(triples[i].values, same.values);
    EXPECT_EQ(triples[i].keys, same.keys);
  }
}

TEST_F(CliTest, ReadsJsonLinesFromStandardInput) {
  const std::string input =
      "\n  \n"
      "{\"id\":\"a\",\"text\":\"Germany supports the climate package.\",\"date\":\"2024-03-03\"}\n"
      "\n"
      "{\"id\":\"b\",\"text\":\"France opposes the new tariffs.\",\"source\":\"Wire\"}\n"
      "{\"id\":\"c\",\"text\": 12}\n";
  RunResult result = Run({"extract", "-"}, input);
  EXPECT_EQ(result.status, 1) << Describe(result);
  // Line numbers count the blank lines before the first record too.
  EXPECT_TRUE(Contains(result.err, "-:6: field `text` is not a string")) << result.err;
  std::vector<JsonObject> triples = ParseTriples(result.out);
  ASSERT_EQ(triples.size(), 2u) << result.out;
  EXPECT_EQ(triples[0]["doc"], "a");
  EXPECT_EQ(Claim(triples[0]), "Germany support climate package");
  ExpectFieldLayout(triples[0], /*with_date=*/true);
  EXPECT_EQ(triples[0]["date"], "2024-03-03");
  EXPECT_EQ(triples[1]["doc"], "b");
  EXPECT_EQ(Claim(triples[1]), "France oppose new tariffs");
  ExpectFieldLayout(triples[1], /*with_date=*/false);
}

TEST_F(CliTest, ReadsDirectoriesRecursivelyInPathOrder) {
  const fs::path corpus = kData / "corpus";
  RunResult result = Run({"extract", corpus.string()});
  EXPECT_EQ(result.status, 0) << Describe(result);
  std::vector<JsonObject> triples = ParseTriples(result.out);
  std::vector<std::string> docs, claims;
  for (const JsonObject& triple : triples) {
    docs.push_back(triple["doc"]);
    claims.push_back(Claim(triple));
  }
  // a.txt, sub/b.txt, sub/deeper/c.jsonl (records c1, c2); notes.md is not read.
  EXPECT_EQ(docs, (std::vector<std::string>{(corpus / "a.txt").string(),
                                            (corpus / "sub" / "b.txt").string(), "c1", "c2"}));
  EXPECT_EQ(claims, (std::vector<std::string>{
                        "Spain support asylum reform", "Italy oppose asylum reform",
                        "Greece support asylum reform", "Hungary oppose asylum reform"}));
  EXPECT_EQ(triples[0]["date"], "2024-05-14");
  EXPECT_EQ(triples[2]["date"], "2024-05-15");
  EXPECT_FALSE(triples[1].Has("date"));
  EXPECT_FALSE(Contains(result.out, "Austria"));
}

TEST_F(CliTest, DoubleDashEndsOptions) {
  WriteBytes(dir_ / "-q.txt", "Germany supports the climate package.\n");
  RunResult without = Run({"extract", "-q.txt"});
  EXPECT_EQ(without.status, 2) << Describe(without);
  RunResult with = Run({"extract", "--", "-q.txt"});
  EXPECT_EQ(with.status, 0) << Describe(with);
  std::vector<JsonObject> triples = ParseTriples(with.out);
  ASSERT_EQ(triples.size(), 1u) << with.out;
  EXPECT_EQ(triples[0]["doc"], "-q.txt");
}

TEST_F(CliTest, MinConfidenceDropsWeakerTriples) {
  const std::string samples = kSamples.string();
  size_t previous = std::string::npos;
  for (const char* threshold : {"0", "0.5", "0.8", "0.9", "1"}) {
    SCOPED_TRACE(threshold);
    RunResult result = Run({"extract", "-q", "--min-confidence", threshold, samples});
    EXPECT_EQ(result.status, 0) << Describe(result);
    std::vector<JsonObject> triples = ParseTriples(result.out);
    for (const JsonObject& triple : triples) {
      EXPECT_GE(std::stod(triple["confidence"]), std::stod(threshold)) << Claim(triple);
    }
    if (previous != std::string::npos) {
      EXPECT_LE(triples.size(), previous);
    }
    previous = triples.size();
  }
  RunResult by_default = Run({"extract", "-q", samples});
  RunResult half = Run({"extract", "-q", "--min-confidence", "0.5", samples});
  EXPECT_EQ(by_default.out, half.out) << "the default threshold is 0.5";
}

TEST_F(CliTest, QuietSilencesTheSummaryButNotProblems) {
  const std::string news = (kData / "news.txt").string();
  RunResult extract = Run({"extract", "-q", news});
  EXPECT_EQ(extract.status, 0) << Describe(extract);
  EXPECT_EQ(extract.err, "");
  EXPECT_FALSE(extract.out.empty());

  RunResult build = Run({"build", "--quiet", news, "-o", "out"});
  EXPECT_EQ(build.status, 0) << Describe(build);
  EXPECT_EQ(build.err, "");
  EXPECT_TRUE(fs::exists(dir_ / "out" / "graph.dot"));

  RunResult problem = Run({"extract", "-q", news, "missing.txt"});
  EXPECT_EQ(problem.status, 1) << Describe(problem);
  EXPECT_EQ(Lines(problem.err),
            std::vector<std::string>{"stancegraph: missing.txt: no such file or directory"});
}

// ---------------------------------------------------------------------------
// build

TEST_F(CliTest, BuildWritesDotSvgJsonLdAndPrintsASummary) {
  const fs::path out = dir_ / "graph-out";
  RunResult result = Run({"build", (kData / "corpus").string(), "-o", out.string()});
  EXPECT_EQ(result.status, 0) << Describe(result);
  EXPECT_EQ(result.out, "");

  const std::string dot = ReadBytes(out / "graph.dot");
  const std::string svg = ReadBytes(out / "graph.svg");
  const std::string jsonld = ReadBytes(out / "graph.jsonld");
  EXPECT_TRUE(Contains(dot, "digraph")) << dot.substr(0, 200);
  EXPECT_TRUE(Contains(svg, "<svg")) << svg.substr(0, 200);
  EXPECT_TRUE(Contains(svg, "</svg>"));
  EXPECT_TRUE(Contains(jsonld, "\"@context\"")) << jsonld.substr(0, 200);
  for (const char* name : {"Spain", "Italy", "Greece", "Hungary", "asylum reform"}) {
    EXPECT_TRUE(Contains(dot, name)) << name;
    EXPECT_TRUE(Contains(svg, name)) << name;
    EXPECT_TRUE(Contains(jsonld, name)) << name;
  }
  EXPECT_TRUE(IsValidUtf8(dot));
  EXPECT_TRUE(IsValidUtf8(svg));
  EXPECT_TRUE(IsValidUtf8(jsonld));

  const std::string& err = result.err;
  for (const std::string part :
       {"stancegraph build: 4 documents", "4 triples", "graph: 4 actors, 1 topic, 4 stance edges",
        "strongest stances:\n", "  Greece supports asylum reform", "  Italy opposes asylum reform"}) {
    EXPECT_TRUE(Contains(err, part)) << "expected `" << part << "` in:\n" << err;
  }
  for (const char* file : {"graph.dot", "graph.svg", "graph.jsonld"}) {
    EXPECT_TRUE(Contains(err, "wrote " + (out / file).string() + "\n")) << err;
  }
}

TEST_F(CliTest, BuildWritesToOutByDefault) {
  RunResult result = Run({"build", "-q", (kData / "news.txt").string()});
  EXPECT_EQ(result.status, 0) << Describe(result);
  for (const char* file : {"graph.dot", "graph.svg", "graph.jsonld"}) {
    EXPECT_GT(fs::file_size(dir_ / "out" / file), 0u) << file;
  }
}

TEST_F(CliTest, BuildStrongestLimitsTheStancesListed) {
  const std::string corpus = (kData / "corpus").string();
  const struct {
    std::string top;
    size_t listed;
  } cases[] = {{"0", 0}, {"1", 1}, {"2", 2}, {"10", 4}};
  for (const auto& c : cases) {
    SCOPED_TRACE("--strongest " + c.top);
    RunResult result = Run({"build", corpus, "-o", "out", "--strongest", c.top});
    EXPECT_EQ(result.status, 0) << Describe(result);
    size_t listed = 0;
    for (const std::string& line : Lines(result.err)) {
      if (Contains(line, " supports ") || Contains(line, " opposes ")) ++listed;
    }
    EXPECT_EQ(listed, c.listed) << result.err;
    EXPECT_EQ(Contains(result.err, "strongest stances:"), c.listed > 0) << result.err;
  }
}

TEST_F(CliTest, BuildTitleAndBaseIriReachTheOutputs) {
  RunResult result = Run({"build", "-q", (kData / "news.txt").string(), "-o", "out", "--title",
                          "Tariff Quarrel", "--base-iri", "https://example.org/sg/"});
  EXPECT_EQ(result.status, 0) << Describe(result);
  EXPECT_TRUE(Contains(ReadBytes(dir_ / "out" / "graph.dot"), "Tariff Quarrel"));
  EXPECT_TRUE(Contains(ReadBytes(dir_ / "out" / "graph.svg"), "Tariff Quarrel"));
  EXPECT_TRUE(Contains(ReadBytes(dir_ / "out" / "graph.jsonld"), "https://example.org/sg/"));
}

TEST_F(CliTest, BuildStillWritesOutputsWhenAnInputIsMissing) {
  RunResult result = Run({"build", "missing.txt", (kData / "news.txt").string(), "-o", "out"});
  EXPECT_EQ(result.status, 1) << Describe(result);
  EXPECT_TRUE(Contains(result.err, "missing.txt: no such file")) << result.err;
  EXPECT_TRUE(Contains(result.err, "1 input problem reported above")) << result.err;
  EXPECT_TRUE(Contains(ReadBytes(dir_ / "out" / "graph.dot"), "Germany"));
}

TEST_F(CliTest, BuildReadsStandardInput) {
  RunResult result = Run({"build", "-", "-o", "out"},
                         "{\"id\":\"a\",\"text\":\"Canada welcomed the ceasefire.\"}\n");
  EXPECT_EQ(result.status, 0) << Describe(result);
  EXPECT_TRUE(Contains(result.err, "Canada supports ceasefire")) << result.err;
  EXPECT_TRUE(Contains(ReadBytes(dir_ / "out" / "graph.dot"), "Canada"));
}

TEST_F(CliTest, BuildsTheSamples) {
  RunResult result = Run({"build", kSamples.string(), "-o", "samples-out"});
  EXPECT_EQ(result.status, 0) << Describe(result);
  EXPECT_TRUE(Contains(result.err, "strongest stances:")) << result.err;
  const std::string svg = ReadBytes(dir_ / "samples-out" / "graph.svg");
  EXPECT_TRUE(Contains(svg, "<svg")) << svg.substr(0, 200);
  EXPECT_TRUE(Contains(svg, "</svg>"));
}

// ---------------------------------------------------------------------------
// eval (tests/data/cli/gold.jsonl: three gold triples, one of them stated
// with the wrong stance, so that it is missed and the prediction is wrong)

TEST_F(CliTest, EvalPrintsTheOverallLineAndTheTagTable) {
  const std::string gold = (kData / "gold.jsonl").string();
  RunResult result = Run({"eval", "--gold", gold});
  EXPECT_EQ(result.status, 0) << Describe(result);
  EXPECT_EQ(result.err, "");
  EXPECT_EQ(Lines(result.out),
            (std::vector<std::string>{
                "gold " + gold +
                    ": documents=2 predicted=3 correct=2 found=2/3 precision=0.667 recall=0.667 "
                    "F1=0.667",
                "  tag     gold  found  predicted  correct      P      R     F1",
                "  plain      2      2          2        2  1.000  1.000  1.000",
                "  verb       3      2          3        2  0.667  0.667  0.667",
            }))
      << result.out;
}

TEST_F(CliTest, EvalShowListsMissesAndWrongPredictions) {
  const std::string gold = (kData / "gold.jsonl").string();
  RunResult result = Run({"eval", "--gold", gold, "--show"});
  EXPECT_EQ(result.status, 0) << Describe(result);
  const std::vector<std::string> lines = Lines(result.out);
  ASSERT_EQ(lines.size(), 6u) << result.out;
  EXPECT_EQ(lines[0],
            "missed  wrong-stance: (Poland, oppose, sanctions against Russia)  evidence: "
            "\"Poland backs\"");
  EXPECT_EQ(lines[1],
            "wrong   wrong-stance: (Poland, support, sanctions against Russia)  cue: \"backs\"  "
            "sentence: \"Poland backs the sanctions against Russia.\"");
  EXPECT_TRUE(lines[2].starts_with("gold " + gold + ": ")) << lines[2];
}

TEST_F(CliTest, EvalFailUnderExitsOneWhenF1IsBelow) {
  const std::string gold = (kData / "gold.jsonl").string();
  RunResult failing = Run({"eval", "--gold", gold, "--fail-under", "1.01"});
  EXPECT_EQ(failing.status, 1) << Describe(failing);
  EXPECT_TRUE(Contains(failing.out, "gold " + gold + ": documents=2")) << failing.out;
  EXPECT_TRUE(Contains(failing.err, gold + ": F1 0.667 is below --fail-under 1.01")) << failing.err;
  RunResult passing = Run({"eval", "--gold", gold, "--fail-under", "0.6"});
  EXPECT_EQ(passing.status, 0) << Describe(passing);
  EXPECT_EQ(passing.err, "");
}

TEST_F(CliTest, EvalReportsBadGoldLinesAndScoresTheGoodOnes) {
  const std::string mixed = (kData / "gold_mixed.jsonl").string();
  RunResult result = Run({"eval", "--gold", mixed});
  EXPECT_EQ(result.status, 1) << Describe(result);
  EXPECT_TRUE(Contains(result.err, "stancegraph: " + mixed + ":2: invalid JSON")) << result.err;
  EXPECT_TRUE(Contains(result.err, mixed + ":3: missing string field `text`")) << result.err;
  EXPECT_TRUE(Contains(result.err, mixed + ":4: triple 1: bad regex in `topic_match` `tariff(`"))
      << result.err;
  EXPECT_FALSE(Contains(result.err, mixed + ":1:")) << result.err;
  EXPECT_EQ(Lines(result.out),
            std::vector<std::string>{"gold " + mixed +
                                     ": documents=1 predicted=1 correct=1 found=1/1 "
                                     "precision=1.000 recall=1.000 F1=1.000"});
}

TEST_F(CliTest, EvalScoresEachGoldFileOnItsOwn) {
  const std::string gold = (kData / "gold.jsonl").string();
  const std::string mixed = (kData / "gold_mixed.jsonl").string();
  RunResult result =
      Run({"eval", "--gold", gold, "--gold", "missing.jsonl", "--gold", "-", "--gold", mixed},
          ReadBytes(gold));
  EXPECT_EQ(result.status, 1) << Describe(result);
  EXPECT_TRUE(Contains(result.err, "stancegraph: missing.jsonl: no such file")) << result.err;
  std::vector<std::string> overall;
  for (const std::string& line : Lines(result.out)) {
    if (line.starts_with("gold ")) overall.push_back(line.substr(0, line.find(" precision=")));
  }
  EXPECT_EQ(overall, (std::vector<std::string>{
                         "gold " + gold + ": documents=2 predicted=3 correct=2 found=2/3",
                         "gold -: documents=2 predicted=3 correct=2 found=2/3",
                         "gold " + mixed + ": documents=1 predicted=1 correct=1 found=1/1"}))
      << result.out;
}

TEST_F(CliTest, EvalToAFullDeviceExitsThree) {
  if (!fs::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
  RunResult result = Run({"eval", "--gold", (kData / "gold.jsonl").string()}, "", "/dev/full");
  EXPECT_EQ(result.status, 3) << Describe(result);
  EXPECT_TRUE(Contains(result.err, "standard output: write failed")) << result.err;
}

// ---------------------------------------------------------------------------
// Determinism

TEST_F(CliTest, ExtractIsByteIdenticalFromRunToRun) {
  for (const char* format : {"jsonl", "tsv"}) {
    SCOPED_TRACE(format);
    RunResult first = Run({"extract", "--format", format, kSamples.string()});
    RunResult second = Run({"extract", "--format", format, kSamples.string()});
    EXPECT_EQ(first.status, 0) << Describe(first);
    EXPECT_GT(Lines(first.out).size(), 10u);
    EXPECT_TRUE(first.out == second.out) << "stdout differs between runs";
    EXPECT_EQ(WithoutTimeLine(first.err), WithoutTimeLine(second.err));
  }
}

TEST_F(CliTest, BuildIsByteIdenticalFromRunToRun) {
  const std::vector<std::string> args = {"build", "-q", kSamples.string(), "-o", "out"};
  RunResult first = Run(args);
  EXPECT_EQ(first.status, 0) << Describe(first);
  const std::string dot = ReadBytes(dir_ / "out" / "graph.dot");
  const std::string jsonld = ReadBytes(dir_ / "out" / "graph.jsonld");
  fs::remove_all(dir_ / "out");
  RunResult second = Run(args);
  EXPECT_EQ(second.status, 0) << Describe(second);
  EXPECT_FALSE(dot.empty());
  EXPECT_TRUE(dot == ReadBytes(dir_ / "out" / "graph.dot")) << "graph.dot differs between runs";
  EXPECT_TRUE(jsonld == ReadBytes(dir_ / "out" / "graph.jsonld"))
      << "graph.jsonld differs between runs";
}

// ---------------------------------------------------------------------------
// networks (tests/data/cli/networks.jsonl: three dated documents; Spain and
// Italy support the asylum reform, Greece and Hungary oppose it, Spain and
// Greece support the border fund)

TEST_F(CliTest, NetworksWritesDotAndCsvForEachType) {
  const std::string input = (kData / "networks.jsonl").string();
  struct Case {
    std::string type;
    std::map<std::string, std::string> csv;  // file -> content
  };
  const Case cases[] = {
      {"congruence",
       {{"congruence.csv",
         "source,target,weight\nGreece,Hungary,1\nGreece,Spain,1\nItaly,Spain,1\n"}}},
      {"conflict",
       {{"conflict.csv", "source,target,weight\nGreece,Italy,1\nGreece,Spain,1\n"
                         "Hungary,Italy,1\nHungary,Spain,1\n"}}},
      // Greece and Spain agree once and disagree once: no edge.
      {"subtract",
       {{"subtract.csv", "source,target,weight\nGreece,Hungary,1\nGreece,Italy,-1\n"
                         "Hungary,Italy,-1\nHungary,Spain,-1\nItaly,Spain,1\n"}}},
      {"topics",
       {{"topics-support.csv", "source,target,weight\nasylum reform,border fund,1\n"},
        {"topics-oppose.csv", "source,target,weight\n"}}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.type);
    const fs::path out = dir_ / c.type;
    RunResult result = Run({"networks", input, "-o", out.string(), "--type", c.type});
    EXPECT_EQ(result.status, 0) << Describe(result);
    EXPECT_EQ(result.out, "");
    EXPECT_TRUE(Contains(result.err, "stancegraph networks: 3 documents, 6 triples")) << result.err;
    for (const auto& [file, content] : c.csv) {
      EXPECT_EQ(ReadBytes(out / file), content) << file;
      const fs::path dot = out / fs::path(file).replace_extension(".dot");
      const std::string text = ReadBytes(dot);
      EXPECT_TRUE(Contains(text, "graph stancegraph_network {")) << text.substr(0, 200);
      EXPECT_TRUE(Contains(result.err, "wrote " + dot.string() + " and .csv")) << result.err;
    }
    EXPECT_EQ(std::distance(fs::directory_iterator(out), fs::directory_iterator()),
              static_cast<std::ptrdiff_t>(2 * c.csv.size()));
  }
  const std::string dot = ReadBytes(dir_ / "subtract" / "subtract.dot");
  for (const char* part : {"\"actor/spain\"", "label=Spain", "style=dashed", "label=-1"}) {
    EXPECT_TRUE(Contains(dot, part)) << part << " in\n" << dot;
  }
}

TEST_F(CliTest, NetworksNormalizeAndDuplicates) {
  const std::string input = (kData / "networks.jsonl").string();
  // Jaccard: Italy {asylum+} and Spain {asylum+, border+} share one of two cells.
  RunResult result = Run({"networks", "-q", input, "-o", "jaccard", "--normalize", "jaccard",
                          "--duplicates", "document"});
  EXPECT_EQ(result.status, 0) << Describe(result);
  EXPECT_EQ(result.err, "");
  EXPECT_EQ(ReadBytes(dir_ / "jaccard" / "congruence.csv"),
            "source,target,weight\nGreece,Hungary,0.5\nGreece,Spain,0.333333\nItaly,Spain,0.5\n");
  result = Run({"networks", "-q", input, "-o", "average", "--normalize", "average", "--duplicates",
                "year", "--type", "conflict"});
  EXPECT_EQ(result.status, 0) << Describe(result);
  EXPECT_EQ(ReadBytes(dir_ / "average" / "conflict.csv"),
            "source,target,weight\nGreece,Italy,0.666667\nGreece,Spain,0.5\n"
            "Hungary,Italy,1\nHungary,Spain,0.666667\n");
  // --since leaves document a (Spain and Italy on the asylum reform) out.
  result = Run({"networks", "-q", input, "-o", "since", "--since", "2024-05-20"});
  EXPECT_EQ(result.status, 0) << Describe(result);
  EXPECT_EQ(ReadBytes(dir_ / "since" / "congruence.csv"),
            "source,target,weight\nGreece,Hungary,1\nGreece,Spain,1\n");
}

TEST_F(CliTest, NetworksWritesOneNetworkPerTimeWindow) {
  const std::string input = (kData / "networks.jsonl").string();
  RunResult result =
      Run({"networks", input, "-o", "windows", "--window", "2w", "--step", "14d"});
  EXPECT_EQ(result.status, 0) << Describe(result);
  const std::map<std::string, std::string> expected = {
      {"congruence_2024-05-06_2024-05-19.csv", "source,target,weight\nItaly,Spain,1\n"},
      {"congruence_2024-05-20_2024-06-02.csv", "source,target,weight\nGreece,Hungary,1\n"},
      {"congruence_2024-06-03_2024-06-16.csv", "source,target,weight\n"},
      {"congruence_2024-06-17_2024-06-30.csv", "source,target,weight\nGreece,Spain,1\n"},
  };
  std::set<std::string> files;
  for (const auto& entry : fs::directory_iterator(dir_ / "windows")) {
    files.insert(entry.path().filename().string());
  }
  EXPECT_EQ(files.size(), 2 * expected.size());
  for (const auto& [file, content] : expected) {
    EXPECT_EQ(ReadBytes(dir_ / "windows" / file), content) << file;
    EXPECT_TRUE(files.count(fs::path(file).replace_extension(".dot").string())) << file;
  }
  EXPECT_TRUE(Contains(result.err,
                       "congruence_2024-06-03_2024-06-16.dot and .csv (0 actors, 0 edges)"))
      << result.err;
  // The same run again gives the same bytes.
  const std::string dot = ReadBytes(dir_ / "windows" / "congruence_2024-06-17_2024-06-30.dot");
  fs::remove_all(dir_ / "windows");
  EXPECT_EQ(Run({"networks", "-q", input, "-o", "windows", "--window", "2w"}).status, 0);
  EXPECT_TRUE(dot == ReadBytes(dir_ / "windows" / "congruence_2024-06-17_2024-06-30.dot"));
}

TEST_F(CliTest, NetworksUsageErrorsNameTheOption) {
  const std::string input = (kData / "networks.jsonl").string();
  struct Case {
    std::vector<std::string> args;
    std::string message;
  };
  const Case cases[] = {
      {{"networks", input, "--type", "bogus"},
       "stancegraph: --type: expects congruence, conflict, subtract or topics, got `bogus`"},
      {{"networks", input, "--normalize", "max"},
       "stancegraph: --normalize: expects none, average, jaccard or cosine, got `max`"},
      {{"networks", input, "--duplicates", "day"},
       "stancegraph: --duplicates: expects statement, document, week, month or year, got `day`"},
      {{"networks", input, "--window", "0d"}, "stancegraph: --window: expects a length"},
      {{"networks", input, "--window", "3y"}, "stancegraph: --window: expects a length"},
      {{"networks", input, "--step", "7d"}, "stancegraph: --step: needs --window"},
      {{"networks", input, "--type"}, "stancegraph: --type: needs a value"},
      {{"networks"}, "stancegraph: networks: no INPUT given"},
      {{"build", input, "--normalize", "jaccard"}, "--normalize: unknown option for `build`"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(testing::PrintToString(c.args));
    RunResult result = Run(c.args);
    EXPECT_EQ(result.status, 2) << Describe(result);
    EXPECT_EQ(result.out, "");
    EXPECT_TRUE(Contains(result.err, c.message)) << result.err;
  }
  EXPECT_FALSE(fs::exists(dir_ / "out"));
}

TEST_F(CliTest, NetworksHelpAndUnwritableOutput) {
  RunResult help = Run({"networks", "--help"});
  EXPECT_EQ(help.status, 0) << Describe(help);
  ASSERT_FALSE(Lines(help.out).empty());
  EXPECT_EQ(Lines(help.out)[0],
            "usage: stancegraph networks INPUT... [-o DIR] [--type T] [options]");
  for (const char* part : {"--normalize N", "--duplicates D", "--window L", "--step L",
                           "Exit status"}) {
    EXPECT_TRUE(Contains(help.out, part)) << part;
  }
  EXPECT_TRUE(Contains(Run({"--help"}).out, "networks INPUT..."));

  WriteBytes(dir_ / "file", "not a directory");
  RunResult result = Run({"networks", (kData / "networks.jsonl").string(), "-o",
                          (dir_ / "file" / "sub").string()});
  EXPECT_EQ(result.status, 3) << Describe(result);
  EXPECT_TRUE(Contains(result.err, "cannot create directory")) << result.err;
}

TEST_F(CliTest, BuildSummaryNamesCampsCoalitionsAndBrokers) {
  RunResult result = Run({"build", (kData / "networks.jsonl").string(), "-o", "out"});
  EXPECT_EQ(result.status, 0) << Describe(result);
  // Spain and Greece agree on the border fund across the asylum divide.
  for (const std::string part :
       {"camps of the main topics (actors, statements):\n"
        "  asylum reform: for (2) Italy 1, Spain 1; against (2) Greece 1, Hungary 1\n"
        "  border fund: for (2) Greece 1, Spain 1; against (0)\n",
        "coalitions (actors linked by shared stances): 1\n  Greece, Spain, Hungary, Italy\n",
        "brokers (betweenness in the congruence network): Greece 2.0, Spain 2.0\n"}) {
    EXPECT_TRUE(Contains(result.err, part)) << "expected `" << part << "` in:\n" << result.err;
  }
}

TEST_F(CliTest, BuildSummaryOfTheSamplesNamesCampsAndBrokers) {
  RunResult result = Run({"build", kSamples.string(), "-o", "out"});
  EXPECT_EQ(result.status, 0) << Describe(result);
  EXPECT_TRUE(Contains(result.err, "camps of the main topics (actors, statements):\n  "))
      << result.err;
  EXPECT_TRUE(std::regex_search(
      result.err, std::regex("\n  [^\n]+: for \\([0-9]+\\)[^\n]*; against \\([0-9]+\\)")))
      << result.err;
  EXPECT_TRUE(Contains(result.err, "coalitions (actors linked by shared stances): ")) << result.err;
  EXPECT_TRUE(std::regex_search(
      result.err,
      std::regex("brokers \\(betweenness in the congruence network\\): [^\n]+ [0-9.]+\n")))
      << result.err;
}

}  // namespace

// Extraction runs on --threads workers; results are handed on in input
// order, so every output is the same whatever the thread count.
TEST_F(CliTest, OutputsAreTheSameWhateverTheThreadCount) {
  const std::string corpus = kSamples.string();
  std::string first_triples;
  for (const char* threads : {"1", "2", "3", "8"}) {
    SCOPED_TRACE(std::string("--threads ") + threads);
    RunResult extracted = Run({"extract", "-q", "--threads", threads, corpus});
    ASSERT_EQ(extracted.status, 0) << Describe(extracted);
    if (first_triples.empty()) first_triples = extracted.out;
    EXPECT_EQ(extracted.out, first_triples);
    const std::string dir = std::string("out") + threads;
    RunResult built = Run({"build", "-q", "--threads", threads, corpus, "-o", dir, "--format",
                           "dot,jsonld,jsonl"});
    ASSERT_EQ(built.status, 0) << Describe(built);
    for (const char* file : {"graph.dot", "graph.jsonld", "triples.jsonl"}) {
      EXPECT_EQ(ReadBytes(dir_ / dir / file), ReadBytes(dir_ / "out1" / file)) << file;
    }
  }
  EXPECT_FALSE(first_triples.empty());
  for (const char* bad : {"0", "257", "two", ""}) {
    RunResult result = Run({"extract", "--threads", bad, corpus});
    EXPECT_EQ(result.status, 2) << Describe(result);
    EXPECT_TRUE(Contains(result.err, "--threads: expects a whole number from 1 to 256")) << result.err;
  }
}

// The summary ends with where the time went, per stage.
TEST_F(CliTest, BuildSummarySaysWhereTheTimeWent) {
  RunResult result = Run({"build", (kData / "news.txt").string(), "-o", "out", "--threads", "2"});
  ASSERT_EQ(result.status, 0) << Describe(result);
  bool found = false;
  for (const std::string& line : Lines(result.err)) {
    if (line.rfind("time: ", 0) != 0) continue;
    found = true;
    for (const char* stage : {"reading ", "segmenting ", "analysing ", " on 2 threads", "merging ",
                              "identity ", "writing "}) {
      EXPECT_TRUE(Contains(line, stage)) << stage << " in " << line;
    }
  }
  EXPECT_TRUE(found) << result.err;
}

// --max-evidence keeps a sample of each edge's evidence; the counts the
// outputs carry do not change.
TEST_F(CliTest, MaxEvidenceCapsTheEvidenceNotTheCounts) {
  const std::string corpus = kSamples.string();
  RunResult all = Run({"build", "-q", corpus, "-o", "all", "--format", "graphml", "--max-evidence", "0"});
  ASSERT_EQ(all.status, 0) << Describe(all);
  RunResult one = Run({"build", "-q", corpus, "-o", "one", "--format", "graphml", "--max-evidence", "1"});
  ASSERT_EQ(one.status, 0) << Describe(one);
  // The exact figures of every edge, in GraphML's order: the same with one
  // evidence sentence kept per edge as with all.
  auto exact = [](const std::string& graphml) {
    std::vector<std::string> keys;
    for (const char* name : {"weight", "mentions", "occurrences", "confidence", "first_date",
                             "last_date"}) {
      const std::string declared = "for=\"edge\" attr.name=\"" + std::string(name) + "\"";
      const size_t at = graphml.find(declared);
      if (at == std::string::npos) return std::vector<std::string>{"<no " + std::string(name) + ">"};
      const size_t id = graphml.rfind("id=\"", at) + 4;
      keys.push_back("<data key=\"" + graphml.substr(id, graphml.find('"', id) - id) + "\">");
    }
    std::vector<std::string> values;
    for (const std::string& line : Lines(graphml)) {
      for (const std::string& key : keys) {
        if (Contains(line, key)) values.push_back(line);
      }
    }
    return values;
  };
  const std::vector<std::string> all_figures = exact(ReadBytes(dir_ / "all" / "graph.graphml"));
  EXPECT_GT(all_figures.size(), 100u);
  EXPECT_TRUE(exact(ReadBytes(dir_ / "one" / "graph.graphml")) == all_figures);
  RunResult bad = Run({"build", corpus, "--max-evidence", "-1"});
  EXPECT_EQ(bad.status, 2) << Describe(bad);
}

TEST_F(CliTest, BaseIriMustBeAbsoluteAndIsAUsageError) {
  RunResult result = Run({"build", (kData / "news.txt").string(), "-o", "out", "--base-iri", "foo"});
  EXPECT_EQ(result.status, 2) << Describe(result);
  EXPECT_TRUE(Contains(result.err, "--base-iri: expects an absolute IRI")) << result.err;
  EXPECT_FALSE(fs::exists(dir_ / "out"));
}
