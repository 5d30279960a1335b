// Hostile file contents through the real `stancegraph` binary (issue 7):
// the run finishes, what is skipped or replaced is named on standard error
// ("path[:line]: reason"), the rest of the input is still used, and every
// output file is one its format's real reader accepts. hostile_input_test.cc
// pins the same inputs at the reader level.
#include <sys/resource.h>

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "cli_test_support.h"

namespace {

using namespace stancegraph::cli_test;
using namespace std::string_literals;

const std::string kFffd = "\xEF\xBF\xBD";

// One triple of `extract --format tsv`, the columns the tests look at.
struct Row {
  std::string doc, sentence, actor, stance, topic, date;
  long start = 0, end = 0;
};

std::vector<Row> TsvRows(const std::string& out) {
  std::vector<Row> rows;
  std::vector<std::string> lines = Lines(out);
  for (size_t i = 1; i < lines.size(); ++i) {  // after the header
    std::vector<std::string> cells;
    size_t start = 0;
    for (size_t tab; (tab = lines[i].find('\t', start)) != std::string::npos; start = tab + 1) {
      cells.push_back(lines[i].substr(start, tab - start));
    }
    cells.push_back(lines[i].substr(start));
    if (cells.size() != 16) {
      ADD_FAILURE() << "not 16 columns: " << lines[i];
      continue;
    }
    rows.push_back({cells[0], cells[1], cells[4], cells[7], cells[8], cells[12],
                    std::stol(cells[2]), std::stol(cells[3])});
  }
  return rows;
}

std::set<std::string> Claims(const std::vector<Row>& rows) {
  std::set<std::string> claims;
  for (const Row& r : rows) claims.insert(r.actor + " " + r.stance + " " + r.topic);
  return claims;
}

// Code points [start, end) of valid UTF-8 `text`.
std::string CodePointSlice(const std::string& text, long start, long end) {
  std::string out;
  long index = -1;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++index;
    if (index >= start && index < end) out += c;
  }
  return out;
}

