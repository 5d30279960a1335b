// JSON-LD export: parsed by RapidJSON, then expanded by pyld and loaded by
// rdflib through tests/jsonld_check.py (which needs /usr/bin/python3 with
// python3-pyld and python3-rdflib; the test fails, not skips, without them).
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <stdexcept>
#include <string>
#include <vector>

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

// Writes `graph` as JSON-LD into `dir` and runs jsonld_check.py on it.
CheckOutput Check(const StanceGraph& graph, const TempDir& dir,
                  const std::vector<std::string>& arguments, const JsonLdOptions& options = {}) {
  std::string path = dir.File("graph.jsonld");
  std::optional<Problem> problem = WriteJsonLd(graph, path, options);
  EXPECT_FALSE(problem) << problem->ToString();
  std::vector<std::string> checker_arguments = {path};
  checker_arguments.insert(checker_arguments.end(), arguments.begin(), arguments.end());
  return RunChecker("jsonld_check.py", checker_arguments);
}

rapidjson::Document ParseStrict(const std::string& text) {
  rapidjson::Document document;
  document.Parse<rapidjson::kParseValidateEncodingFlag>(text.data(), text.size());
  return document;
}

TEST(JsonLdExportTest, ProcessorsAgreeAndDropNothing) {
  TempDir dir;
  StanceGraph graph = GraphOf(SampleTriples());
  CheckOutput output = Check(graph, dir, {});

  EXPECT_EQ(All(output, "error"), std::vector<std::string>{});
  EXPECT_EQ(One(output, "undefined_terms"), "");
  EXPECT_EQ(One(output, "unresolved_ids"), "");
  EXPECT_EQ(One(output, "isomorphic"), "true");
  EXPECT_EQ(One(output, "pyld_triples"), One(output, "rdflib_triples"));
  EXPECT_GT(std::stoi(One(output, "pyld_triples")), 100);
  EXPECT_EQ(One(output, "statements"), std::to_string(graph.EdgeCount()));
  EXPECT_EQ(One(output, "evidence"), std::to_string(graph.MentionCount()));
  EXPECT_EQ(One(output, "topics"), std::to_string(graph.TopicCount()));
}

TEST(JsonLdExportTest, SparqlFindsWhoSupportsAndOpposesATopic) {
  struct Case {
    std::string argument;
    std::string topic;
    std::vector<std::string> names;
  };
  const std::vector<Case> cases = {
      {"--supports", "security guarantees", {"France", "Germany"}},
      {"--opposes", "security guarantees", {"Hungary"}},
      {"--opposes", "sanctions", {"Germany"}},
      {"--supports", "sanctions", {}},
  };
  TempDir dir;
  StanceGraph graph = GraphOf(SampleTriples());
  for (const Case& c : cases) {
    CheckOutput output = Check(graph, dir, {c.argument, c.topic});
    std::string role = c.argument == "--supports" ? "supporter" : "opposer";
    EXPECT_EQ(All(output, role), c.names) << c.argument << " " << c.topic;
    EXPECT_EQ(All(output, "direct_" + role), c.names) << c.argument << " " << c.topic;
  }
}

TEST(JsonLdExportTest, TopLevelHasOnlyContextFirstThenGraph) {
  rapidjson::Document document = ParseStrict(JsonLdText(GraphOf(SampleTriples())));
  ASSERT_FALSE(document.HasParseError());
  ASSERT_TRUE(document.IsObject());
  ASSERT_EQ(document.MemberCount(), 2u);
  EXPECT_STREQ(document.MemberBegin()->name.GetString(), "@context");
  EXPECT_STREQ((document.MemberBegin() + 1)->name.GetString(), "@graph");
  EXPECT_TRUE(document["@context"].IsObject());
  ASSERT_TRUE(document["@graph"].IsArray());
  // 3 actors, 2 topics, 4 statements, 3 documents, the software agent, the
  // congruence and conflict networks with 1 and 2 ties.
  EXPECT_EQ(document["@graph"].Size(), 18u);
}

TEST(JsonLdExportTest, EveryIdUsesAPrefixOfTheContextOrIsAbsolute) {
  rapidjson::Document document = ParseStrict(JsonLdText(GraphOf(SampleTriples())));
  ASSERT_FALSE(document.HasParseError());
  const rapidjson::Value& context = document["@context"];
  size_t ids = 0;
  // Walks every object below @graph.
  std::vector<const rapidjson::Value*> pending = {&document["@graph"]};
  while (!pending.empty()) {
    const rapidjson::Value* value = pending.back();
    pending.pop_back();
    if (value->IsArray()) {
      for (const auto& item : value->GetArray()) pending.push_back(&item);
    } else if (value->IsObject()) {
      for (const auto& member : value->GetObject()) {
        if (std::string(member.name.GetString()) == "@id") {
          ++ids;
          std::string id = member.value.GetString();
          std::string prefix = id.substr(0, id.find(':'));
          EXPECT_NE(id.find(':'), std::string::npos) << "relative @id " << id;
          EXPECT_TRUE(context.HasMember(prefix.c_str()) || prefix == "https") << id;
        }
        pending.push_back(&member.value);
      }
    }
  }
  // 3 actors, 2 topics, 4 statements, 5 evidence annotations, 3 documents,
  // the software agent, 2 networks, 3 network ties.
  EXPECT_EQ(ids, 23u);
}

