// End-to-end tests of the identity options: --ontology, --roll-up and
// --explain-merges on build, merge, query and networks, bad ontology files
// (exit 2), an explanations file that cannot be written (exit 3), and
// merging shards in any split and order into the same files.
//
// Each test runs the real binary (STANCEGRAPH_BINARY) in a fresh temporary
// directory (cli_test_support.h).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "cli_test_support.h"

namespace {

using namespace stancegraph::cli_test;

// Triples as `extract --format jsonl` writes them.
constexpr const char* kAmbassador =
    R"({"doc":"a","sentence":"U.S. Ambassador to NATO Julianne Smith backs the plan.","start":0,)"
    R"("end":54,"actor":"Julianne Smith","actor_mention":"U.S. Ambassador to NATO Julianne Smith",)"
    R"("actor_type":"person","stance":"support","topic":"plan","topic_mention":"the plan",)"
    R"("cue":"backs","confidence":0.9,"date":"2024-01-05","affiliation":"United States"})"
    "\n";
constexpr const char* kSurname =
    R"({"doc":"b","sentence":"Smith opposed new sanctions.","start":0,"end":28,"actor":"Smith",)"
    R"("actor_mention":"Smith","actor_type":"unknown","stance":"oppose","topic":"new sanctions",)"
    R"("topic_mention":"new sanctions","cue":"opposed","confidence":0.8,"date":"2024-01-06"})"
    "\n";
constexpr const char* kCountry =
    R"({"doc":"c","sentence":"The United States backs a new sanction.","start":0,"end":39,)"
    R"("actor":"United States","actor_mention":"The United States","actor_type":"country",)"
    R"("stance":"support","topic":"new sanction","topic_mention":"a new sanction","cue":"backs",)"
    R"("confidence":0.8,"date":"2024-01-07"})"
    "\n";
constexpr const char* kAlias =
    R"({"doc":"d","sentence":"Zelenskyy backs joining NATO.","start":0,"end":29,)"
    R"("actor":"Zelenskyy","actor_mention":"Zelenskyy","actor_type":"unknown","stance":"support",)"
    R"("topic":"joining NATO","topic_mention":"joining NATO","cue":"backs","confidence":0.9})"
    "\n";

constexpr const char* kOntology = R"({
  "actors": [{"name": "Volodymyr Zelensky", "type": "person",
              "aliases": ["Zelenskyy", "President Zelensky"], "affiliation": "Ukraine"}],
  "topics": [{"name": "Ukraine's NATO membership",
              "aliases": ["NATO membership for Ukraine", "Ukraine joining NATO", "joining NATO"]}]
})";

class IdentityCliTest : public BinaryTest {
 protected:
  IdentityCliTest() : BinaryTest("stancegraph_identity") {}
};

TEST_F(IdentityCliTest, MergeJoinsNamesAndExplainsEachMerge) {
  WriteBytes(dir_ / "a.jsonl", kAmbassador);
  WriteBytes(dir_ / "b.jsonl", std::string(kSurname) + kCountry);
  WriteBytes(dir_ / "c.jsonl", kAlias);
  WriteBytes(dir_ / "onto.json", kOntology);
  RunResult result = Run({"merge", "a.jsonl", "b.jsonl", "c.jsonl", "-o", "out", "--ontology",
                          "onto.json", "--explain-merges", "merges.tsv"});
  ASSERT_EQ(result.status, 0) << Describe(result);
  EXPECT_EQ(ReadBytes(dir_ / "merges.tsv"),
            "kind\talias\tcanonical\trule\tdoc\tsentence\n"
            "actor\tSmith\tJulianne Smith\tsurname\tb\tSmith opposed new sanctions.\n"
            "actor\tZelenskyy\tVolodymyr Zelensky\tontology-alias\td\tZelenskyy backs joining "
            "NATO.\n"
            "topic\tjoining NATO\tUkraine's NATO membership\tontology-alias\td\tZelenskyy backs "
            "joining NATO.\n"
            "topic\tnew sanctions\tnew sanction\tnumber-fold\tb\tSmith opposed new sanctions.\n");
  const std::string dot = ReadBytes(dir_ / "out" / "graph.dot");
  EXPECT_TRUE(Contains(dot, "\"actor/julianne-smith\" -> \"actor/united-states\"")) << dot;
  EXPECT_TRUE(Contains(dot, "label=\"speaks for ×1\""));
  EXPECT_TRUE(Contains(dot, "\"actor/volodymyr-zelensky\" -> \"actor/ukraine\""));
  EXPECT_FALSE(Contains(dot, "\"actor/smith\""));
  // Long labels are wrapped at a space.
  EXPECT_TRUE(Contains(dot, "label=\"Ukraine's NATO\\nmembership\""));
  const std::string jsonld = ReadBytes(dir_ / "out" / "graph.jsonld");
  EXPECT_TRUE(Contains(jsonld, "\"affiliation\": {\n      \"@id\": \"schema:affiliation\""))
      << jsonld.substr(0, 2000);
  EXPECT_TRUE(Contains(jsonld, "sg:AffiliationStatement"));
  EXPECT_TRUE(Contains(result.err, "graph: 4 actors, 3 topics, 4 stance edges")) << result.err;
}

