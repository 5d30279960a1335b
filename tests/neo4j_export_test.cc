// Neo4j bundle: checked by tests/neo4j_check.py (run with /usr/bin/python3,
// standard library only; the tests fail, not skip, without it), which reads
// the files as neo4j-admin import and LOAD CSV would and checks load.cypher
// against them; and, when it is installed, by Neo4j's own Cypher linter
// through tests/neo4j_cypher_check.mjs.
// The suite is named Neo4jExportTest, in lower case first, so that
// `ctest -R neo4j` (case-sensitive) selects its tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "export/exporters.h"
#include "export/neo4j_csv.h"
#include "tests/export_test_support.h"

namespace stancegraph::exporters {
namespace {

using stancegraph::testing::All;
using stancegraph::testing::CheckOutput;
using stancegraph::testing::GraphOf;
using stancegraph::testing::One;
using stancegraph::testing::ParseCheckOutput;
using stancegraph::testing::ReadFile;
using stancegraph::testing::RunChecker;
using stancegraph::testing::RunCommand;
using stancegraph::testing::SampleTriples;
using stancegraph::testing::ShellQuote;
using stancegraph::testing::TempDir;
using stancegraph::testing::Triple;

const std::vector<std::string> kBundleFiles = {"actors.csv",     "import.sh",  "load.cypher",
                                               "speaks_for.csv", "stances.csv", "topics.csv"};

// Writes `graph` as a bundle into `directory` and expects the checker to pass it.
CheckOutput WriteAndCheck(const StanceGraph& graph, const std::string& directory) {
  std::optional<Problem> problem = WriteNeo4jBundle(graph, directory, nullptr);
  EXPECT_FALSE(problem) << problem->ToString();
  CheckOutput output = RunChecker("neo4j_check.py", {directory});  // expects exit status 0
  EXPECT_EQ(All(output, "error"), std::vector<std::string>{});
  return output;
}

// The id of the node named `name`, "" when there is none.
std::string IdOf(const StanceGraph& graph, const std::string& name) {
  const StanceGraph::Graph& g = graph.graph();
  for (StanceGraph::Vertex vertex : graph.VerticesInOrder()) {
    if (g[vertex].name == name) return g[vertex].id;
  }
  return "";
}

// Emmanuel Macron (speaking for France) backs security guarantees in two
// sentences, one of them syndicated to a second document; France opposes
// sanctions; Hungary has no known type.
std::vector<StanceTriple> MacronTriples() {
  StanceTriple first = Triple("Emmanuel Macron", ActorType::kPerson, Stance::kSupport,
                              "security guarantees", "doc-1", "Macron backs the guarantees.", 0.9);
  first.affiliation = "France";
  StanceTriple syndicated = first;
  syndicated.doc = "doc-2";
  syndicated.date = "2024-03-05";
  StanceTriple second = Triple("Emmanuel Macron", ActorType::kPerson, Stance::kSupport,
                               "security guarantees", "doc-3", "Macron endorses them again.", 0.7);
  second.cue = "endorses";
  second.date = "";
  second.affiliation = "France";
  return {first, syndicated, second,
          Triple("France", ActorType::kCountry, Stance::kOppose, "sanctions", "doc-4",
                 "France rejects sanctions.", 0.6),
          Triple("Hungary", ActorType::kUnknown, Stance::kOppose, "sanctions", "doc-4",
                 "Hungary rejects sanctions.", 0.5)};
}

TEST(Neo4jExportTest, CheckerAcceptsTheSampleBundle) {
  TempDir dir;
  const std::string bundle = dir.File("bundle");
  StanceGraph graph = GraphOf(SampleTriples());
  CheckOutput output = WriteAndCheck(graph, bundle);

  EXPECT_EQ(One(output, "files"), "actors.csv,topics.csv,stances.csv,speaks_for.csv");
  EXPECT_EQ(One(output, "cypher_files"), "actors.csv,topics.csv,stances.csv,speaks_for.csv");
  EXPECT_EQ(One(output, "cypher_statements"), "6");
  EXPECT_EQ(One(output, "nodes"), std::to_string(graph.ActorCount() + graph.TopicCount()));
  EXPECT_EQ(One(output, "relationships"), std::to_string(graph.EdgeCount()));
  EXPECT_EQ(One(output, "import_command"),
            "database import full neo4j --delimiter=, --array-delimiter=; --quote=\" "
            "--id-type=string --nodes=" + bundle + "/actors.csv --nodes=" + bundle +
                "/topics.csv --relationships=" + bundle + "/stances.csv --relationships=" +
                bundle + "/speaks_for.csv");
  // France backs security guarantees in two distinct sentences.
  const std::string france = "rel.actor/france-SUPPORTS->topic/security-guarantee.";
  EXPECT_EQ(One(output, france + "weight"), "2");
  EXPECT_EQ(One(output, france + "occurrences"), "2");
  EXPECT_EQ(One(output, france + "documents"), R"(["doc-1", "doc-2"])");
  EXPECT_EQ(One(output, france + "evidence"), R"("France backs security guarantees.")");
  EXPECT_EQ(One(output, "node.topic/security-guarantee.supporters"), "2");
  EXPECT_EQ(One(output, "node.topic/security-guarantee.opposers"), "1");
  EXPECT_EQ(One(output, "node.actor/hungary.:LABEL"), R"(["Actor", "Country"])");
}

TEST(Neo4jExportTest, ValuesOfAHandBuiltGraph) {
  TempDir dir;
  StanceGraph graph = GraphOf(MacronTriples());
  CheckOutput output = WriteAndCheck(graph, dir.File("bundle"));

  const std::string stance = "rel.actor/emmanuel-macron-SUPPORTS->topic/security-guarantee.";
  EXPECT_EQ(One(output, stance + "weight"), "2");       // distinct sentences
  EXPECT_EQ(One(output, stance + "occurrences"), "3");  // places seen, repeats included
  EXPECT_EQ(One(output, stance + "confidence"), "0.8");
  EXPECT_EQ(One(output, stance + "firstDate"), R"("2024-03-01")");
  EXPECT_EQ(One(output, stance + "lastDate"), R"("2024-03-05")");
  EXPECT_EQ(One(output, stance + "cues"), R"(["backs", "endorses"])");
  EXPECT_EQ(One(output, stance + "documents"), R"(["doc-1", "doc-2", "doc-3"])");
  EXPECT_EQ(One(output, stance + "evidence"), R"("Macron backs the guarantees.")");
  EXPECT_EQ(One(output, stance + "evidenceDocument"), R"("doc-1")");

  EXPECT_EQ(One(output, "rel.actor/emmanuel-macron-SPEAKS_FOR->actor/france.sentences"), "2");
  EXPECT_EQ(One(output, "relationships"), "4");  // 3 stances, 1 speaks-for

  EXPECT_EQ(One(output, "node.actor/emmanuel-macron.:LABEL"), R"(["Actor", "Person"])");
  EXPECT_EQ(One(output, "node.actor/emmanuel-macron.actorType"), R"("person")");
  EXPECT_EQ(One(output, "node.actor/emmanuel-macron.affiliation"), R"("France")");
  EXPECT_EQ(One(output, "node.actor/emmanuel-macron.supportedTopics"), "1");
  EXPECT_EQ(One(output, "node.actor/emmanuel-macron.evidenceSentences"), "2");
  EXPECT_EQ(One(output, "node.actor/france.:LABEL"), R"(["Actor", "Country"])");
  EXPECT_EQ(One(output, "node.actor/france.opposedTopics"), "1");
  EXPECT_EQ(All(output, "node.actor/france.affiliation"), std::vector<std::string>{});
  EXPECT_EQ(One(output, "node.actor/hungary.:LABEL"), R"(["Actor"])");
  EXPECT_EQ(One(output, "node.topic/sanction.:LABEL"), R"(["Topic"])");
  EXPECT_EQ(One(output, "node.topic/sanction.opposers"), "2");

  // France's stance has one dated source; Hungary's the same day.
  const std::string france = "rel.actor/france-OPPOSES->topic/sanction.";
  EXPECT_EQ(One(output, france + "firstDate"), One(output, france + "lastDate"));
}

TEST(Neo4jExportTest, EmptyGraphGivesHeadersOnly) {
  TempDir dir;
  CheckOutput output = WriteAndCheck(StanceGraph(), dir.File("bundle"));
  EXPECT_EQ(One(output, "nodes"), "0");
  EXPECT_EQ(One(output, "relationships"), "0");
  EXPECT_EQ(ReadFile(dir.File("bundle/speaks_for.csv")), ":START_ID,:END_ID,:TYPE,sentences:int\n");
}

TEST(Neo4jExportTest, FieldsAreNeutralisedAsDocumented) {
  struct Case {
    std::string text;
    std::string field;
  };
  const std::vector<Case> text_cases = {
      {"plain", "plain"},
      {"", ""},
      {"a, b", "\"a, b\""},
      {"say \"no\"", "\"say \"\"no\"\"\""},
      {" padded", "\" padded\""},
      {"two\r\nlines\nthree\rfour", "two lines three four"},
      {"semi;colon", "semi;colon"},            // only array elements are split on ';'
      {"C:\\dir\\file", "C:\\dir\\file"},      // no quote after the backslashes
      {"a\\\"b", "\"a\xEF\xBC\xBC\"\"b\""},    // backslash before a quote: U+FF3C
      {"ends, with\\", "\"ends, with\xEF\xBC\xBC\""},  // ... before the closing quote
      {"unquoted\\", "unquoted\\"},
      {"Caf\xE9", "Caf\xEF\xBF\xBD"},          // invalid UTF-8: U+FFFD
  };
  for (const Case& c : text_cases) EXPECT_EQ(Neo4jTextField(c.text), c.field) << c.text;

  struct ArrayCase {
    std::vector<std::string> elements;
    std::string field;
  };
  const std::vector<ArrayCase> array_cases = {
      {{}, ""},
      {{"a"}, "a"},
      {{"a", "b"}, "a;b"},
      {{"a;b", "c"}, "a\xEF\xBC\x9B" "b;c"},  // ';' inside an element: U+FF1B
      {{"", "a", ""}, "a"},                      // empty elements are left out
      {{"x, y", "z"}, "\"x, y;z\""},
      {{"line\nbreak"}, "line break"},
  };
  for (const ArrayCase& c : array_cases) EXPECT_EQ(Neo4jArrayField(c.elements), c.field);
}

TEST(Neo4jExportTest, HostileStringsReadBackAsDocumented) {
  StanceTriple triple = Triple("Le \"Monde\", Paris\r\n\xC3\xA9" "dition", ActorType::kOrganization,
                               Stance::kOppose, "caf\xE9 prices", "doc;1,\"x\"",
                               "He said \"no\\\" to C:\\dir\\ twice\nand left\\", 0.5);
  triple.actor_mention = "Monde; quotidien";
  triple.cue = "rejects; firmly";
  StanceGraph graph = GraphOf({triple});
  TempDir dir;
  CheckOutput output = WriteAndCheck(graph, dir.File("bundle"));

  const std::string actor = "node." + IdOf(graph, triple.actor) + ".";
  EXPECT_EQ(One(output, actor + "name"), R"("Le \"Monde\", Paris édition")");
  EXPECT_EQ(One(output, actor + "aliases"), R"(["Monde； quotidien"])");
  const std::string topic_id = IdOf(graph, triple.topic);
  EXPECT_EQ(One(output, "node." + topic_id + ".name"), "\"caf\xEF\xBF\xBD prices\"");

  const std::string stance = "rel." + IdOf(graph, triple.actor) + "-OPPOSES->" + topic_id + ".";
  EXPECT_EQ(One(output, stance + "evidence"), R"("He said \"no＼\" to C:\\dir\\ twice and left＼")");
  EXPECT_EQ(One(output, stance + "cues"), R"(["rejects； firmly"])");
  EXPECT_EQ(One(output, stance + "documents"), R"(["doc；1,\"x\""])");
  EXPECT_EQ(One(output, stance + "evidenceDocument"), R"("doc;1,\"x\"")");

