// RDF exports: the N-Quads must be the same RDF as the JSON-LD, load into
// rdflib with every string intact, answer the SPARQL questions users ask
// ("who supports T", "which actors conflict") and use only terms the
// vocabulary in export/vocabulary/stancegraph.ttl defines. The Python side
// is tests/jsonld_check.py under /usr/bin/python3 (python3-rdflib and
// python3-pyld); the tests fail, not skip, when those are missing.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "export/exporters.h"
#include "tests/export_test_support.h"

namespace stancegraph::exporters {
namespace {

using stancegraph::testing::All;
using stancegraph::testing::CheckOutput;
using stancegraph::testing::GraphOf;
using stancegraph::testing::One;
using stancegraph::testing::ReadFile;
using stancegraph::testing::RunChecker;
using stancegraph::testing::SampleTriples;
using stancegraph::testing::TempDir;
using stancegraph::testing::Triple;

constexpr const char* kXsd = "http://www.w3.org/2001/XMLSchema#";
constexpr const char* kSg = "https://stancegraph.org/vocab#";
constexpr const char* kIds = "https://stancegraph.org/id/";

std::string Vocabulary() {
  return std::string(STANCEGRAPH_SOURCE_DIR) + "/export/vocabulary/stancegraph.ttl";
}

// Writes `graph` as JSON-LD and as N-Quads into `dir` and runs
// jsonld_check.py on both (queries run on the N-Quads) with the vocabulary
// check on.
CheckOutput Check(const StanceGraph& graph, const TempDir& dir,
                  const std::vector<std::string>& arguments, const JsonLdOptions& options = {}) {
  const std::string jsonld = dir.File("graph.jsonld");
  const std::string nquads = dir.File("graph.nq");
  std::optional<Problem> problem = WriteJsonLd(graph, jsonld, options);
  EXPECT_FALSE(problem) << problem->ToString();
  problem = WriteNQuads(graph, nquads, options);
  EXPECT_FALSE(problem) << problem->ToString();
  std::vector<std::string> checker_arguments = {jsonld, "--nquads", nquads, "--vocabulary",
                                                Vocabulary()};
  checker_arguments.insert(checker_arguments.end(), arguments.begin(), arguments.end());
  return RunChecker("jsonld_check.py", checker_arguments);
}

// What every check of a well-formed export prints, whatever the graph.
void ExpectSameRdfEverywhere(const CheckOutput& output) {
  EXPECT_EQ(All(output, "error"), std::vector<std::string>{});
  EXPECT_EQ(One(output, "queried"), "nquads");
  EXPECT_EQ(One(output, "isomorphic"), "true");
  EXPECT_EQ(One(output, "nquads_isomorphic_rdflib"), "true");
  EXPECT_EQ(One(output, "nquads_isomorphic_pyld"), "true");
  EXPECT_EQ(One(output, "nquads_graphs"), "1");
  EXPECT_EQ(One(output, "nquads_lines"), One(output, "nquads_triples"));
  EXPECT_EQ(One(output, "nquads_triples"), One(output, "rdflib_triples"));
  EXPECT_EQ(One(output, "undefined_terms"), "");
  EXPECT_EQ(One(output, "unresolved_ids"), "");
  EXPECT_EQ(One(output, "undefined_sg_terms"), "");
  EXPECT_EQ(One(output, "undefined_context_terms"), "");
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

bool HasLine(const std::string& text, const std::string& line) {
  const std::vector<std::string> lines = Lines(text);
  return std::find(lines.begin(), lines.end(), line) != lines.end();
}

std::string Hex(const std::string& bytes) {
  std::string hex;
  for (unsigned char c : bytes) {
    char digits[3];
    std::snprintf(digits, sizeof digits, "%02x", c);
    hex += digits;
  }
  return hex;
}

// A: two statements for x; B opposes x; C supports x and opposes y; D
// supports y. Conflict: A-B 2, B-C 1, C-D 1. Congruence: A-C 2.
std::vector<StanceTriple> ConflictTriples() {
  return {
      Triple("Alpha", ActorType::kCountry, Stance::kSupport, "x", "d1", "Alpha backs x."),
      Triple("Alpha", ActorType::kCountry, Stance::kSupport, "x", "d2", "Alpha again backs x."),
      Triple("Beta", ActorType::kCountry, Stance::kOppose, "x", "d1", "Beta rejects x."),
      Triple("Gamma", ActorType::kOrganization, Stance::kSupport, "x", "d2", "Gamma backs x."),
      Triple("Gamma", ActorType::kOrganization, Stance::kOppose, "y", "d3", "Gamma rejects y."),
      Triple("Delta", ActorType::kPerson, Stance::kSupport, "y", "d3", "Delta backs y."),
  };
}

TEST(RdfExportTest, NQuadsAreTheSameRdfAsTheJsonLd) {
  TempDir dir;
  const StanceGraph graph = GraphOf(SampleTriples());
  const CheckOutput output = Check(graph, dir, {});
  ExpectSameRdfEverywhere(output);
  EXPECT_GT(std::stoi(One(output, "nquads_triples")), 100);
  EXPECT_EQ(One(output, "pyld_triples"), One(output, "nquads_triples"));
  EXPECT_EQ(One(output, "statements"), std::to_string(graph.EdgeCount()));
  EXPECT_EQ(One(output, "evidence"), std::to_string(graph.MentionCount()));
}

TEST(RdfExportTest, SparqlOnTheNQuadsFindsWhoSupportsAndOpposesATopic) {
  struct Case {
    std::vector<StanceTriple> triples;
    std::string argument;
    std::string topic;
    std::vector<std::string> names;
  };
  const std::vector<Case> cases = {
      {SampleTriples(), "--supports", "security guarantees", {"France", "Germany"}},
      {SampleTriples(), "--opposes", "security guarantees", {"Hungary"}},
      {SampleTriples(), "--opposes", "sanctions", {"Germany"}},
      {SampleTriples(), "--supports", "sanctions", {}},
      {ConflictTriples(), "--supports", "x", {"Alpha", "Gamma"}},
      {ConflictTriples(), "--opposes", "y", {"Gamma"}},
  };
  for (const Case& c : cases) {
    TempDir dir;
    const CheckOutput output = Check(GraphOf(c.triples), dir, {c.argument, c.topic});
    EXPECT_EQ(One(output, "queried"), "nquads");
    const std::string role = c.argument == "--supports" ? "supporter" : "opposer";
    EXPECT_EQ(All(output, role), c.names) << c.argument << " " << c.topic;
    EXPECT_EQ(All(output, "direct_" + role), c.names) << c.argument << " " << c.topic;
  }
}

TEST(RdfExportTest, SparqlFindsWhichActorsConflictAndAgreeWithWeights) {
  struct Case {
    std::string name;
    std::vector<StanceTriple> triples;
    std::vector<std::string> conflicts, conflict_ties, agreements, agreement_ties;
  };
  const std::vector<Case> cases = {
      {"hand-built",
       ConflictTriples(),
       {"Alpha|Beta", "Beta|Alpha", "Beta|Gamma", "Delta|Gamma", "Gamma|Beta", "Gamma|Delta"},
       {"Alpha|Beta|2", "Beta|Gamma|1", "Delta|Gamma|1"},
       {"Alpha|Gamma", "Gamma|Alpha"},
       {"Alpha|Gamma|2"}},
      {"sample",
       SampleTriples(),
       {"France|Hungary", "Germany|Hungary", "Hungary|France", "Hungary|Germany"},
       {"France|Hungary|2", "Germany|Hungary|1"},
       {"France|Germany", "Germany|France"},
       {"France|Germany|2"}},
  };
  for (const Case& c : cases) {
    TempDir dir;
    const CheckOutput output = Check(GraphOf(c.triples), dir, {"--conflicts", "--agreements"});
    ExpectSameRdfEverywhere(output);
    EXPECT_EQ(All(output, "conflict"), c.conflicts) << c.name;
    EXPECT_EQ(All(output, "conflict_tie"), c.conflict_ties) << c.name;
    EXPECT_EQ(All(output, "agree"), c.agreements) << c.name;
    EXPECT_EQ(All(output, "agree_tie"), c.agreement_ties) << c.name;
  }
}

TEST(RdfExportTest, NetworksCanBeLeftOut) {
  TempDir dir;
  JsonLdOptions options;
  options.networks = false;
  const StanceGraph graph = GraphOf(SampleTriples());
  const CheckOutput output = Check(graph, dir, {"--conflicts", "--agreements"}, options);
  ExpectSameRdfEverywhere(output);
  EXPECT_EQ(All(output, "conflict"), std::vector<std::string>{});
  EXPECT_EQ(All(output, "conflict_tie"), std::vector<std::string>{});
  EXPECT_EQ(All(output, "agree"), std::vector<std::string>{});
  const std::string text = NQuadsText(graph, options);
  EXPECT_EQ(text.find("Network"), std::string::npos);
  EXPECT_EQ(text.find("agreesWith"), std::string::npos);
  EXPECT_EQ(JsonLdText(graph, options).find("\"sg:Network\""), std::string::npos);
}

// Pairs of actors grow with the square of the actors: the networks are
// written among the most active ones only (Hungary, with one statement, is
// the least active of the samples' three actors).
TEST(RdfExportTest, NetworksAreLimitedToTheMostActiveActors) {
  const StanceGraph graph = GraphOf(SampleTriples());
  JsonLdOptions options;
  options.network_actors = 0;  // all
  const std::string all = NQuadsText(graph, options);
  EXPECT_NE(all.find("/network/conflict/germany/hungary>"), std::string::npos) << all;
  options.network_actors = 2;
  const std::string two = NQuadsText(graph, options);
  EXPECT_EQ(two.find("/network/conflict/germany/hungary>"), std::string::npos);
  EXPECT_NE(two.find("/network/congruence/france/germany>"), std::string::npos) << two;
}

// The graph uses every sg: class and property the exports know: all actor
// types, an affiliation, an undated and a text-dated statement, networks.
TEST(RdfExportTest, VocabularyDefinesEveryTermTheExportsUse) {
  std::vector<StanceTriple> triples = ConflictTriples();
  StanceTriple spokesperson = Triple("Ann Lee", ActorType::kPerson, Stance::kOppose, "y", "d4",
                                     "NATO's Ann Lee rejects y.");
  spokesperson.affiliation = "NATO";
  spokesperson.date = "spring 2024";
  triples.push_back(spokesperson);
  triples.push_back(
      Triple("farmers", ActorType::kGroup, Stance::kOppose, "x", "d5", "Farmers reject x."));
  TempDir dir;
  const CheckOutput output = Check(GraphOf(triples), dir, {});
  ExpectSameRdfEverywhere(output);
  // 21 sg: properties in the context, and the classes Actor, Group,
  // StanceStatement, AffiliationStatement, Network, NetworkTie.
  EXPECT_EQ(One(output, "sg_terms_used"), "27");
}

TEST(RdfExportTest, HostileStringsSurviveNQuadsExactly) {
  static constexpr char kControls[] = "controls \x01 \x1F \x7F \xC2\x85 and NUL \0 too";
  const std::string actor = "Zoë \"Z\" \\ Lee";
  const std::vector<std::string> hostile = {
      "She said \"no\" \\ twice.\nThen\tleft.\r",    // quotes, backslash, newline, tab, CR
      "C:\\news\\table \\u0041 \\\" end\\",          // a backslash before n, t, u, "
      std::string(kControls, sizeof kControls - 1),  // C0, DEL, C1 and NUL
      "Zoë — 東京 😀 ‘quoted’ \u2028 \u2029",         // non-ASCII, Unicode line breaks
      "doc <1> with spaces & \"quotes\"",            // the document id
      actor,
  };
  StanceTriple triple = Triple(actor, ActorType::kPerson, Stance::kSupport, "topic\twith tab",
                               hostile[4], hostile[0]);
  triple.cue = hostile[1];
  triple.actor_mention = hostile[2];
  triple.topic_mention = hostile[3];
  triple.date = "spring \xFF 2024";  // invalid UTF-8: U+FFFD in both files
  const StanceGraph graph = GraphOf({triple});

  std::vector<std::string> arguments = {"--expect-literal", Hex("spring \uFFFD 2024")};
  for (const std::string& text : hostile) {
    arguments.push_back("--expect-literal");
    arguments.push_back(Hex(text));
  }
  TempDir dir;
  const CheckOutput output = Check(graph, dir, arguments);
  ExpectSameRdfEverywhere(output);
  EXPECT_EQ(All(output, "missing_literal"), std::vector<std::string>{});
  EXPECT_EQ(One(output, "expected_literals_found"), std::to_string(hostile.size() + 1));

  // The document id becomes a percent-encoded IRI; the file is valid UTF-8
  // with one triple on each line.
  const std::string text = NQuadsText(graph);
  EXPECT_TRUE(IsValidUtf8(text));
  EXPECT_NE(text.find("<https://stancegraph.org/id/doc/doc%20%3C1%3E%20with%20spaces%20%26%20%22"
                      "quotes%22>"),
            std::string::npos)
      << text;
  for (const std::string& line : Lines(text)) {
    EXPECT_EQ(line.substr(line.size() - 2), " .") << line;
    for (unsigned char c : line) EXPECT_GE(c, 0x20) << line;
  }
}

TEST(RdfExportTest, LiteralsAreEscapedAsNTriples) {
  struct Case {
    std::string sentence;
    std::string escaped;
  };
  const std::vector<Case> cases = {
      {"a \"quote\"", "a \\\"quote\\\""},
      // \u005C, not \\: rdflib 6.1 reads "\\n" as a backslash and a newline.
      {"back\\slash \\n", "back\\u005Cslash \\u005Cn"},
      {"line\nbreak\rreturn\ttab", "line\\nbreak\\rreturn\\ttab"},
      {"\x01\x1F\x7F", "\\u0001\\u001F\\u007F"},
      {"next line \xC2\x85", "next line \\u0085"},
      {"é 東京 😀", "é 東京 😀"},
      {"bad \xFF byte", "bad \xEF\xBF\xBD byte"},
  };
  for (const Case& c : cases) {
    const StanceGraph graph =
        GraphOf({Triple("A", ActorType::kCountry, Stance::kSupport, "t", "d", c.sentence)});
    const std::string text = NQuadsText(graph);
    EXPECT_NE(text.find("<http://www.w3.org/ns/oa#exact> \"" + c.escaped + "\" .\n"),
              std::string::npos)
        << c.escaped << "\n"
        << text;
  }
}

TEST(RdfExportTest, IrisAndDatatypesAreWrittenInFull) {
  const std::string text = NQuadsText(GraphOf(SampleTriples()));
  const std::string ids = kIds;
  const std::string sg = kSg;
  const std::string xsd = kXsd;
  const std::vector<std::string> lines = {
      "<" + ids + "actor/france> <" + sg + "conflictsWith> <" + ids + "actor/hungary> .",
      "<" + ids + "actor/hungary> <" + sg + "conflictsWith> <" + ids + "actor/france> .",
      "<" + ids + "actor/france> <" + sg + "supports> <" + ids + "topic/security-guarantee> .",
      "<" + ids + "network/conflict/france/hungary> <" + sg + "weight> \"2.0E0\"^^<" + xsd +
          "double> .",
      "<" + ids + "network/conflict/france/hungary> <" + sg + "network> <" + ids +
          "network/conflict> .",
      "<" + ids + "network/conflict> <" + sg + "normalization> \"none\" .",
      "<" + ids + "network/conflict> <" + sg + "duplicates> \"statement\" .",
      "<" + ids + "stance/france/support/security-guarantee> <" + sg + "mentions> \"2\"^^<" + xsd +
          "nonNegativeInteger> .",
      "<" + ids + "stance/france/support/security-guarantee> <" + sg + "confidence> \"8.0E-1\"^^<" +
          xsd + "double> .",
      "<" + ids + "stance/france/support/security-guarantee/evidence/1> <" + sg +
          "date> \"2024-03-01\"^^<" + xsd + "date> .",
      "<" + ids +
          "stance/france/support/security-guarantee> <http://www.w3.org/ns/prov#"
          "wasAttributedTo> <" +
          ids + "agent/stancegraph> .",
      "<" + ids +
          "doc/doc-1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
          "<https://schema.org/NewsArticle> .",
  };
  for (const std::string& line : lines) EXPECT_TRUE(HasLine(text, line)) << line;
}

TEST(RdfExportTest, LinesAreSortedDistinctTriples) {
  const std::string text = NQuadsText(GraphOf(SampleTriples()));
  ASSERT_FALSE(text.empty());
  EXPECT_EQ(text.back(), '\n');
  const std::vector<std::string> lines = Lines(text);
  EXPECT_TRUE(std::is_sorted(lines.begin(), lines.end()));
  EXPECT_EQ(std::adjacent_find(lines.begin(), lines.end()), lines.end());
  for (const std::string& line : lines) {
    // Subject: an IRI or a blank node; never a graph name after the object.
    EXPECT_TRUE(line.rfind("<", 0) == 0 || line.rfind("_:b", 0) == 0) << line;
    EXPECT_EQ(line.substr(line.size() - 2), " .") << line;
  }
}

TEST(RdfExportTest, OutputDoesNotDependOnInsertionOrder) {
  for (std::vector<StanceTriple> triples : {SampleTriples(), ConflictTriples()}) {
    const std::string first = NQuadsText(GraphOf(triples));
    std::reverse(triples.begin(), triples.end());
    EXPECT_EQ(NQuadsText(GraphOf(triples)), first);
    std::rotate(triples.begin(), triples.begin() + 2, triples.end());
    EXPECT_EQ(NQuadsText(GraphOf(triples)), first);
  }
}

TEST(RdfExportTest, WrittenFileMatchesTheText) {
  TempDir dir;
  const StanceGraph graph = GraphOf(SampleTriples());
  const std::string path = dir.File("graph.nq");
  ASSERT_FALSE(WriteNQuads(graph, path));
  EXPECT_EQ(ReadFile(path), NQuadsText(graph));
}

TEST(RdfExportTest, BadBaseIriGivesAProblemNamingThePath) {
  const std::vector<std::string> bad = {
      "ids/", "", "https://example.org/a b/", "https://example.org/<x>/", "urn:", ":x"};
  for (const std::string& base : bad) {
    TempDir dir;
    JsonLdOptions options;
    options.base_iri = base;
    const std::string path = dir.File("graph.nq");
    std::optional<Problem> problem = WriteNQuads(GraphOf(SampleTriples()), path, options);
    ASSERT_TRUE(problem) << base;
    EXPECT_EQ(problem->where, path);
    EXPECT_NE(problem->message.find("`" + base + "`"), std::string::npos) << problem->message;
    EXPECT_TRUE(dir.Entries().empty()) << base;
    EXPECT_THROW(NQuadsText(GraphOf(SampleTriples()), options), std::invalid_argument) << base;
  }
}

TEST(RdfExportTest, WriteNQuadsToAMissingDirectoryNamesThePath) {
  TempDir dir;
  const std::string path = dir.File("missing/graph.nq");
  std::optional<Problem> problem = WriteNQuads(GraphOf(SampleTriples()), path);
  ASSERT_TRUE(problem);
  EXPECT_EQ(problem->where, path);
}

TEST(RdfExportTest, IdsStayUnderAConfiguredBase) {
  for (const std::string base : {"https://example.org/ids/", "urn:example:stance:"}) {
    TempDir dir;
    JsonLdOptions options;
    options.base_iri = base;
    const StanceGraph graph = GraphOf(SampleTriples());
    const CheckOutput output = Check(graph, dir, {"--conflicts"}, options);
    ExpectSameRdfEverywhere(output);
    EXPECT_EQ(All(output, "conflict_tie"),
              (std::vector<std::string>{"France|Hungary|2", "Germany|Hungary|1"}));
    const std::string text = NQuadsText(graph, options);
    EXPECT_TRUE(HasLine(text, "<" + base +
                                  "network/conflict> "
                                  "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" +
                                  kSg + "Network> ."))
        << base;
    EXPECT_EQ(text.find(kIds), std::string::npos) << base;
  }
}

}  // namespace
}  // namespace stancegraph::exporters