TEST_F(IdentityCliTest, RollUpMovesStancesToTheBodies) {
  WriteBytes(dir_ / "t.jsonl", std::string(kAmbassador) + kSurname + kCountry);
  RunResult merged =
      Run({"merge", "t.jsonl", "-o", "out", "--roll-up", "--explain-merges", "merges.tsv"});
  ASSERT_EQ(merged.status, 0) << Describe(merged);
  EXPECT_TRUE(Contains(merged.err, "graph: 1 actor, 2 topics, 3 stance edges")) << merged.err;
  EXPECT_TRUE(Contains(merged.err, "United States opposes new sanction")) << merged.err;
  EXPECT_TRUE(Contains(ReadBytes(dir_ / "merges.tsv"),
                       "actor\tJulianne Smith\tUnited States\troll-up\ta\tU.S. Ambassador"));

  RunResult query = Run({"query", "t.jsonl", "--actor", "united states", "--roll-up", "-q"});
  ASSERT_EQ(query.status, 0) << Describe(query);
  EXPECT_EQ(query.out,
            "actor: United States (actor/united-states, country)\n"
            "  supports 2 topics, 2 sentences:\n"
            "    new sanction  x1  \"The United States backs a new sanction.\" (c, 2024-01-07)\n"
            "    plan          x1  \"U.S. Ambassador to NATO Julianne Smith backs the plan.\" "
            "(a, 2024-01-05)\n"
            "  opposes 1 topic, 1 sentence:\n"
            "    new sanction  x1  \"Smith opposed new sanctions.\" (b, 2024-01-06)\n"
            "  on both sides:\n"
            "    new sanction: for x1, against x1\n"
            "      + \"The United States backs a new sanction.\" (c, 2024-01-07)\n"
            "      - \"Smith opposed new sanctions.\" (b, 2024-01-06)\n");
  // Without --roll-up, the ambassador speaks for herself.
  RunResult plain = Run({"query", "t.jsonl", "--actor", "smith", "-q"});
  EXPECT_TRUE(Contains(plain.out, "actor: Julianne Smith (actor/julianne-smith, person)"))
      << plain.out;
}

TEST_F(IdentityCliTest, BuildAndNetworksRollUpFromDocuments) {
  WriteBytes(dir_ / "docs.jsonl",
             "{\"id\": \"a\", \"text\": \"U.S. Ambassador to NATO Julianne Smith backs the "
             "security guarantees for Ukraine.\"}\n"
             "{\"id\": \"b\", \"text\": \"France backs the security guarantees for Ukraine.\"}\n");
  RunResult plain = Run({"networks", "docs.jsonl", "-o", "plain", "-q"});
  ASSERT_EQ(plain.status, 0) << Describe(plain);
  EXPECT_EQ(ReadBytes(dir_ / "plain" / "congruence.csv"),
            "source,target,weight\nFrance,Julianne Smith,1\n");
  RunResult rolled = Run({"networks", "docs.jsonl", "-o", "rolled", "--roll-up", "-q"});
  ASSERT_EQ(rolled.status, 0) << Describe(rolled);
  EXPECT_EQ(ReadBytes(dir_ / "rolled" / "congruence.csv"),
            "source,target,weight\nFrance,United States,1\n");

  RunResult build = Run({"build", "docs.jsonl", "-o", "out", "--roll-up"});
  ASSERT_EQ(build.status, 0) << Describe(build);
  EXPECT_TRUE(Contains(build.err, "United States supports security guarantees for Ukraine"))
      << build.err;
  // The body named only in a title is typed from the built-in gazetteer.
  EXPECT_TRUE(Contains(ReadBytes(dir_ / "out" / "graph.jsonld"), "\"@type\": \"schema:Country\""));
}