// Checked here rather than with core/utf8.h, so that the test does not
// trust the code it tests.
bool IsValidUtf8(const std::string& bytes) {
  size_t i = 0;
  while (i < bytes.size()) {
    const unsigned char c = static_cast<unsigned char>(bytes[i]);
    size_t n = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : 9;
    if (n == 9 || i + n >= bytes.size()) return false;  // not a lead byte, or cut short
    unsigned long cp = n == 0 ? c : c & (0x3F >> n);
    for (size_t k = 1; k <= n; ++k) {
      const unsigned char d = static_cast<unsigned char>(bytes[i + k]);
      if ((d & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (d & 0x3F);
    }
    static constexpr unsigned long kMin[] = {0, 0x80, 0x800, 0x10000};
    if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += n + 1;
  }
  return true;
}

// Runs a shell command line; returns its exit status and output (2>&1).
int Shell(const std::string& command, std::string* output) {
  output->clear();
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return -1;
  char buffer[4096];
  for (size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) output->append(buffer, n);
  const int status = pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

std::string Quote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

// Runs tests/`script` with /usr/bin/python3 and returns its key=value lines.
std::map<std::string, std::vector<std::string>> Checker(const std::string& script,
                                                        const std::vector<std::string>& args,
                                                        int* status) {
  std::string command =
      "/usr/bin/python3 " + Quote(std::string(STANCEGRAPH_SOURCE_DIR) + "/tests/" + script);
  for (const std::string& a : args) command += " " + Quote(a);
  std::string output;
  *status = Shell(command, &output);
  std::map<std::string, std::vector<std::string>> values;
  for (const std::string& line : Lines(output)) {
    const size_t equals = line.find('=');
    if (equals != std::string::npos) values[line.substr(0, equals)].push_back(line.substr(equals + 1));
  }
  if (*status != 0) values["error"].push_back(output);
  return values;
}

// Every file a run wrote under `dir` but the bitmaps is valid UTF-8.
void ExpectTextOutputsAreValidUtf8(const fs::path& dir) {
  size_t files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (!entry.is_regular_file() || name == "graph.png" || name == "graph.pdf") continue;
    ++files;
    EXPECT_TRUE(IsValidUtf8(ReadBytes(entry.path()))) << name;
  }
  EXPECT_EQ(files, 12u) << dir;  // every text format of --format all
}

class HostileCliTest : public BinaryTest {
 protected:
  HostileCliTest() : BinaryTest("stancegraph_hostile_cli_test") {}
};

// ---------------------------------------------------------------------------
// Invalid UTF-8 and lone surrogate escapes

TEST_F(HostileCliTest, InvalidBytesAreReportedByPlaceAndNeverReachAnOutput) {
  std::string text = "France backs the plan.\n";
  for (const char* bad : {"\xC0\x80", "\xE0\x80\x80", "\xF0\x80\x80\x80", "\xED\xA0\x80",
                          "\xED\xB0\x80", "\xE2\x82", "\x80\xBF", "\xF5\xFF"}) {
    text += "Germany opposes the "s + bad + " sanctions.\n";
  }
  text += "Poland supports the deal. \xF0\x9F\x98";  // cut at the end of the file
  WriteBytes(dir_ / "bad.txt", text);
  WriteBytes(dir_ / "bad.jsonl",
             "{\"id\": \"j1\", \"text\": \"Italy backs the \\udc00 treaty \xE2\x82\"}\n"
             "{\"id\": \"j2\", \"text\": \"Spain rejects the \\ud800 tariffs.\"}\n");
  RunResult result = Run({"build", "bad.txt", "bad.jsonl", "-", "-o", "out", "--format", "all"},
                         "Austria backs the \xFF accord.");
  ASSERT_EQ(result.status, 1) << Describe(result);
  EXPECT_TRUE(Contains(result.err, "stancegraph: bad.txt: invalid UTF-8 replaced by U+FFFD (21 sequences)\n"))
      << result.err;
  EXPECT_TRUE(Contains(result.err, "stancegraph: bad.jsonl:1: invalid UTF-8 replaced by U+FFFD (1 sequence)\n"));
  EXPECT_TRUE(Contains(result.err, "stancegraph: bad.jsonl:1: lone UTF-16 surrogate escape replaced by U+FFFD (1 escape)\n"));
  EXPECT_TRUE(Contains(result.err, "stancegraph: bad.jsonl:2: lone UTF-16 surrogate escape replaced by U+FFFD (1 escape)\n"));
  EXPECT_TRUE(Contains(result.err, "stancegraph: -: invalid UTF-8 replaced by U+FFFD (1 sequence)\n"));
  ExpectTextOutputsAreValidUtf8(dir_ / "out");
  const std::string triples = ReadBytes(dir_ / "out" / "triples.jsonl");
  for (const char* claim : {"\"actor\":\"France\"", "\"actor\":\"Poland\"", "\"actor\":\"Italy\"",
                            "\"actor\":\"Spain\"", "\"actor\":\"Austria\""}) {
    EXPECT_TRUE(Contains(triples, claim)) << claim << "\n" << triples;
  }
  EXPECT_TRUE(Contains(triples, "\"topic\":\"" + kFffd + " treaty")) << triples;

  // `merge` reads lone surrogate escapes in a triples file the same way.
  WriteBytes(dir_ / "lone.jsonl",
             R"({"doc":"d","sentence":"s","start":0,"end":1,"actor":"Lone \udc00 half",)"
             R"("actor_mention":"x","actor_type":"person","stance":"support","topic":"t \ud800",)"
             R"("topic_mention":"t","cue":"backs","confidence":0.5})" "\n");
  result = Run({"merge", "lone.jsonl", "-o", "merged", "--format", "all"});
  ASSERT_EQ(result.status, 1) << Describe(result);
  EXPECT_TRUE(Contains(result.err, "stancegraph: lone.jsonl:1: lone UTF-16 surrogate escape replaced by U+FFFD (2 escapes)\n"))
      << result.err;
  ExpectTextOutputsAreValidUtf8(dir_ / "merged");
  EXPECT_TRUE(Contains(ReadBytes(dir_ / "merged" / "graph.graphml"), "Lone " + kFffd + " half"));
}

// ---------------------------------------------------------------------------
// Line ends

TEST_F(HostileCliTest, CrAndCrLfFilesGiveTheTriplesOfTheirLfTwinWithRightOffsets) {
  const std::string lf =
      "Germany Rejects Grain Deal\n\nJuly 10, 2023\n\nFrance backs the plan. Italy opposes\n"
      "sanctions on grain.\n\nPoland Backs Ceasefire\n";
  std::string cr = lf, crlf;
  for (char& c : cr) c = c == '\n' ? '\r' : c;
  for (char c : lf) crlf += c == '\n' ? "\r\n" : std::string(1, c);
  WriteBytes(dir_ / "lf.txt", lf);
  WriteBytes(dir_ / "cr.txt", cr);
  WriteBytes(dir_ / "crlf.txt", crlf);
  std::map<std::string, std::vector<Row>> rows;
  for (const char* name : {"lf.txt", "cr.txt", "crlf.txt"}) {
    RunResult result = Run({"extract", "-q", "--format", "tsv", name});
    ASSERT_EQ(result.status, 0) << Describe(result);
    rows[name] = TsvRows(result.out);
  }
  ASSERT_EQ(rows["lf.txt"].size(), 4u) << ReadBytes(dir_ / "run1.out");
  EXPECT_EQ(Claims(rows["cr.txt"]), Claims(rows["lf.txt"]));
  EXPECT_EQ(Claims(rows["crlf.txt"]), Claims(rows["lf.txt"]));
  const std::map<std::string, std::string> texts = {{"lf.txt", lf}, {"cr.txt", cr}, {"crlf.txt", crlf}};
  for (const auto& [name, file_rows] : rows) {
    ASSERT_EQ(file_rows.size(), 4u) << name;
    for (size_t i = 0; i < file_rows.size(); ++i) {
      const Row& row = file_rows[i];
      EXPECT_EQ(row.date, "2023-07-10") << name;
      // TSV turns line breaks inside a sentence into spaces.
      std::string slice = CodePointSlice(texts.at(name), row.start, row.end);
      for (char& c : slice) c = c == '\r' || c == '\n' ? ' ' : c;
      std::string sentence = row.sentence;
      EXPECT_EQ(slice.substr(0, slice.size()), sentence) << name << " " << row.start;
      if (name == "cr.txt") {
        EXPECT_EQ(row.start, rows["lf.txt"][i].start);
        EXPECT_EQ(row.end, rows["lf.txt"][i].end);
      }
    }
  }
}

// ---------------------------------------------------------------------------
// Binary files and NUL bytes

TEST_F(HostileCliTest, BinaryFilesAreSkippedAndNamedAndTheRestIsRead) {
  fs::create_directory(dir_ / "crawl");
  WriteBytes(dir_ / "crawl" / "a-logo.txt",
             "\x89PNG\r\n\x1A\n\0\0\0\x0DIHDR\0\0\0\x10 France backs the plan."s);
  WriteBytes(dir_ / "crawl" / "b-page.txt", "\x1F\x8B\x08\0\0\0\0\0\0\x03\xAB\xCD Italy backs it."s);
  WriteBytes(dir_ / "crawl" / "c-dump.jsonl", "{\"id\":\0\"x\"}\n"s);
  WriteBytes(dir_ / "crawl" / "d-news.txt",
             std::string(9000, ' ') + "\nGermany opposes the\0 sanctions.\n"s);
  RunResult result = Run({"extract", "--format", "tsv", "crawl"});
  ASSERT_EQ(result.status, 1) << Describe(result);
  EXPECT_TRUE(Contains(result.err, "stancegraph: crawl/a-logo.txt: binary file (NUL byte at offset 8), skipped\n"))
      << result.err;
  EXPECT_TRUE(Contains(result.err, "stancegraph: crawl/b-page.txt: binary file (NUL byte at offset 3), skipped\n"));
  EXPECT_TRUE(Contains(result.err, "stancegraph: crawl/c-dump.jsonl: binary file (NUL byte at offset 6), skipped\n"));
  EXPECT_TRUE(Contains(result.err, "stancegraph: crawl/d-news.txt: NUL bytes replaced by U+FFFD (1)\n"));
  const std::vector<Row> rows = TsvRows(result.out);
  ASSERT_EQ(rows.size(), 1u) << result.out;
  EXPECT_EQ(rows[0].actor, "Germany");
  EXPECT_EQ(rows[0].sentence, "Germany opposes the" + kFffd + " sanctions.");
}

// ---------------------------------------------------------------------------
// Empty and blank inputs

TEST_F(HostileCliTest, EmptyAndBlankFilesGiveNoTriplesAndAreNamed) {
  WriteBytes(dir_ / "empty.txt", "");
  WriteBytes(dir_ / "blank.txt", " \r\n\t\r ");
  WriteBytes(dir_ / "empty.jsonl", "");
  WriteBytes(dir_ / "blank.jsonl", R"({"id": "b", "text": "  \n  "})" "\n");
  RunResult result = Run({"build", "empty.txt", "blank.txt", "empty.jsonl", "blank.jsonl", "-o", "out"});
  ASSERT_EQ(result.status, 1) << Describe(result);
  EXPECT_TRUE(Contains(result.err, "stancegraph: empty.txt: empty document\n")) << result.err;
  EXPECT_TRUE(Contains(result.err, "stancegraph: blank.txt: empty document\n"));
  EXPECT_TRUE(Contains(result.err, "stancegraph: blank.jsonl:1: empty document\n"));
  EXPECT_TRUE(Contains(result.err, "0 documents")) << result.err;
  EXPECT_TRUE(fs::exists(dir_ / "out" / "graph.dot"));  // an empty graph, still valid
  std::string output;
  EXPECT_EQ(Shell("dot -Tsvg " + Quote((dir_ / "out" / "graph.dot").string()) + " -o /dev/null", &output), 0)
      << output;
}

// ---------------------------------------------------------------------------
// HTML left in text

TEST_F(HostileCliTest, HtmlPageGivesNoMarkupActorsOrTopics) {
  WriteBytes(dir_ / "page.txt", R"(<!DOCTYPE html>
<html><head><title>Germany Rejects Grain Deal</title>
<style>.Russia { color: red } body { font: Arial }</style>
<script>var Hungary = "backs"; if (Russia < 3 && NATO > 2) { Spain.supports(x); }</script>
</head><body>
<!-- Austria backs the comment -->
<p>France backs the plan &amp; the deal.
Italy opposes sanctions.</p>
<div class="Finland supports"><a href="https://example.org/Sweden-backs-it">Poland</a> backs the&nbsp;treaty</div>
<p>&#8220;We support the accession,&#8221; said Norway&#8217;s prime minister.</p>
</body></html>
)");
  RunResult result = Run({"extract", "--format", "tsv", "page.txt"});
  ASSERT_EQ(result.status, 0) << Describe(result);
  EXPECT_TRUE(Contains(result.err, "stancegraph: 1 document (1 from HTML), ")) << result.err;
  const std::vector<Row> rows = TsvRows(result.out);
  const std::set<std::string> claims = Claims(rows);
  for (const char* claim : {"Germany oppose grain deal", "France support plan", "Italy oppose sanctions",
                            "Poland support treaty"}) {
    EXPECT_EQ(claims.count(claim), 1u) << claim << "\n" << result.out;
  }
  for (const Row& row : rows) {
    for (const std::string& field : {row.sentence, row.actor, row.topic}) {
      EXPECT_EQ(field.find_first_of("<>{}"), std::string::npos) << field;
      EXPECT_FALSE(Contains(field, "&amp;") || Contains(field, "&#") || Contains(field, "nbsp")) << field;
    }
    for (const char* hidden : {"Russia", "Hungary", "Spain", "Austria", "Finland", "Sweden", "NATO"}) {
      EXPECT_FALSE(Contains(row.actor + " " + row.topic + " " + row.sentence, hidden)) << hidden;
    }
  }
}

// ---------------------------------------------------------------------------
// Long sentences and a 200 MB line

TEST_F(HostileCliTest, TenThousandWordSentenceYieldsNothingBogus) {
  std::string text = "France backs the plan.\n";
  const char* words[] = {"Germany", "backs", "the", "plan", "and", "Italy", "opposes", "sanctions", "while"};
  for (int i = 0; i < 10000; ++i) text += std::string(words[i % 9]) + " ";
  text += "\nPoland supports the deal.\n";
  WriteBytes(dir_ / "long.txt", text);
  RunResult result = Run({"extract", "-q", "--format", "tsv", "long.txt"});
  ASSERT_EQ(result.status, 0) << Describe(result);
  EXPECT_EQ(Claims(TsvRows(result.out)),
            (std::set<std::string>{"France support plan", "Poland support deal"}));
}

// Peak resident memory of the biggest child this process has waited for
// (so far: the second run's figure is the larger of the two).
long PeakChildRssMegabytes() {
  rusage usage{};
  getrusage(RUSAGE_CHILDREN, &usage);
  return usage.ru_maxrss / 1024;
}

// A 200 MB text without a line break, as a text file and as one JSON line.
// It must finish in bounded memory; the peak is recorded in the test's XML
// output and printed. Every eighth sentence is a statement by "Smith":
// joining surnames to full names once looked through every triple for each,
// which made even the 16 MiB read of this line (some 40,000 statements)
// take minutes.
TEST_F(HostileCliTest, TwoHundredMegabyteLineFinishesInBoundedMemory) {
  constexpr size_t kBytes = size_t{200} << 20;
  std::string filler;
  for (int i = 0; i < 7; ++i) filler += "The weather stayed mild over the northern coast again. ";
  filler += "Smith backs the reform. ";
  std::string body = "France backs the plan. ";
  body.reserve(kBytes + 200);
  while (body.size() < kBytes) body += filler;
  body += "Germany opposes the sanctions. Rosa Smith backs the reform.";
  {
    std::ofstream out(dir_ / "line.txt", std::ios::binary);
    out << body;
    std::ofstream json(dir_ / "line.jsonl", std::ios::binary);
    json << R"({"id": "big", "text": ")" << body << "\"}";  // no newline at the end either
  }
  body.clear();
  body.shrink_to_fit();
  // The document is cut at --max-document-bytes (16 MiB by default) at a
  // sentence end and reported; what was read is used. Memory then depends
  // on the limit, not on the line: the text file is not read past it, the
  // JSON line is held once as bytes.
  for (const char* name : {"line.txt", "line.jsonl"}) {
    SCOPED_TRACE(name);
    const std::string out = (dir_ / "triples.tsv").string();
    RunResult result = Run({"extract", "-q", "--format", "tsv", name}, "", out);
    ASSERT_EQ(result.status, 1) << Describe(result);
    EXPECT_TRUE(Contains(result.err, std::string("stancegraph: ") + name + (name[5] == 'j' ? ":1" : "") +
                                         ": document is "))
        << result.err;
    EXPECT_TRUE(Contains(result.err, " were read (--max-document-bytes)\n")) << result.err;
    EXPECT_EQ(Claims(TsvRows(ReadBytes(out))),
              (std::set<std::string>{"France support plan", "Smith support reform"}));
    const long peak = PeakChildRssMegabytes();
    RecordProperty(std::string("peak_rss_mb_") + name, std::to_string(peak));
    std::printf("%s: peak RSS %ld MB for a %zu MB line\n", name, peak, kBytes >> 20);
    EXPECT_LT(peak, 2048) << name;
    fs::remove(out);
  }
  fs::remove(dir_ / "line.txt");
  fs::remove(dir_ / "line.jsonl");
}

// ---------------------------------------------------------------------------
// Malformed and deeply nested JSON Lines, for documents and for `merge`

TEST_F(HostileCliTest, DeeplyNestedAndMalformedJsonLinesAreSkippedLineByLine) {
  // Deep enough to overflow an 8 MB stack in a recursive parser.
  const std::string deep(3000000, '[');
  WriteBytes(dir_ / "docs.jsonl", R"({"id": "a", "text": "France backs the plan."})" "\n" + deep + "\n" +
                                      R"({"id": "b", "text": 7})" "\n" +
                                      R"({"id": "c", "text": "x"} {"trailing": true})" "\n" +
                                      R"({"id": "d", "text": "Germany opposes the sanctions."})");
  RunResult result = Run({"extract", "--format", "jsonl", "docs.jsonl"});
  ASSERT_EQ(result.status, 1) << Describe(result);
  EXPECT_TRUE(Contains(result.err, "stancegraph: docs.jsonl:2: JSON nested deeper than 64 levels at offset 64\n"))
      << result.err;
  EXPECT_TRUE(Contains(result.err, "stancegraph: docs.jsonl:3: field `text` is not a string\n"));
  EXPECT_TRUE(Contains(result.err, "stancegraph: docs.jsonl:4: invalid JSON at offset 25: "));
  WriteBytes(dir_ / "triples.jsonl", result.out + deep + "]\n" + "{\"doc\": 1}\n");
  const size_t good = Lines(result.out).size();
  ASSERT_EQ(good, 2u) << result.out;

  result = Run({"merge", "triples.jsonl", "-o", "out", "--format", "dot,jsonl"});
  ASSERT_EQ(result.status, 1) << Describe(result);
  EXPECT_TRUE(Contains(result.err, "stancegraph: triples.jsonl:3: JSON nested deeper than 64 levels at offset 64\n"))
      << result.err;
  EXPECT_TRUE(Contains(result.err, "stancegraph: triples.jsonl:4: field `doc` is not a string\n")) << result.err;
  EXPECT_EQ(Lines(ReadBytes(dir_ / "out" / "triples.jsonl")).size(), 2u);
}

// ---------------------------------------------------------------------------
// Output escaping: names no format may be broken by

const std::vector<std::string>& HostileNames() {
  static const std::vector<std::string> names = {
      "Say \"no\" 'now'",
      "back\\slash \\N \\G \\n",
      "ctl \x01 \x1F \x7F bell\x07 end",
      "<b>bold</b> & <stop>",
      "{record|field} <port> | x",
      "two\nlines\r\nand\rcr",
      "tab\there",
      "Zo\xC3\xAB \xF0\x9F\x98\x80 \xF0\x9D\x94\x98nion \xE2\x80\xA8 sep",
      "]]> --> <!-- &amp; &#1;",
      "100% #hash ?query /slash @at",
  };
  return names;
}

// `text` as the inside of a JSON string: quotes, backslashes and control
// characters escaped, everything else as it is.
std::string JsonStringBody(const std::string& text) {
  std::string json;
  for (unsigned char c : text) {
    if (c == '"' || c == '\\') {
      json += '\\';
      json += static_cast<char>(c);
    } else if (c < 0x20) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
      json += escaped;
    } else {
      json += static_cast<char>(c);
    }
  }
  return json;
}