TEST(JsonLdExportTest, StatementCarriesCountsConfidenceAndCodePointOffsets) {
  StanceTriple triple = Triple("Zoë", ActorType::kPerson, Stance::kOppose, "déjà vu", "d-1",
                               "Zoë — réfute déjà vu.", 0.25);
  triple.start = 7;
  triple.end = 28;  // code points, not bytes
  StanceTriple again = triple;
  again.doc = "d-2";
  again.sentence = "Zoë — réfute encore déjà vu.";  // another sentence: a second mention
  again.confidence = 0.75;
  again.date = "";
  rapidjson::Document document = ParseStrict(JsonLdText(GraphOf({triple, again})));
  ASSERT_FALSE(document.HasParseError());

  const rapidjson::Value* statement = nullptr;
  for (const auto& node : document["@graph"].GetArray()) {
    if (std::string(node["@type"].GetString()) == "sg:StanceStatement") statement = &node;
  }
  ASSERT_NE(statement, nullptr);
  EXPECT_STREQ((*statement)["@id"].GetString(), "sgid:stance/zoe/oppose/deja-vu");
  EXPECT_STREQ((*statement)["actor"].GetString(), "sgid:actor/zoe");
  EXPECT_STREQ((*statement)["topic"].GetString(), "sgid:topic/deja-vu");
  EXPECT_STREQ((*statement)["stance"].GetString(), "oppose");
  EXPECT_EQ((*statement)["mentions"].GetUint(), 2u);
  EXPECT_DOUBLE_EQ((*statement)["confidence"].GetDouble(), 0.5);

  const rapidjson::Value& evidence = (*statement)["evidence"];
  ASSERT_EQ(evidence.Size(), 2u);
  const rapidjson::Value& first = evidence[0];
  EXPECT_STREQ(first["wasDerivedFrom"].GetString(), "sgid:doc/d-1");
  EXPECT_STREQ(first["date"].GetString(), "2024-03-01");
  EXPECT_FALSE(evidence[1].HasMember("date"));
  const rapidjson::Value& selectors = first["hasTarget"]["hasSelector"];
  ASSERT_EQ(selectors.Size(), 2u);
  EXPECT_STREQ(selectors[0]["@type"].GetString(), "oa:TextPositionSelector");
  EXPECT_EQ(selectors[0]["start"].GetInt64(), 7);
  EXPECT_EQ(selectors[0]["end"].GetInt64(), 28);
  EXPECT_STREQ(selectors[1]["exact"].GetString(), "Zoë — réfute déjà vu.");
}

TEST(JsonLdExportTest, InvalidUtf8InTheGraphNeverReachesTheOutput) {
  StanceGraph graph = GraphOf({Triple("Bad\xC3(name", ActorType::kPerson, Stance::kSupport,
                                      "topic\xFF", "doc\x80", "Broken \xE2\x82 sentence.")});
  std::string text = JsonLdText(graph);
  rapidjson::Document document = ParseStrict(text);
  EXPECT_FALSE(document.HasParseError()) << "offset " << document.GetErrorOffset();
  EXPECT_NE(text.find("Bad\xEF\xBF\xBD(name"), std::string::npos);  // U+FFFD

  TempDir dir;
  CheckOutput output = Check(graph, dir, {});
  EXPECT_EQ(One(output, "isomorphic"), "true");
  EXPECT_EQ(One(output, "statements"), "1");
}

TEST(JsonLdExportTest, OutputDoesNotDependOnInsertionOrder) {
  std::vector<StanceTriple> triples = SampleTriples();
  std::string first = JsonLdText(GraphOf(triples));
  std::reverse(triples.begin(), triples.end());
  EXPECT_EQ(JsonLdText(GraphOf(triples)), first);
  std::rotate(triples.begin(), triples.begin() + 3, triples.end());
  EXPECT_EQ(JsonLdText(GraphOf(triples)), first);
}