TEST_F(IdentityCliTest, AnySplitAndOrderMergesIntoTheSameFiles) {
  const std::vector<std::string> lines = {kAmbassador, kSurname, kCountry, kAlias};
  std::string all;
  for (size_t i = 0; i < lines.size(); ++i) {
    WriteBytes(dir_ / ("s" + std::to_string(i) + ".jsonl"), lines[i]);
    all += lines[i];
  }
  WriteBytes(dir_ / "all.jsonl", all);
  WriteBytes(dir_ / "onto.json", kOntology);
  const std::vector<std::vector<std::string>> splits = {
      {"all.jsonl"},
      {"s0.jsonl", "s1.jsonl", "s2.jsonl", "s3.jsonl"},
      {"s3.jsonl", "s2.jsonl", "s1.jsonl", "s0.jsonl"},
      {"s1.jsonl", "s3.jsonl", "s0.jsonl", "s2.jsonl"}};
  for (bool roll_up : {false, true}) {
    std::vector<std::string> first;
    for (size_t i = 0; i < splits.size(); ++i) {
      const std::string out = "out" + std::to_string(roll_up) + std::to_string(i);
      std::vector<std::string> args = {"merge"};
      args.insert(args.end(), splits[i].begin(), splits[i].end());
      for (const char* arg : {"-o", "", "--ontology", "onto.json", "--explain-merges", "", "-q"}) {
        args.push_back(arg);
      }
      args[args.size() - 6] = out;
      args[args.size() - 2] = out + ".tsv";
      if (roll_up) args.push_back("--roll-up");
      RunResult result = Run(args);
      ASSERT_EQ(result.status, 0) << Describe(result);
      std::vector<std::string> files = {ReadBytes(dir_ / (out + ".tsv"))};
      for (const char* name : {"graph.dot", "graph.svg", "graph.jsonld"}) {
        files.push_back(ReadBytes(dir_ / out / name));
      }
      if (i == 0) {
        first = files;
      } else {
        EXPECT_EQ(files, first) << "split " << i << (roll_up ? " with --roll-up" : "");
      }
    }
  }
}

// The README's example (section "Identity").
TEST_F(IdentityCliTest, ReadmeExampleFromDocuments) {
  const std::string documents = (kData / "identity.jsonl").string();
  RunResult plain = Run({"build", documents, "-o", "plain", "-q", "--explain-merges", "plain.tsv"});
  ASSERT_EQ(plain.status, 0) << Describe(plain);
  EXPECT_EQ(
      ReadBytes(dir_ / "plain.tsv"),
      "kind\talias\tcanonical\trule\tdoc\tsentence\n"
      "actor\tSmith\tJulianne Smith\tsurname\twire-2\tSmith rejected a timetable for "
      "membership.\n"
      "topic\tsecurity guarantees for Ukraine\tsecurity guarantee for Ukraine\tnumber-fold\t"
      "wire-1\tU.S. Ambassador to NATO Julianne Smith backs security guarantees for Ukraine.\n");

  RunResult pinned =
      Run({"build", documents, "-o", "pinned", "--ontology", (kData / "ontology.json").string(),
           "--roll-up", "--explain-merges", "pinned.tsv"});
  ASSERT_EQ(pinned.status, 0) << Describe(pinned);
  EXPECT_EQ(
      ReadBytes(dir_ / "pinned.tsv"),
      "kind\talias\tcanonical\trule\tdoc\tsentence\n"
      "actor\tJulianne Smith\tUnited States\troll-up\twire-1\tU.S. Ambassador to NATO "
      "Julianne Smith backs security guarantees for Ukraine.\n"
      "actor\tSmith\tJulianne Smith\tno surname join (forbidden)\twire-2\tSmith rejected a "
      "timetable for membership.\n"
      "actor\tVolodymyr Zelensky\tUkraine\troll-up\twire-3\tZelenskyy backs NATO membership "
      "for Ukraine.\n"
      "topic\tNATO membership for Ukraine\tUkraine's NATO membership\tontology-alias\twire-3\t"
      "Zelenskyy backs NATO membership for Ukraine.\n"
      "topic\tUkraine joining NATO\tUkraine's NATO membership\tontology-alias\twire-3\t"
      "Hungary opposes Ukraine joining NATO.\n"
      "topic\tsecurity guarantees for Ukraine\tsecurity guarantee for Ukraine\tnumber-fold\t"
      "wire-1\tU.S. Ambassador to NATO Julianne Smith backs security guarantees for Ukraine.\n");
  EXPECT_TRUE(Contains(pinned.err,
                       "  Ukraine's NATO membership: for (1) Ukraine 1; against (1) Hungary 1\n"))
      << pinned.err;
}