// A triples file (what `merge` reads) whose actor, topic, document id,
// sentence and cue are hostile strings.
std::string HostileTriples() {
  std::string lines;
  for (size_t i = 0; i < HostileNames().size(); ++i) {
    const std::string& name = HostileNames()[i];
    const std::string json = JsonStringBody(name);
    const std::string stance = i % 2 == 0 ? "support" : "oppose";
    lines += R"({"doc":"doc )" + json + R"(","sentence":"He said: )" + json +
             R"(","start":0,"end":9,"actor":")" + json + R"(","actor_mention":")" + json +
             R"(","actor_type":"person","stance":")" + stance + R"(","topic":"topic )" + json +
             R"(","topic_mention":"topic )" + json + R"(","cue":"backs )" + json +
             R"(","confidence":0.8,"date":"2024-03-0)" + std::to_string(i % 9 + 1) + "\"}\n";
  }
  return lines;
}

std::string JsonArray(const std::vector<std::string>& names) {
  std::string json = "[";
  for (const std::string& name : names) {
    if (json.size() > 1) json += ",";
    json += "\"" + JsonStringBody(name) + "\"";
  }
  return json + "]";
}

// Every format `build --format all` writes, each read back by its real
// reader: cgraph (`dot -Tsvg`), python json, pyld and rdflib (N-Quads),
// networkx (GraphML), python csv as Neo4j's importer reads it, and an XML
// parser for the SVG.
void ExpectEveryReaderAccepts(const fs::path& out, const std::vector<std::string>& actor_names) {
  std::string output;
  EXPECT_EQ(Shell("dot -Tsvg " + Quote((out / "graph.dot").string()) + " -o /dev/null", &output), 0)
      << output;
  EXPECT_EQ(Shell("/usr/bin/python3 -c " +
                      Quote("import json,sys,xml.etree.ElementTree as ET\n"
                            "json.load(open(sys.argv[1], encoding='utf-8'))\n"
                            "[json.loads(l) for l in open(sys.argv[2], encoding='utf-8')]\n"
                            "ET.parse(sys.argv[3])\n") +
                      " " + Quote((out / "graph.jsonld").string()) + " " +
                      Quote((out / "triples.jsonl").string()) + " " +
                      Quote((out / "graph.svg").string()),
                  &output),
            0)
      << output;
  int status = 0;
  auto rdf = Checker("jsonld_check.py",
                     {(out / "graph.jsonld").string(), "--nquads", (out / "graph.nq").string()},
                     &status);
  EXPECT_EQ(status, 0) << testing::PrintToString(rdf["error"]);
  EXPECT_EQ(rdf["isomorphic"], std::vector<std::string>{"true"});
  EXPECT_EQ(rdf["nquads_isomorphic_rdflib"], std::vector<std::string>{"true"});
  EXPECT_EQ(rdf["nquads_isomorphic_pyld"], std::vector<std::string>{"true"});
  auto graphml = Checker("graphml_check.py", {(out / "graph.graphml").string()}, &status);
  EXPECT_EQ(status, 0) << testing::PrintToString(graphml["error"]);
  EXPECT_EQ(graphml["xml"], std::vector<std::string>{"well-formed"});
  auto neo4j = Checker("neo4j_check.py", {(out / "neo4j").string()}, &status);
  EXPECT_EQ(status, 0) << testing::PrintToString(neo4j["error"]);

  // IRIs are percent-encoded: nothing N-Triples forbids inside <...>.
  for (const std::string& line : Lines(ReadBytes(out / "graph.nq"))) {
    for (size_t open = line.find('<'); open != std::string::npos; open = line.find('<', open + 1)) {
      if (open > 0 && line[open - 1] != ' ') continue;  // inside a literal
      const size_t close = line.find('>', open);
      const std::string iri = line.substr(open + 1, close - open - 1);
      if (iri.rfind("http", 0) != 0) continue;
      for (unsigned char c : iri) {
        EXPECT_TRUE(c > 0x20 && std::string("<>\"{}|^`\\").find(static_cast<char>(c)) == std::string::npos)
            << iri;
      }
    }
  }
  // Every name reads back from triples.jsonl as it was written.
  std::string found;
  WriteBytes(out / "names.json", JsonArray(actor_names));
  EXPECT_EQ(Shell("/usr/bin/python3 -c " +
                      Quote("import json,sys\n"
                            "actors={json.loads(l)['actor'] for l in open(sys.argv[1], encoding='utf-8')}\n"
                            "names=json.load(open(sys.argv[2], encoding='utf-8'))\n"
                            "missing=[n for n in names if n not in actors]\n"
                            "print('missing', missing) if missing else None\n"
                            "sys.exit(1 if missing else 0)\n") +
                      " " + Quote((out / "triples.jsonl").string()) + " " +
                      Quote((out / "names.json").string()),
                  &found),
            0)
      << found;
}