TEST(JsonLdExportTest, WrittenFileMatchesTheText) {
  TempDir dir;
  StanceGraph graph = GraphOf(SampleTriples());
  std::string path = dir.File("out.jsonld");
  ASSERT_FALSE(WriteJsonLd(graph, path));
  EXPECT_EQ(ReadFile(path), JsonLdText(graph));
}

TEST(JsonLdExportTest, RelativeBaseIriIsRefused) {
  TempDir dir;
  JsonLdOptions options;
  options.base_iri = "ids/";
  std::string path = dir.File("out.jsonld");
  std::optional<Problem> problem = WriteJsonLd(GraphOf(SampleTriples()), path, options);
  ASSERT_TRUE(problem);
  EXPECT_EQ(problem->where, path);
  EXPECT_NE(problem->message.find("ids/"), std::string::npos) << problem->message;
  EXPECT_TRUE(dir.Entries().empty());
  EXPECT_THROW(JsonLdText(GraphOf(SampleTriples()), options), std::invalid_argument);
}

TEST(JsonLdExportTest, BaseIriWithoutTrailingDelimiterStillActsAsPrefix) {
  // JSON-LD 1.1 only treats a plain term as a prefix when its IRI ends in a
  // delimiter; without "@prefix": true, "sgid:actor/x" would stay unexpanded.
  TempDir dir;
  JsonLdOptions options;
  options.base_iri = "https://example.org/stance-ids";
  CheckOutput output = Check(GraphOf(SampleTriples()), dir, {"--supports", "sanctions"}, options);
  EXPECT_EQ(One(output, "unresolved_ids"), "");
  EXPECT_EQ(One(output, "isomorphic"), "true");
  EXPECT_EQ(One(output, "statements"), "4");
}

TEST(JsonLdExportTest, WriteJsonLdToAMissingDirectoryNamesThePath) {
  TempDir dir;
  std::string path = dir.File("missing/graph.jsonld");
  std::optional<Problem> problem = WriteJsonLd(GraphOf(SampleTriples()), path);
  ASSERT_TRUE(problem);
  EXPECT_EQ(problem->where, path);
  EXPECT_NE(problem->ToString().find(path), std::string::npos);
}

// A sentence repeated or syndicated is one evidence annotation with one
// target per place it was seen, and every source document is listed.
TEST(JsonLdExportTest, RepeatedSentenceIsOneAnnotationWithATargetPerSource) {
  StanceTriple wire = Triple("Chile", ActorType::kCountry, Stance::kSupport, "aid", "wire",
                             "Chile backs \u201Caid\u201D.", 0.6);
  wire.start = 0;
  wire.end = 18;
  wire.date = "2024-01-10";
  StanceTriple again = wire;  // duplicated paragraph
  again.start = 40;
  again.end = 58;
  StanceTriple paper = wire;  // syndicated, straight quotes
  paper.doc = "paper";
  paper.sentence = "Chile backs \"aid\".";
  paper.date = "2024-01-11";
  const StanceGraph graph = GraphOf({wire, again, paper});
  rapidjson::Document document = ParseStrict(JsonLdText(graph));
  ASSERT_FALSE(document.HasParseError());
  const rapidjson::Value* statement = nullptr;
  std::vector<std::string> articles;
  for (const auto& node : document["@graph"].GetArray()) {
    const std::string type = node["@type"].GetString();
    if (type == "sg:StanceStatement") statement = &node;
    if (type == "schema:NewsArticle") articles.push_back(node["@id"].GetString());
  }
  ASSERT_NE(statement, nullptr);
  EXPECT_EQ((*statement)["mentions"].GetUint(), 1u);
  ASSERT_EQ((*statement)["evidence"].Size(), 1u);
  const rapidjson::Value& evidence = (*statement)["evidence"][0];
  ASSERT_TRUE(evidence["hasTarget"].IsArray());
  ASSERT_EQ(evidence["hasTarget"].Size(), 3u);
  EXPECT_STREQ(evidence["hasTarget"][0]["hasSource"].GetString(), "sgid:doc/paper");
  EXPECT_EQ(evidence["hasTarget"][2]["hasSelector"][0]["start"].GetInt64(), 40);
  ASSERT_TRUE(evidence["wasDerivedFrom"].IsArray());
  EXPECT_EQ(evidence["wasDerivedFrom"].Size(), 2u);
  EXPECT_EQ(articles, (std::vector<std::string>{"sgid:doc/paper", "sgid:doc/wire"}));

  TempDir dir;
  CheckOutput output = Check(graph, dir, {});
  EXPECT_EQ(All(output, "error"), std::vector<std::string>{});
  EXPECT_EQ(One(output, "undefined_terms"), "");
  EXPECT_EQ(One(output, "isomorphic"), "true");
  EXPECT_EQ(One(output, "evidence"), "1");
}

}  // namespace
}  // namespace stancegraph::exporters
