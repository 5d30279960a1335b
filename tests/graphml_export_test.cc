// GraphML export: read back by networkx (and parsed by xml.etree) through
// tests/graphml_check.py, which needs /usr/bin/python3 with python3-networkx;
// the tests fail, not skip, without them. Files are also given to
// `xmllint --noout` when it is installed (optional: nothing depends on it).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <locale>
#include <optional>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "export/exporters.h"
#include "tests/export_test_support.h"

namespace stancegraph::exporters {
namespace {

using namespace std::string_literals;
using stancegraph::testing::CheckOutput;
using stancegraph::testing::GraphOf;
using stancegraph::testing::ReadFile;
using stancegraph::testing::RunChecker;
using stancegraph::testing::RunCommand;
using stancegraph::testing::SampleTriples;
using stancegraph::testing::ShellQuote;
using stancegraph::testing::TempDir;
using stancegraph::testing::Triple;

constexpr const char* kMissing = "<missing>";

// Writes `graph` with WriteGraphMl into `dir` and runs graphml_check.py on it.
CheckOutput Check(const StanceGraph& graph, const TempDir& dir,
                  const std::string& name = "graph.graphml") {
  const std::string path = dir.File(name);
  std::optional<Problem> problem = WriteGraphMl(graph, path);
  EXPECT_FALSE(problem) << problem->ToString();
  return RunChecker("graphml_check.py", {path});
}

// The value printed for `key`, kMissing when there is none. Keys are unique
// but for `type_mismatch` and `error`, which the tests expect none of; their
// values are joined with " | " so that a failure shows them all.
std::string Get(const CheckOutput& output, const std::string& key) {
  auto it = output.find(key);
  if (it == output.end()) return kMissing;
  std::string joined;
  for (const std::string& value : it->second) {
    if (!joined.empty()) joined += " | ";
    joined += value;
  }
  return joined;
}

std::string NodeValue(const CheckOutput& output, const std::string& sg_id,
                      const std::string& name) {
  return Get(output, "node:" + sg_id + ":" + name);
}

std::string EdgeValue(const CheckOutput& output, const std::string& source,
                      const std::string& relation, const std::string& target,
                      const std::string& name) {
  return Get(output, "edge:" + source + ":" + relation + ":" + target + ":" + name);
}

// `text` as Python's json.dumps(ensure_ascii=False) prints it.
std::string Json(const std::string& text) {
  std::string json = "\"";
  for (char c : text) {
    switch (c) {
      case '"': json += "\\\""; break;
      case '\\': json += "\\\\"; break;
      case '\n': json += "\\n"; break;
      case '\r': json += "\\r"; break;
      case '\t': json += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char escaped[8];
          std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
          json += escaped;
        } else {
          json += c;
        }
    }
  }
  return json + "\"";
}

// Runs `xmllint --noout` on `path` when xmllint is installed.
void ExpectXmllintAcceptsIfInstalled(const std::string& path) {
  std::string ignored;
  if (RunCommand("command -v xmllint >/dev/null 2>&1", &ignored) != 0) return;
  std::string output;
  EXPECT_EQ(RunCommand("xmllint --noout " + ShellQuote(path) + " 2>&1", &output), 0) << output;
}

// The sample triples plus what analysts ask the export about: a second name
// ("Paris"), another cue and date, an undated third sentence, and a person
// who speaks for a body.
std::vector<StanceTriple> AnalystTriples() {
  std::vector<StanceTriple> triples = SampleTriples();
  triples[1].actor_mention = "Paris";
  triples[1].cue = "again backed";
  triples[1].date = "2024-02-27";
  StanceTriple undated = Triple("France", ActorType::kCountry, Stance::kSupport,
                                "security guarantees", "doc-5",
                                "France insists on security guarantees.", 0.6);
  undated.cue = "insists on";
  undated.date = "";
  triples.push_back(undated);
  StanceTriple envoy = Triple("Julianne Smith", ActorType::kPerson, Stance::kSupport,
                              "security guarantees", "doc-4",
                              "U.S. Ambassador to NATO Julianne Smith backs security guarantees.",
                              0.85);
  envoy.affiliation = "United States";
  triples.push_back(envoy);
  return triples;
}

TEST(GraphMlExportTest, NetworkxReadsEveryNodeAndEdge) {
  TempDir dir;
  const StanceGraph graph = GraphOf(AnalystTriples());
  CheckOutput output = Check(graph, dir);
  EXPECT_EQ(Get(output, "error"), kMissing);
  EXPECT_EQ(Get(output, "xml"), "well-formed");
  EXPECT_EQ(Get(output, "graph_class"), "DiGraph");
  // 4 actors with stances, the body United States, 2 topics.
  EXPECT_EQ(Get(output, "nodes"), std::to_string(graph.ActorCount() + graph.TopicCount()));
  EXPECT_EQ(Get(output, "nodes"), "7");
  // 5 stances and 1 speaks_for link.
  EXPECT_EQ(Get(output, "edges"), std::to_string(graph.EdgeCount() + graph.AffiliationCount()));
  EXPECT_EQ(Get(output, "edges"), "6");
  ExpectXmllintAcceptsIfInstalled(dir.File("graph.graphml"));
}

TEST(GraphMlExportTest, EveryAttributeIsDeclaredWithItsTypeAndReadBackTyped) {
  struct Attribute {
    std::string key;       // type:<for>:<name>
    std::string expected;  // <attr.type>:<Python type networkx returned>
  };
  const std::vector<Attribute> attributes = {
      {"type:node:sg_id", "string:str"},
      {"type:node:label", "string:str"},
      {"type:node:kind", "string:str"},
      {"type:node:actor_type", "string:str"},
      {"type:node:aliases", "string:str"},
      {"type:node:affiliation", "string:str"},
      {"type:node:stances", "int:int"},
      {"type:node:supports", "int:int"},
      {"type:node:opposes", "int:int"},
      {"type:node:mentions", "int:int"},
      {"type:node:documents", "int:int"},
      {"type:edge:label", "string:str"},
      {"type:edge:relation", "string:str"},
      {"type:edge:stance", "string:str"},
      {"type:edge:sign", "int:int"},
      {"type:edge:weight", "double:float"},
      {"type:edge:mentions", "int:int"},
      {"type:edge:occurrences", "int:int"},
      {"type:edge:confidence", "double:float"},
      {"type:edge:first_date", "string:str"},
      {"type:edge:last_date", "string:str"},
      {"type:edge:documents", "int:int"},
      {"type:edge:cues", "string:str"},
      {"type:edge:best_evidence", "string:str"},
      {"type:edge:best_evidence_doc", "string:str"},
      {"type:edge:contested", "boolean:bool"},
  };
  TempDir dir;
  CheckOutput output = Check(GraphOf(AnalystTriples()), dir);
  EXPECT_EQ(Get(output, "type_mismatch"), kMissing);
  for (const Attribute& attribute : attributes) {
    EXPECT_EQ(Get(output, attribute.key), attribute.expected) << attribute.key;
  }
  const size_t declared = std::count_if(output.begin(), output.end(), [](const auto& entry) {
    return entry.first.starts_with("type:");
  });
  EXPECT_EQ(declared, attributes.size()) << "an attribute is missing from this table";
}

TEST(GraphMlExportTest, SupporterEdgeKeepsCountsConfidenceDatesCuesAndBestEvidence) {
  TempDir dir;
  const StanceGraph graph = GraphOf(AnalystTriples());
  CheckOutput output = Check(graph, dir);
  auto edge = [&](const std::string& name) {
    return EdgeValue(output, "actor/france", "supports", "topic/security-guarantee", name);
  };
  EXPECT_EQ(edge("label"), Json("supports"));
  EXPECT_EQ(edge("stance"), Json("support"));
  EXPECT_EQ(edge("sign"), "1");
  EXPECT_EQ(edge("weight"), "3.0");
  EXPECT_EQ(edge("mentions"), "3");
  EXPECT_EQ(edge("occurrences"), "3");
  EXPECT_EQ(edge("documents"), "3");
  EXPECT_EQ(edge("first_date"), Json("2024-02-27"));
  EXPECT_EQ(edge("last_date"), Json("2024-03-01"));
  EXPECT_EQ(edge("cues"), Json("again backed; backs; insists on"));
  EXPECT_EQ(edge("best_evidence"), Json("France backs security guarantees."));
  EXPECT_EQ(edge("best_evidence_doc"), Json("doc-1"));
  EXPECT_EQ(edge("contested"), "false");

  // The mean of 0.9, 0.7 and 0.6 needs more than Boost's default 6
  // significant digits to come back as the same double.
  const StanceGraph::Vertex france = *graph.FindActor("France");
  const StanceGraph::Edge stance = graph.EdgesInOrder().front();
  ASSERT_EQ(source(stance, graph.graph()), france);
  const double confidence = graph.graph()[stance].confidence;
  EXPECT_NEAR(confidence, 0.7333333, 1e-6);
  ASSERT_NE(edge("confidence"), kMissing);
  EXPECT_EQ(std::strtod(edge("confidence").c_str(), nullptr), confidence) << edge("confidence");
}

TEST(GraphMlExportTest, NodesCarryStableIdLabelKindTypeAliasesAndCounts) {
  TempDir dir;
  CheckOutput output = Check(GraphOf(AnalystTriples()), dir);
  EXPECT_EQ(NodeValue(output, "actor/france", "sg_id"), Json("actor/france"));
  EXPECT_EQ(NodeValue(output, "actor/france", "label"), Json("France"));
  EXPECT_EQ(NodeValue(output, "actor/france", "kind"), Json("actor"));
  EXPECT_EQ(NodeValue(output, "actor/france", "actor_type"), Json("country"));
  EXPECT_EQ(NodeValue(output, "actor/france", "aliases"), Json("Paris"));
  EXPECT_EQ(NodeValue(output, "actor/france", "stances"), "1");
  EXPECT_EQ(NodeValue(output, "actor/france", "supports"), "1");
  EXPECT_EQ(NodeValue(output, "actor/france", "opposes"), "0");
  EXPECT_EQ(NodeValue(output, "actor/france", "mentions"), "3");
  EXPECT_EQ(NodeValue(output, "actor/france", "documents"), "3");
  // networkx leaves out attributes written empty.
  EXPECT_EQ(NodeValue(output, "actor/france", "affiliation"), kMissing);

  const std::string topic = "topic/security-guarantee";
  EXPECT_EQ(NodeValue(output, topic, "label"), Json("security guarantees"));
  EXPECT_EQ(NodeValue(output, topic, "kind"), Json("topic"));
  EXPECT_EQ(NodeValue(output, topic, "actor_type"), kMissing);
  // France, Germany and Julianne Smith support it, Hungary opposes it.
  EXPECT_EQ(NodeValue(output, topic, "stances"), "4");
  EXPECT_EQ(NodeValue(output, topic, "supports"), "3");
  EXPECT_EQ(NodeValue(output, topic, "opposes"), "1");
  // France 3, Germany 1, Hungary 1, Julianne Smith 1.
  EXPECT_EQ(NodeValue(output, topic, "mentions"), "6");
  EXPECT_EQ(NodeValue(output, topic, "documents"), "5");
}

TEST(GraphMlExportTest, SpeaksForLinkIsAnEdgeFromThePersonToTheBody) {
  TempDir dir;
  CheckOutput output = Check(GraphOf(AnalystTriples()), dir);
  auto edge = [&](const std::string& name) {
    return EdgeValue(output, "actor/julianne-smith", "speaks_for", "actor/united-states", name);
  };
  EXPECT_EQ(edge("label"), Json("speaks for"));
  EXPECT_EQ(edge("sign"), "0");
  EXPECT_EQ(edge("weight"), "1.0");
  EXPECT_EQ(edge("mentions"), "1");
  EXPECT_EQ(edge("best_evidence"),
            Json("U.S. Ambassador to NATO Julianne Smith backs security guarantees."));
  EXPECT_EQ(edge("best_evidence_doc"), Json("doc-4"));
  EXPECT_EQ(edge("stance"), kMissing);  // written empty
  EXPECT_EQ(edge("contested"), "false");

  EXPECT_EQ(NodeValue(output, "actor/julianne-smith", "affiliation"), Json("United States"));
  EXPECT_EQ(NodeValue(output, "actor/julianne-smith", "actor_type"), Json("person"));
  EXPECT_EQ(NodeValue(output, "actor/united-states", "kind"), Json("actor"));
  EXPECT_EQ(NodeValue(output, "actor/united-states", "stances"), "0");
}

// Gephi and yEd read booleans with Java's Boolean.parseBoolean, for which
// Boost's default "1" is false.
TEST(GraphMlExportTest, ContestedStancesAreParallelEdgesFlaggedTrue) {
  std::vector<StanceTriple> triples = SampleTriples();
  triples.push_back(Triple("Germany", ActorType::kCountry, Stance::kSupport, "sanctions",
                           "doc-4", "Germany now supports sanctions.", 0.5));
  TempDir dir;
  const StanceGraph graph = GraphOf(triples);
  CheckOutput output = Check(graph, dir);
  EXPECT_EQ(Get(output, "graph_class"), "MultiDiGraph");
  EXPECT_EQ(Get(output, "edges"), "5");  // the 4 sample stances and Germany's new one
  for (const std::string relation : {"supports", "opposes"}) {
    EXPECT_EQ(EdgeValue(output, "actor/germany", relation, "topic/sanction", "contested"), "true")
        << relation;
  }
  EXPECT_EQ(EdgeValue(output, "actor/france", "supports", "topic/security-guarantee", "contested"),
            "false");

  const std::string text = GraphMlText(graph);
  const std::string declaration = "attr.name=\"contested\"";
  const size_t at = text.find(declaration);
  ASSERT_NE(at, std::string::npos);
  const size_t id_start = text.rfind("id=\"", at) + 4;
  const std::string id = text.substr(id_start, text.find('"', id_start) - id_start);
  EXPECT_NE(text.find("<data key=\"" + id + "\">true</data>"), std::string::npos) << id;
  EXPECT_EQ(text.find("<data key=\"" + id + "\">1</data>"), std::string::npos) << id;
}

// Markup characters are escaped as Boost's writer does; the rest is mended
// into valid XML text (export/graphml_column.h).
TEST(GraphMlExportTest, HostileStringsGiveWellFormedXmlThatReadsBackAsDocumented) {
  struct Case {
    std::string text;      // used as an actor name and as its evidence sentence
    std::string expected;  // what networkx gives back
  };
  const std::string kFffd = "\xEF\xBF\xBD";
  const std::vector<Case> cases = {
      {"Say \"no\" & <stop> 'now'", "Say \"no\" & <stop> 'now'"},
      {"]]> --> <!-- <![CDATA[ &amp; &#1;", "]]> --> <!-- <![CDATA[ &amp; &#1;"},
      {"tab\there and\nline break", "tab\there and\nline break"},
      {"crlf\r\nand lone\rcr", "crlf\nand lone\ncr"},
      {"nul\0 bell\x07 vt\x0B ff\x0C us\x1F end"s,
       "nul" + kFffd + " bell" + kFffd + " vt" + kFffd + " ff" + kFffd + " us" + kFffd + " end"},
      {"bad \xFF byte \xC3( and \xE2\x82 cut", "bad " + kFffd + " byte " + kFffd + "( and " +
                                                   kFffd + " cut"},
      {"nonchar \xEF\xBF\xBE \xEF\xBF\xBF", "nonchar " + kFffd + " " + kFffd},
      {"Zo\xC3\xAB \xF0\x9F\x98\x80 del\x7F", "Zo\xC3\xAB \xF0\x9F\x98\x80 del\x7F"},
      {"  spaced  ", "  spaced  "},
  };
  std::vector<StanceTriple> triples;
  for (size_t i = 0; i < cases.size(); ++i) {
    triples.push_back(Triple(cases[i].text, ActorType::kPerson, Stance::kSupport, "hostile",
                             "doc-" + std::to_string(i), cases[i].text));
  }
  const StanceGraph graph = GraphOf(triples);
  ASSERT_EQ(graph.ActorCount(), cases.size());

  const std::string text = GraphMlText(graph);
  EXPECT_TRUE(IsValidUtf8(text));
  for (char c : text) {
    const unsigned char byte = static_cast<unsigned char>(c);
    ASSERT_TRUE(byte >= 0x20 || c == '\t' || c == '\n') << "control byte " << int{byte};
  }

  TempDir dir;
  CheckOutput output = Check(graph, dir);
  EXPECT_EQ(Get(output, "error"), kMissing);
  EXPECT_EQ(Get(output, "xml"), "well-formed");
  EXPECT_EQ(Get(output, "nodes"), std::to_string(cases.size() + 1));
  for (const Case& c : cases) {
    std::optional<StanceGraph::Vertex> actor = graph.FindActor(c.text);
    ASSERT_TRUE(actor) << c.expected;
    const std::string& id = graph.graph()[*actor].id;
    EXPECT_EQ(NodeValue(output, id, "label"), Json(c.expected)) << id;
    EXPECT_EQ(EdgeValue(output, id, "supports", "topic/hostile", "best_evidence"),
              Json(c.expected))
        << id;
  }
  ExpectXmllintAcceptsIfInstalled(dir.File("graph.graphml"));
}

TEST(GraphMlExportTest, OutputDoesNotDependOnInsertionOrder) {
  std::vector<StanceTriple> triples = AnalystTriples();
  const std::string first = GraphMlText(GraphOf(triples));
  std::reverse(triples.begin(), triples.end());
  EXPECT_EQ(GraphMlText(GraphOf(triples)), first);
  std::rotate(triples.begin(), triples.begin() + 3, triples.end());
  EXPECT_EQ(GraphMlText(GraphOf(triples)), first);
}

TEST(GraphMlExportTest, SampleTriplesRoundTrip) {
  TempDir dir;
  const StanceGraph graph = GraphOf(SampleTriples());
  CheckOutput output = Check(graph, dir);
  const StanceGraph::Graph& g = graph.graph();
  EXPECT_EQ(Get(output, "nodes"), "5");
  EXPECT_EQ(Get(output, "edges"), "4");
  for (StanceGraph::Vertex vertex : graph.VerticesInOrder()) {
    EXPECT_EQ(NodeValue(output, g[vertex].id, "label"), Json(g[vertex].name)) << g[vertex].id;
  }
  for (StanceGraph::Edge edge : graph.EdgesInOrder()) {
    const StanceEdge& stance = g[edge];
    const std::string relation = stance.stance == Stance::kSupport ? "supports" : "opposes";
    auto value = [&](const std::string& name) {
      return EdgeValue(output, g[source(edge, g)].id, relation, g[target(edge, g)].id, name);
    };
    const std::string where = g[source(edge, g)].id + " " + relation;
    EXPECT_EQ(value("stance"), Json(std::string(StanceName(stance.stance)))) << where;
    EXPECT_EQ(value("mentions"), std::to_string(stance.mentions)) << where;
    EXPECT_EQ(value("occurrences"), std::to_string(stance.occurrences)) << where;
    EXPECT_EQ(std::strtod(value("weight").c_str(), nullptr), static_cast<double>(stance.mentions))
        << where;
    EXPECT_EQ(std::strtod(value("confidence").c_str(), nullptr), stance.confidence) << where;
    EXPECT_EQ(value("best_evidence"), Json(StanceGraph::BestEvidence(stance)->sentence)) << where;
  }
}

// A numpunct that writes 1234.5 as "1.234,5".
class GermanNumbers : public std::numpunct<char> {
 protected:
  char do_decimal_point() const override { return ','; }
  char do_thousands_sep() const override { return '.'; }
  std::string do_grouping() const override { return "\3"; }
};

// Sets the global C++ locale for one scope.
class GlobalLocale {
 public:
  explicit GlobalLocale(const std::locale& locale) : previous_(std::locale::global(locale)) {}
  ~GlobalLocale() { std::locale::global(previous_); }
  GlobalLocale(const GlobalLocale&) = delete;
  GlobalLocale& operator=(const GlobalLocale&) = delete;