TEST_F(HostileCliTest, MergedHostileNamesGiveFilesEveryFormatsReaderAccepts) {
  WriteBytes(dir_ / "hostile.jsonl", HostileTriples());
  RunResult result = Run({"merge", "-q", "hostile.jsonl", "-o", "out", "--format", "all"});
  ASSERT_EQ(result.status, 0) << Describe(result);
  ExpectEveryReaderAccepts(dir_ / "out", HostileNames());
}

// The same through extraction: a user's actor lexicon gives canonical
// names with markup, quotes, braces and characters outside the BMP, and
// the text gives topics with them.
TEST_F(HostileCliTest, BuiltHostileNamesGiveFilesEveryFormatsReaderAccepts) {
  const std::vector<std::string> names = {
      "Q\"uote \\ Back <b>&amp; {x}|y \xF0\x9F\x98\x80", "Acme {Holdings} | <Ltd> & Co"};
  WriteBytes(dir_ / "hostile.actors.tsv", "# hostile names\n" + names[0] + "\torganization\tZorblax\n" +
                                               names[1] + "\torganization\tAcme\n");
  WriteBytes(dir_ / "news.txt",
             "Zorblax backs the \"{x}|<y>\" & \\ plan.\n\nAcme opposes the \xF0\x9D\x94\x98nion "
             "tariffs.\n\nZorblax supports Acme\xE2\x80\x99s <merger> plan.\n");
  RunResult result = Run({"build", "-q", "news.txt", "--lexicon", "hostile.actors.tsv", "-o", "out",
                          "--format", "all"});
  ASSERT_EQ(result.status, 0) << Describe(result);
  ExpectEveryReaderAccepts(dir_ / "out", names);
}

}  // namespace