  // One record per line: a header and one row in each file with a row.
  for (const char* file : {"actors.csv", "topics.csv", "stances.csv"}) {
    std::string text = ReadFile(dir.File(std::string("bundle/") + file));
    EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 2) << file << ":\n" << text;
  }
}

TEST(Neo4jExportTest, OutputDoesNotDependOnInsertionOrder) {
  auto bundle_text = [](const std::vector<StanceTriple>& triples) {
    TempDir dir;
    EXPECT_FALSE(WriteNeo4jBundle(GraphOf(triples), dir.File("b"), nullptr));
    std::string text;
    for (const std::string& file : kBundleFiles) {
      text += file + "\n" + ReadFile(dir.File("b/" + file));
    }
    return text;
  };
  std::vector<StanceTriple> triples = MacronTriples();
  for (const StanceTriple& triple : SampleTriples()) triples.push_back(triple);
  const std::string first = bundle_text(triples);
  std::reverse(triples.begin(), triples.end());
  EXPECT_EQ(bundle_text(triples), first);
  std::rotate(triples.begin(), triples.begin() + 4, triples.end());
  EXPECT_EQ(bundle_text(triples), first);
}

TEST(Neo4jExportTest, WrittenListsEveryFileAndNothingElseIsLeft) {
  TempDir dir;
  const std::string bundle = dir.File("a/b/bundle");  // parents are created too
  std::vector<std::string> written;
  ASSERT_FALSE(WriteNeo4jBundle(GraphOf(SampleTriples()), bundle, &written));
  std::vector<std::string> expected;
  for (const char* file : {"actors.csv", "topics.csv", "stances.csv", "speaks_for.csv",
                           "import.sh", "load.cypher"}) {
    expected.push_back(bundle + "/" + file);
  }
  EXPECT_EQ(written, expected);
  std::vector<std::string> entries;
  for (const auto& entry : std::filesystem::directory_iterator(bundle)) {
    entries.push_back(entry.path().filename().string());
  }
  std::sort(entries.begin(), entries.end());
  EXPECT_EQ(entries, kBundleFiles);  // no temporaries left
}