 private:
  std::locale previous_;
};

TEST(GraphMlExportTest, NumbersIgnoreTheGlobalLocale) {
  // Over 1000 nodes, so that node numbers could be grouped too ("n1.000").
  std::vector<StanceTriple> triples = SampleTriples();
  for (int i = 0; i < 1000; ++i) {
    triples.push_back(Triple("Actor " + std::to_string(i), ActorType::kGroup, Stance::kOppose,
                             "sanctions", "bulk", "Actor " + std::to_string(i) + " rejects it.",
                             0.25));
  }
  const StanceGraph graph = GraphOf(triples);
  const std::string classic = GraphMlText(graph);
  std::string localized;
  {
    GlobalLocale german(std::locale(std::locale::classic(), new GermanNumbers));
    localized = GraphMlText(graph);
  }
  // Not EXPECT_EQ: gtest's diff of two 1 MB texts takes half a minute.
  const size_t differs =
      std::mismatch(classic.begin(), classic.end(), localized.begin(), localized.end()).first -
      classic.begin();
  EXPECT_TRUE(localized == classic) << "first difference at byte " << differs << ": "
                                    << localized.substr(differs >= 40 ? differs - 40 : 0, 80);
  EXPECT_NE(classic.find("<node id=\"n1004\">"), std::string::npos);
  EXPECT_NE(classic.find(">0.25</data>"), std::string::npos);
}

TEST(GraphMlExportTest, EmptyGraphIsAValidFile) {
  TempDir dir;
  CheckOutput output = Check(StanceGraph(), dir);
  EXPECT_EQ(Get(output, "xml"), "well-formed");
  EXPECT_EQ(Get(output, "nodes"), "0");
  EXPECT_EQ(Get(output, "edges"), "0");
}

TEST(GraphMlExportTest, WrittenFileMatchesTheText) {
  TempDir dir;
  const StanceGraph graph = GraphOf(AnalystTriples());
  const std::string path = dir.File("out.graphml");
  ASSERT_FALSE(WriteGraphMl(graph, path));
  EXPECT_EQ(ReadFile(path), GraphMlText(graph));
  EXPECT_EQ(dir.Entries(), std::vector<std::string>{"out.graphml"});
}

TEST(GraphMlExportTest, WriteToAMissingDirectoryNamesThePathAndLeavesNoFile) {
  TempDir dir;
  const std::string path = dir.File("missing/graph.graphml");
  std::optional<Problem> problem = WriteGraphMl(GraphOf(SampleTriples()), path);
  ASSERT_TRUE(problem);
  EXPECT_EQ(problem->where, path);
  EXPECT_NE(problem->ToString().find(path), std::string::npos);
  EXPECT_TRUE(dir.Entries().empty());
}

}  // namespace
}  // namespace stancegraph::exporters