TEST_F(IdentityCliTest, BadOntologyIsAUsageErrorNamingTheFile) {
  WriteBytes(dir_ / "t.jsonl", kAmbassador);
  WriteBytes(dir_ / "broken.json", "{\"actors\": [\n  {\"name\": \"A\",}]}");
  RunResult broken = Run({"merge", "t.jsonl", "-o", "out", "--ontology", "broken.json"});
  EXPECT_EQ(broken.status, 2) << Describe(broken);
  EXPECT_EQ(broken.err,
            "stancegraph: broken.json: invalid JSON at offset 28 (line 2, column 16): missing a "
            "name for object member\n");
  EXPECT_FALSE(fs::exists(dir_ / "out"));

  WriteBytes(dir_ / "typed.json", R"({"actors": [{"name": "A", "aliases": "B"}]})");
  RunResult typed = Run({"build", "t.jsonl", "--ontology", "typed.json"});
  EXPECT_EQ(typed.status, 2) << Describe(typed);
  EXPECT_EQ(typed.err,
            "stancegraph: typed.json: actors[0].aliases: expects an array of strings, got a "
            "string\n");

  RunResult missing = Run({"query", "t.jsonl", "--actor", "smith", "--ontology", "none.json"});
  EXPECT_EQ(missing.status, 2) << Describe(missing);
  EXPECT_EQ(missing.err,
            "stancegraph: none.json: cannot open the ontology: no such file or directory\n");
  EXPECT_EQ(missing.out, "");

  RunResult empty = Run({"merge", "t.jsonl", "--ontology", ""});
  EXPECT_EQ(empty.status, 2) << Describe(empty);
  EXPECT_TRUE(Contains(empty.err, "--ontology: needs a path")) << empty.err;
}

TEST_F(IdentityCliTest, UnwritableExplanationsExitThree) {
  WriteBytes(dir_ / "t.jsonl", kAmbassador);
  RunResult result =
      Run({"merge", "t.jsonl", "-o", "out", "--explain-merges", "no/such/dir/merges.tsv"});
  EXPECT_EQ(result.status, 3) << Describe(result);
  EXPECT_TRUE(Contains(result.err,
                       "stancegraph: no/such/dir/merges.tsv: cannot create file: no such file or directory"))
      << result.err;
}

TEST_F(IdentityCliTest, HelpListsTheOptionsWhereTheyApply) {
  for (const char* command : {"build", "merge", "networks", "query", "timeline"}) {
    RunResult help = Run({command, "--help"});
    EXPECT_EQ(help.status, 0);
    for (const char* option : {"--ontology FILE", "--roll-up", "--explain-merges FILE"}) {
      EXPECT_TRUE(Contains(help.out, option)) << command << " --help lacks " << option;
    }
    // Inside the options block, before --quiet.
    EXPECT_LT(help.out.find("--roll-up"), help.out.find("-q, --quiet")) << command;
  }
  RunResult extract = Run({"extract", "x.txt", "--roll-up"});
  EXPECT_EQ(extract.status, 2);
  EXPECT_TRUE(Contains(extract.err, "--roll-up: unknown option for `extract`")) << extract.err;
  RunResult eval = Run({"eval", "--gold", "g.jsonl", "--ontology", "o.json"});
  EXPECT_EQ(eval.status, 2);
}

}  // namespace