TEST(Neo4jExportTest, UnwritableDirectoryGivesAProblemNamingIt) {
  TempDir dir;
  std::ofstream(dir.File("plain")) << "a file, not a directory\n";
  StanceGraph graph = GraphOf(SampleTriples());
  for (const std::string& directory : {dir.File("plain"), dir.File("plain/bundle")}) {
    std::vector<std::string> written;
    std::optional<Problem> problem = WriteNeo4jBundle(graph, directory, &written);
    ASSERT_TRUE(problem) << directory;
    EXPECT_EQ(problem->where, directory);
    EXPECT_NE(problem->message.find("cannot create directory"), std::string::npos)
        << problem->message;
    EXPECT_TRUE(written.empty());
  }

  // A file that cannot be replaced (a directory holds its name): the
  // Problem names that file, and the files before it are reported written.
  std::filesystem::create_directories(dir.File("bundle/stances.csv"));
  std::vector<std::string> written;
  std::optional<Problem> problem = WriteNeo4jBundle(graph, dir.File("bundle"), &written);
  ASSERT_TRUE(problem);
  EXPECT_EQ(problem->where, dir.File("bundle") + "/stances.csv");
  EXPECT_EQ(written.size(), 2u);
}

// The checker itself must catch what it claims to: each case spoils a good
// bundle in one way and expects an error naming the fault.
TEST(Neo4jExportTest, CheckerRejectsABrokenBundle) {
  struct Case {
    std::string file;
    std::string find;  // replaced by `replace`; empty: `replace` is appended
    std::string replace;
    std::string error;
  };
  const std::vector<Case> cases = {
      {"stances.csv", "", "actor/nobody,topic/sanction,SUPPORTS,1,1,0.5,,,,,,\n",
       "start node 'actor/nobody' is in no node file"},
      {"stances.csv", "", "actor/france,topic/sanction,SUPPORTS,two,1,0.5,,,,,,\n",
       "'two' is not a int"},
      {"stances.csv", "", "actor/france,topic/sanction,SUPPORTS,1,1,0.5,2024-02-30,,,,,\n",
       "'2024-02-30' is not a date"},
      {"stances.csv", "", "actor/germany,topic/sanction,OPPOSES,1,1,0.5,,,,,,\n",
       "a second OPPOSES relationship"},
      {"stances.csv", "", "actor/france,topic/sanction,SUPPORTS,1,1,0.5,,,a;;b,,,\n",
       "empty element in array"},
      {"stances.csv", "", "actor/france,topic/sanction,SUPPORTS,1,1,0.5,,,,,\"say \\\"\"no\",\n",
       "backslash before a quote"},
      {"stances.csv", "firstDate:date", "firstDate:day", "unknown type 'day'"},
      {"topics.csv", "", "actor/france,France,Topic,,0,0,0\n", "id 'actor/france' also in"},
      {"actors.csv", "", "actor/x,\"two\nlines\",Actor,unknown,,,0,0,0\n",
       "line break inside a field"},
      {"actors.csv", "", "actor/x,\xFF,Actor,unknown,,,0,0,0\n", "invalid UTF-8"},
      {"actors.csv", "", "actor/x,X,Actor,unknown,,,0,0\n", "8 fields, header has 9"},
      {"import.sh", "  --nodes=\"$bundle/topics.csv\" \\\n", "",
       "topics.csv is not imported by import.sh"},
      {"load.cypher", "toInteger(row.`weight:int`)", "row.`weight:int`",
       "`weight:int` is not converted with toInteger()"},
      {"load.cypher", "split(row.`cues:string[]`, ';')", "split(row.`cues:string[]`, '|')",
       "`cues:string[]` is not read with split"},
      {"load.cypher", "toInteger(row.`sentences:int`)", "toInteger(row.`count:int`)",
       "does not read speaks_for.csv column `sentences:int`"},
      {"load.cypher", "SET actor:Country", "SET actor:Nation",
       "does not set label Country from actors.csv"},
      {"load.cypher", "MERGE (topic:Topic", "CREATE (topic:Topic", "CREATE would duplicate"},
      {"load.cypher", "'file:///topics.csv'", "'file:///topic.csv'",
       "load.cypher does not load topics.csv"},
  };
  StanceGraph graph = GraphOf(SampleTriples());
  for (const Case& c : cases) {
    TempDir dir;
    const std::string bundle = dir.File("bundle");
    ASSERT_FALSE(WriteNeo4jBundle(graph, bundle, nullptr));
    const std::string path = bundle + "/" + c.file;
    std::string text = ReadFile(path);
    if (c.find.empty()) {
      text += c.replace;
    } else {
      size_t at = text.find(c.find);
      ASSERT_NE(at, std::string::npos) << c.find;
      text.replace(at, c.find.size(), c.replace);
    }
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;

    int status = 0;
    std::vector<std::string> errors = All(RunChecker("neo4j_check.py", {bundle}, &status), "error");
    EXPECT_EQ(status, 1) << c.error;
    EXPECT_TRUE(std::any_of(errors.begin(), errors.end(), [&](const std::string& e) {
      return e.find(c.error) != std::string::npos;
    })) << "expected `" << c.error << "` among:\n" << ::testing::PrintToString(errors);
  }
}

// Neo4j's Cypher parser and semantic checks, from npm, lint load.cypher.
// scripts/test.sh installs the package into .deps/neo4j-cypher under the
// source directory (scripts/install-cypher-linter.sh); without it the test
// fails, as the Python checks do without their interpreter.
TEST(Neo4jExportTest, LoadScriptPassesNeo4jsCypherLinter) {
  const std::filesystem::path install =
      std::filesystem::path(STANCEGRAPH_SOURCE_DIR) / ".deps" / "neo4j-cypher";
  if (!std::filesystem::exists(install / "node_modules/@neo4j-cypher/language-support")) {
    FAIL() << "no Cypher linter in " << install << ": run scripts/install-cypher-linter.sh";
  }
  TempDir dir;
  const std::string bundle = dir.File("bundle");
  ASSERT_FALSE(WriteNeo4jBundle(GraphOf(SampleTriples()), bundle, nullptr));
  // A broken copy first, so a linter that accepts anything fails the test.
  std::string broken = ReadFile(bundle + "/load.cypher");
  broken.replace(broken.find("MERGE (speaker)"), 5, "MERG");
  std::ofstream(dir.File("broken.cypher")) << broken;

  const std::string script = std::string(STANCEGRAPH_SOURCE_DIR) + "/tests/neo4j_cypher_check.mjs";
  std::string output;
  int status = RunCommand("node " + ShellQuote(script) + " " + ShellQuote(install.string()) + " " +
                              ShellQuote(dir.File("broken.cypher")) + " 2>&1",
                          &output);
  EXPECT_EQ(status, 1) << output;
  EXPECT_NE(output.find("Invalid input 'MERG'"), std::string::npos) << output;

  status = RunCommand("node " + ShellQuote(script) + " " + ShellQuote(install.string()) + " " +
                          ShellQuote(bundle + "/load.cypher") + " 2>&1",
                      &output);
  EXPECT_EQ(status, 0) << output;
  EXPECT_EQ(One(ParseCheckOutput(output), "statements"), "6") << output;
  EXPECT_EQ(All(ParseCheckOutput(output), "diagnostic"), std::vector<std::string>{});
}

}  // namespace
}  // namespace stancegraph::exporters
