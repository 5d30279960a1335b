// Identity across documents (graph/identity.h): ontology aliases, types and
// affiliations, surname joins (made, ambiguous, forbidden), affiliation
// edges and --roll-up, the merge notes, ontology errors, and independence
// from the order triples arrive in (every order of a small set gives the
// same exports and notes).
#include "graph/identity.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <unistd.h>

#include <algorithm>
#include <numeric>
#include <string>
#include <variant>
#include <vector>

#include "export/exporters.h"
#include "tests/export_test_support.h"

namespace stancegraph {
namespace {

using testing::ReadFile;
using testing::RunCommand;
using testing::ShellQuote;
using testing::TempDir;

StanceTriple Triple(const std::string& actor, ActorType type, Stance stance,
                    const std::string& topic, const std::string& doc, const std::string& sentence,
                    const std::string& affiliation = "") {
  StanceTriple triple = testing::Triple(actor, type, stance, topic, doc, sentence);
  triple.affiliation = affiliation;
  return triple;
}

Ontology ParseOrDie(const std::string& json) {
  std::variant<Ontology, Problem> parsed = ParseOntology(json, "test.json");
  if (auto* problem = std::get_if<Problem>(&parsed)) {
    ADD_FAILURE() << problem->ToString();
    return {};
  }
  return std::get<Ontology>(parsed);
}

std::string ParseError(const std::string& json) {
  std::variant<Ontology, Problem> parsed = ParseOntology(json, "onto.json");
  auto* problem = std::get_if<Problem>(&parsed);
  return problem ? problem->ToString() : "<no problem>";
}

// The graph of `triples` under `options`, with its notes.
StanceGraph Resolve(const std::vector<StanceTriple>& triples, const IdentityOptions& options = {},
                    std::vector<MergeNote>* notes = nullptr) {
  StanceGraph graph = NewGraph(options.ontology);
  for (const StanceTriple& triple : triples) graph.Add(triple);
  std::vector<MergeNote> ignored;
  return ResolveIdentity(graph, options, notes ? notes : &ignored);
}

const StanceNode* Actor(const StanceGraph& graph, const std::string& name) {
  std::optional<StanceGraph::Vertex> vertex = graph.FindActor(name);
  return vertex ? &graph.graph()[*vertex] : nullptr;
}

// "actor name" or "topic name" of every node, sorted by id.
std::vector<std::string> Names(const StanceGraph& graph) {
  std::vector<std::string> names;
  for (StanceGraph::Vertex v : graph.VerticesInOrder()) {
    const StanceNode& node = graph.graph()[v];
    names.push_back((node.kind == NodeKind::kActor ? "actor " : "topic ") + node.name);
  }
  return names;
}

// "actor stance topic xN" of every edge, in export order.
std::vector<std::string> Stances(const StanceGraph& graph) {
  const StanceGraph::Graph& g = graph.graph();
  std::vector<std::string> lines;
  for (const StanceGraph::Edge& e : graph.EdgesInOrder()) {
    lines.push_back(g[source(e, g)].name + " " + std::string(StanceName(g[e].stance)) + " " +
                    g[target(e, g)].name + " x" + std::to_string(g[e].mentions));
  }
  return lines;
}

std::vector<std::string> Rules(const std::vector<MergeNote>& notes) {
  std::vector<std::string> rules;
  for (const MergeNote& note : notes) {
    rules.push_back(note.alias + " -> " + note.canonical + " [" + note.rule + "]");
  }
  return rules;
}

// --- ontology --------------------------------------------------------------

constexpr const char* kZelenskyOntology = R"({
  "actors": [{"name": "Volodymyr Zelensky", "type": "person",
              "aliases": ["Zelenskyy", "President Zelensky"], "affiliation": "Ukraine"}],
  "topics": [{"name": "Ukraine's NATO membership",
              "aliases": ["NATO membership for Ukraine", "Ukraine joining NATO", "joining NATO"]}]
})";

TEST(IdentityTest, OntologyAliasesJoinActorsAndTopicsCaseAside) {
  IdentityOptions options;
  options.ontology = ParseOrDie(kZelenskyOntology);
  std::vector<MergeNote> notes;
  StanceGraph graph = Resolve({Triple("Zelenskyy", ActorType::kUnknown, Stance::kSupport,
                                      "joining NATO", "a", "Zelenskyy backs joining NATO."),
                               Triple("president zelensky", ActorType::kPerson, Stance::kSupport,
                                      "NATO membership for Ukraine", "b",
                                      "President Zelensky wants NATO membership for Ukraine."),
                               Triple("Volodymyr Zelensky", ActorType::kGroup, Stance::kSupport,
                                      "Ukraine's NATO membership", "c",
                                      "Volodymyr Zelensky backs Ukraine's NATO membership.")},
                              options, &notes);

  EXPECT_EQ(Names(graph), (std::vector<std::string>{"actor Ukraine", "actor Volodymyr Zelensky",
                                                    "topic Ukraine's NATO membership"}));
  EXPECT_EQ(Stances(graph),
            (std::vector<std::string>{"Volodymyr Zelensky support Ukraine's NATO membership x3"}));
  const StanceNode* zelensky = Actor(graph, "Volodymyr Zelensky");
  ASSERT_NE(zelensky, nullptr);
  EXPECT_EQ(zelensky->actor_type, ActorType::kPerson);  // pinned over the votes
  EXPECT_EQ(zelensky->affiliation, "Ukraine");          // pinned, no sentence said so
  EXPECT_EQ(zelensky->affiliations, (std::map<std::string, size_t>{{"Ukraine", 0}}));
  EXPECT_TRUE(zelensky->mentions.count("Zelenskyy"));
  EXPECT_EQ(Rules(notes),
            (std::vector<std::string>{
                "Zelenskyy -> Volodymyr Zelensky [ontology-alias]",
                "president zelensky -> Volodymyr Zelensky [ontology-alias]",
                "NATO membership for Ukraine -> Ukraine's NATO membership [ontology-alias]",
                "joining NATO -> Ukraine's NATO membership [ontology-alias]"}));
  EXPECT_EQ(notes[0].doc, "a");
  EXPECT_EQ(notes[0].sentence, "Zelenskyy backs joining NATO.");
}

TEST(IdentityTest, TopicAliasesMatchWhateverTheGrammaticalNumber) {
  IdentityOptions options;
  options.ontology = ParseOrDie(R"({"topics": [{"name": "security guarantees",
                                                 "aliases": ["safety assurance"]}]})");
  std::vector<MergeNote> notes;
  StanceGraph graph =
      Resolve({Triple("France", ActorType::kCountry, Stance::kSupport, "safety assurances", "a",
                      "France backs safety assurances."),
               Triple("Poland", ActorType::kCountry, Stance::kSupport, "security guarantee", "b",
                      "Poland backs a security guarantee.")},
              options, &notes);
  EXPECT_EQ(Names(graph), (std::vector<std::string>{"actor France", "actor Poland",
                                                    "topic security guarantees"}));
  EXPECT_EQ(Rules(notes), (std::vector<std::string>{
                              "safety assurances -> security guarantees [ontology-alias]",
                              "security guarantee -> security guarantees [ontology-alias]"}));
}

TEST(IdentityTest, OntologyErrorsNameTheFileAndThePlace) {
  EXPECT_EQ(ParseError("{\"actors\": [\n  {\"name\": \"A\",}]}"),
            "onto.json: invalid JSON at offset 28 (line 2, column 16): missing a name for object "
            "member");
  EXPECT_EQ(ParseError(R"({"actors": [{"name": "A", "type": "pearson"}]})"),
            "onto.json: actors[0].type: expects one of person, organization, country, group, "
            "unknown, got `pearson`");
  EXPECT_EQ(ParseError(R"({"actors": {"name": "A"}})"),
            "onto.json: actors: expects an array, got an object");
  EXPECT_EQ(ParseError(R"([])"), "onto.json: top level: expects an object, got an array");
  EXPECT_EQ(ParseError(R"({"actor": []})"),
            "onto.json: top level: unknown key `actor` (expected actors, topics, forbid)");
  EXPECT_EQ(ParseError(R"({"actors": [{"aliases": ["A"]}]})"),
            "onto.json: actors[0]: needs a `name`");
  EXPECT_EQ(ParseError(R"({"actors": [{"name": ""}]})"),
            "onto.json: actors[0].name: expects a name, got an empty string");
  EXPECT_EQ(ParseError(R"({"topics": [{"name": "x", "aliases": ["y", 3]}]})"),
            "onto.json: topics[0].aliases[1]: expects a string, got a number");
  EXPECT_EQ(ParseError(R"({"actors": [{"name": "A", "aliases": ["K"]},
                                       {"name": "B", "aliases": ["k"]}]})"),
            "onto.json: actors[1].aliases[0]: `k` already names `A` (case and, for topics, "
            "plural endings aside)");
  EXPECT_EQ(ParseError(R"({"forbid": [{"kind": "place", "names": ["a", "b"]}]})"),
            "onto.json: forbid[0].kind: expects actor or topic, got `place`");
  EXPECT_EQ(ParseError(R"({"forbid": [{"kind": "actor", "names": ["a"]}]})"),
            "onto.json: forbid[0].names: expects two or more names");
  EXPECT_EQ(ParseError(R"({"forbid": [{"names": ["a", "b"]}]})"),
            "onto.json: forbid[0]: needs a `kind` (actor or topic)");
  EXPECT_EQ(ParseError(R"({"actors": [{"name": "Volodymyr Zelensky", "aliases": ["Zelenskyy"]}],
                           "forbid": [{"kind": "actor",
                                       "names": ["zelenskyy", "Volodymyr Zelensky"]}]})"),
            "onto.json: forbid[0]: `zelenskyy` and `Volodymyr Zelensky` are one actor by the "
            "ontology's own names and aliases");
  EXPECT_EQ(ParseError("{\"actors\": [{\"name\": \"\xff\"}]}").substr(0, 39),
            "onto.json: invalid JSON at offset 22 (l");
  EXPECT_EQ(ParseError("{}"), "<no problem>");
}

// --- surname joins ---------------------------------------------------------

std::vector<StanceTriple> SmithTriples() {
  return {Triple("Julianne Smith", ActorType::kPerson, Stance::kSupport, "the plan", "a",
                 "U.S. Ambassador to NATO Julianne Smith backs the plan.", "United States"),
          Triple("Smith", ActorType::kUnknown, Stance::kOppose, "new sanctions", "b",
                 "Smith opposed new sanctions.")};
}

TEST(IdentityTest, SurnameJoinsTheOneFullNameAcrossDocuments) {
  std::vector<MergeNote> notes;
  StanceGraph graph = Resolve(SmithTriples(), {}, &notes);
  EXPECT_EQ(Names(graph), (std::vector<std::string>{"actor Julianne Smith", "actor United States",
                                                    "topic new sanctions", "topic the plan"}));
  EXPECT_EQ(Stances(graph), (std::vector<std::string>{"Julianne Smith oppose new sanctions x1",
                                                      "Julianne Smith support the plan x1"}));
  EXPECT_EQ(Actor(graph, "Julianne Smith")->actor_type, ActorType::kPerson);
  EXPECT_TRUE(Actor(graph, "Julianne Smith")->mentions.count("Smith"));
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(Rules(notes), std::vector<std::string>{"Smith -> Julianne Smith [surname]"});
  EXPECT_EQ(notes[0].doc, "b");
  EXPECT_EQ(notes[0].sentence, "Smith opposed new sanctions.");
}

TEST(IdentityTest, SurnameJoinRefusedWhenTwoFullNamesShareIt) {
  std::vector<StanceTriple> triples = SmithTriples();
  triples.push_back(Triple("John Smith", ActorType::kPerson, Stance::kSupport, "the plan", "c",
                           "John Smith backs the plan."));
  std::vector<MergeNote> notes;
  StanceGraph graph = Resolve(triples, {}, &notes);
  EXPECT_NE(Actor(graph, "Smith"), nullptr);
  EXPECT_EQ(Rules(notes), std::vector<std::string>{
                              "Smith -> John Smith; Julianne Smith [no surname join (ambiguous)]"});
}

TEST(IdentityTest, SurnameJoinRefusedWhenTheOntologyForbidsIt) {
  IdentityOptions options;
  options.ontology =
      ParseOrDie(R"({"forbid": [{"kind": "actor", "names": ["smith", "Julianne Smith"]}]})");
  std::vector<MergeNote> notes;
  StanceGraph graph = Resolve(SmithTriples(), options, &notes);
  EXPECT_NE(Actor(graph, "Smith"), nullptr);
  EXPECT_NE(Actor(graph, "Julianne Smith"), nullptr);
  EXPECT_EQ(Rules(notes),
            std::vector<std::string>{"Smith -> Julianne Smith [no surname join (forbidden)]"});

  // With another full name left, the surname joins that one.
  std::vector<StanceTriple> triples = SmithTriples();
  triples.push_back(Triple("John Smith", ActorType::kPerson, Stance::kSupport, "the plan", "c",
                           "John Smith backs the plan."));
  graph = Resolve(triples, options, &notes);
  EXPECT_EQ(Actor(graph, "Smith"), nullptr);
  EXPECT_EQ(Rules(notes),
            (std::vector<std::string>{"Smith -> John Smith [surname]",
                                      "Smith -> Julianne Smith [no surname join (forbidden)]"}));
}

TEST(IdentityTest, SurnameJoinOnlyForPeople) {
  std::vector<MergeNote> notes;
  StanceGraph graph = Resolve({Triple("George Washington", ActorType::kPerson, Stance::kSupport,
                                      "the plan", "a", "George Washington backs the plan."),
                               Triple("Washington", ActorType::kCountry, Stance::kOppose,
                                      "the plan", "b", "Washington rejects the plan."),
                               Triple("Acme Smith", ActorType::kOrganization, Stance::kOppose,
                                      "the plan", "c", "Acme Smith rejects the plan."),
                               Triple("Smith", ActorType::kPerson, Stance::kOppose, "the plan", "d",
                                      "Smith rejects the plan."),
                               Triple("Ursula von der Leyen", ActorType::kPerson, Stance::kSupport,
                                      "the plan", "e", "Ursula von der Leyen backs the plan."),
                               Triple("von der Leyen", ActorType::kPerson, Stance::kSupport,
                                      "the plan", "f", "Von der Leyen backs the plan.")},
                              {}, &notes);
  EXPECT_NE(Actor(graph, "Washington"), nullptr);  // a country, not a surname
  EXPECT_NE(Actor(graph, "Smith"), nullptr);       // "Acme Smith" is no person
  EXPECT_EQ(Actor(graph, "von der Leyen"), nullptr);
  EXPECT_EQ(Rules(notes),
            std::vector<std::string>{"von der Leyen -> Ursula von der Leyen [surname]"});
}

TEST(IdentityTest, AnOntologyNameIsNeverTakenForASurname) {
  IdentityOptions options;
  options.ontology = ParseOrDie(R"({"actors": [{"name": "Smith", "type": "organization"}]})");
  StanceGraph graph = Resolve(SmithTriples(), options);
  ASSERT_NE(Actor(graph, "Smith"), nullptr);
  EXPECT_EQ(Actor(graph, "Smith")->actor_type, ActorType::kOrganization);
}

// --- affiliation and roll-up -----------------------------------------------

std::vector<StanceTriple> AffiliationTriples() {
  return {
      Triple("Julianne Smith", ActorType::kPerson, Stance::kSupport, "the plan", "a",
             "U.S. Ambassador to NATO Julianne Smith backs the plan.", "United States"),
      // The same sentence syndicated: one sentence for the count.
      Triple("Julianne Smith", ActorType::kPerson, Stance::kSupport, "the plan", "a2",
             "U.S. Ambassador to NATO Julianne Smith backs the plan.", "United States"),
      Triple("Smith", ActorType::kPerson, Stance::kOppose, "tariffs", "b",
             "Smith, the U.S. envoy, rejected tariffs.", "United States"),
      Triple("Julianne Smith", ActorType::kPerson, Stance::kSupport, "sanctions", "c",
             "NATO's Julianne Smith backs sanctions.", "NATO"),
      Triple("United States", ActorType::kCountry, Stance::kSupport, "the plan", "d",
             "The United States backs the plan."),
  };
}

TEST(IdentityTest, AffiliationEdgesCountDistinctSentences) {
  StanceGraph graph = Resolve(AffiliationTriples());
  const StanceNode* smith = Actor(graph, "Julianne Smith");
  ASSERT_NE(smith, nullptr);
  EXPECT_EQ(smith->affiliations,
            (std::map<std::string, size_t>{{"NATO", 1}, {"United States", 2}}));
  EXPECT_EQ(smith->affiliation, "United States");  // the most frequent
  ASSERT_NE(Actor(graph, "NATO"), nullptr);        // a body with no stance of its own
  EXPECT_EQ(out_degree(*graph.FindActor("NATO"), graph.graph()), 0u);
  EXPECT_EQ(graph.AffiliationCount(), 2u);

  const std::string dot = exporters::DotText(graph);
  EXPECT_NE(dot.find("\"actor/julianne-smith\" -> \"actor/united-states\"\t[arrowhead=empty,\n"
                     "\t\tcolor=\"#888888\",\n"),
            std::string::npos)
      << dot;
  EXPECT_NE(dot.find("label=\"speaks for ×2\""), std::string::npos);
  EXPECT_NE(dot.find("style=dotted"), std::string::npos);
  EXPECT_NE(dot.find("Julianne Smith speaks for United States: 2 sentences"), std::string::npos);

  // JSON-LD: schema:affiliation on the person, and a counted statement.
  const std::string jsonld = exporters::JsonLdText(graph);
  rapidjson::Document document;
  document.Parse(jsonld.c_str());
  ASSERT_FALSE(document.HasParseError());
  std::vector<std::string> found;
  for (const auto& node : document["@graph"].GetArray()) {
    const std::string id = node["@id"].GetString();
    if (id == "sgid:actor/julianne-smith") {
      for (const auto& body : node["affiliation"].GetArray()) found.push_back(body.GetString());
    }
    if (std::string(node["@type"].GetString()) == "sg:AffiliationStatement") {
      found.push_back(id + " " + node["actor"].GetString() + " " +
                      node["affiliation"][0].GetString() + " " +
                      std::to_string(node["mentions"].GetUint64()));
    }
  }
  EXPECT_EQ(found, (std::vector<std::string>{
                       "sgid:actor/nato", "sgid:actor/united-states",
                       "sgid:affiliation/julianne-smith/nato sgid:actor/julianne-smith "
                       "sgid:actor/nato 1",
                       "sgid:affiliation/julianne-smith/united-states sgid:actor/julianne-smith "
                       "sgid:actor/united-states 2"}));
}

TEST(IdentityTest, AffiliationsLoadIntoRdfAsSchemaAffiliation) {
  TempDir dir;
  const std::string path = dir.File("graph.jsonld");
  std::optional<Problem> problem = exporters::WriteJsonLd(Resolve(AffiliationTriples()), path);
  ASSERT_FALSE(problem) << problem->ToString();
  ASSERT_EQ(access("/usr/bin/python3", X_OK), 0) << "run scripts/install-deps.sh";
  std::string output;
  EXPECT_EQ(
      RunCommand("/usr/bin/python3 " +
                     ShellQuote(std::string(STANCEGRAPH_SOURCE_DIR) + "/tests/jsonld_check.py") +
                     " " + ShellQuote(path) + " 2>&1",
                 &output),
      0)
      << output;
  EXPECT_NE(output.find("undefined_terms=\n"), std::string::npos) << output;
  EXPECT_NE(output.find("unresolved_ids=\n"), std::string::npos) << output;
  EXPECT_NE(output.find("isomorphic=true\n"), std::string::npos) << output;

  const std::string query = R"(
import rdflib, sys
g = rdflib.Graph().parse(sys.argv[1], format="json-ld")
q = """PREFIX schema: <https://schema.org/> PREFIX sg: <https://stancegraph.org/vocab#>
SELECT ?p ?b ?n WHERE { ?x schema:affiliation ?y . ?x schema:name ?p . ?y schema:name ?b .
  ?s a sg:AffiliationStatement ; sg:actor ?x ; schema:affiliation ?y ; sg:mentions ?n }"""
for row in sorted(g.query(q)): print(row.p, "->", row.b, row.n)
)";
  EXPECT_EQ(
      RunCommand("/usr/bin/python3 -c " + ShellQuote(query) + " " + ShellQuote(path) + " 2>&1",
                 &output),
      0)
      << output;
  EXPECT_EQ(output, "Julianne Smith -> NATO 1\nJulianne Smith -> United States 2\n");
}

TEST(IdentityTest, RollUpReplacesPeopleByTheirBody) {
  IdentityOptions options;
  options.roll_up = true;
  std::vector<MergeNote> notes;
  StanceGraph graph = Resolve(AffiliationTriples(), options, &notes);
  // "Smith" joined Julianne Smith first, then she rolled up into the
  // United States, her most frequent body.
  EXPECT_EQ(Actor(graph, "Julianne Smith"), nullptr);
  EXPECT_EQ(Actor(graph, "Smith"), nullptr);
  EXPECT_EQ(Stances(graph), (std::vector<std::string>{"United States support sanctions x1",
                                                      "United States oppose tariffs x1",
                                                      "United States support the plan x2"}));
  const StanceNode* united_states = Actor(graph, "United States");
  EXPECT_EQ(united_states->actor_type, ActorType::kCountry);  // the person's votes stay out
  EXPECT_TRUE(united_states->affiliations.empty());           // and so do her affiliations
  EXPECT_TRUE(united_states->mentions.count("Smith"));
  EXPECT_EQ(graph.AffiliationCount(), 0u);
  EXPECT_EQ(Rules(notes), (std::vector<std::string>{"Julianne Smith -> United States [roll-up]",
                                                    "Smith -> Julianne Smith [surname]"}));
  EXPECT_EQ(notes[0].doc, "a");
}

TEST(IdentityTest, RollUpFollowsThePinnedAffiliationAndForbids) {
  IdentityOptions options;
  options.roll_up = true;
  options.ontology = ParseOrDie(R"({"actors": [{"name": "Julianne Smith", "affiliation": "NATO"},
                                              {"name": "NATO", "type": "organization"}]})");
  StanceGraph graph = Resolve(AffiliationTriples(), options);
  EXPECT_EQ(Stances(graph), (std::vector<std::string>{
                                "NATO support sanctions x1", "NATO oppose tariffs x1",
                                "NATO support the plan x1", "United States support the plan x1"}));
  EXPECT_EQ(Actor(graph, "NATO")->actor_type, ActorType::kOrganization);

  options.ontology = ParseOrDie(
      R"({"forbid": [{"kind": "actor", "names": ["Julianne Smith", "United States"]}]})");
  std::vector<MergeNote> notes;
  graph = Resolve(AffiliationTriples(), options, &notes);
  EXPECT_NE(Actor(graph, "Julianne Smith"), nullptr);
  EXPECT_EQ(Rules(notes),
            (std::vector<std::string>{"Julianne Smith -> United States [no roll-up (forbidden)]",
                                      "Smith -> Julianne Smith [surname]"}));
}

// --- topics ----------------------------------------------------------------

TEST(IdentityTest, NumberFoldIsExplainedAndATopicForbidKeepsFormsApart) {
  const std::vector<StanceTriple> triples = {
      Triple("France", ActorType::kCountry, Stance::kSupport, "security guarantees", "a",
             "France backs security guarantees."),
      Triple("France", ActorType::kCountry, Stance::kSupport, "security guarantees", "b",
             "France backs security guarantees again."),
      Triple("Poland", ActorType::kCountry, Stance::kSupport, "security guarantee", "c",
             "Poland backs a security guarantee.")};
  std::vector<MergeNote> notes;
  StanceGraph graph = Resolve(triples, {}, &notes);
  EXPECT_EQ(graph.TopicCount(), 1u);
  EXPECT_EQ(Rules(notes),
            std::vector<std::string>{"security guarantee -> security guarantees [number-fold]"});
  EXPECT_EQ(notes[0].doc, "c");

  IdentityOptions options;
  options.ontology = ParseOrDie(
      R"({"forbid": [{"kind": "topic", "names": ["Security Guarantees", "security guarantee"]}]})");
  graph = Resolve(triples, options, &notes);
  EXPECT_EQ(graph.TopicCount(), 2u);
  EXPECT_EQ(Rules(notes),
            std::vector<std::string>{
                "security guarantees -> security guarantee [no number-fold (forbidden)]"});
}

// --- the notes file --------------------------------------------------------

TEST(IdentityTest, MergeNotesAreOneSortedTabSeparatedLineEach) {
  IdentityOptions options;
  options.ontology = ParseOrDie(kZelenskyOntology);
  std::vector<StanceTriple> triples = SmithTriples();
  triples.push_back(Triple("Zelenskyy", ActorType::kPerson, Stance::kSupport, "joining NATO", "d",
                           "Zelenskyy\tbacks joining NATO."));
  triples.push_back(Triple("Poland", ActorType::kCountry, Stance::kOppose, "new sanction", "e",
                           "Poland opposes a new sanction."));
  std::vector<MergeNote> notes;
  Resolve(triples, options, &notes);
  EXPECT_EQ(
      MergeNotesText(notes),
      "kind\talias\tcanonical\trule\tdoc\tsentence\n"
      "actor\tSmith\tJulianne Smith\tsurname\tb\tSmith opposed new sanctions.\n"
      "actor\tZelenskyy\tVolodymyr Zelensky\tontology-alias\td\tZelenskyy backs joining NATO.\n"
      "topic\tjoining NATO\tUkraine's NATO membership\tontology-alias\td\t"
      "Zelenskyy backs joining NATO.\n"
      "topic\tnew sanctions\tnew sanction\tnumber-fold\tb\tSmith opposed new sanctions.\n");
}

// --- order independence ----------------------------------------------------

// Everything an export shows, and the notes.
std::string Exports(const std::vector<StanceTriple>& triples, const IdentityOptions& options) {
  std::vector<MergeNote> notes;
  StanceGraph graph = Resolve(triples, options, &notes);
  return exporters::DotText(graph) + exporters::JsonLdText(graph) + MergeNotesText(notes);
}

TEST(IdentityTest, EveryInsertionOrderGivesTheSameExports) {
  std::vector<StanceTriple> triples = AffiliationTriples();
  triples.push_back(Triple("Zelenskyy", ActorType::kUnknown, Stance::kSupport, "joining NATO", "e",
                           "Zelenskyy backs joining NATO."));
  triples.push_back(Triple("John Smith", ActorType::kPerson, Stance::kOppose, "sanction", "f",
                           "John Smith opposes the sanction.", "Canada"));
  for (bool roll_up : {false, true}) {
    IdentityOptions options;
    options.roll_up = roll_up;
    options.ontology = ParseOrDie(kZelenskyOntology);
    std::vector<size_t> order(triples.size());
    std::iota(order.begin(), order.end(), 0);
    const std::string expected = Exports(triples, options);
    size_t orders = 0;
    do {
      std::vector<StanceTriple> shuffled;
      for (size_t i : order) shuffled.push_back(triples[i]);
      ASSERT_EQ(Exports(shuffled, options), expected) << "order " << orders;
      ++orders;
    } while (std::next_permutation(order.begin(), order.end()));
    EXPECT_EQ(orders, 5040u);
    // The two Smiths make "Smith" ambiguous in every order.
    EXPECT_NE(expected.find("no surname join (ambiguous)"), std::string::npos);
  }
}

TEST(IdentityTest, CopiedAndMovedGraphsKeepTheirEdges) {
  StanceGraph graph = Resolve(AffiliationTriples());
  StanceGraph copy = graph;
  StanceGraph moved = std::move(graph);
  for (const StanceGraph* g : {&copy, &moved}) {
    const StanceGraph::Vertex smith = *g->FindActor("Julianne Smith");
    const StanceGraph::Vertex plan = g->FindNodes(NodeKind::kTopic, "plan").front();
    std::optional<StanceGraph::Edge> edge = g->FindEdge(smith, plan, Stance::kSupport);
    ASSERT_TRUE(edge);
    EXPECT_EQ(g->graph()[*edge].stance, Stance::kSupport);
    EXPECT_EQ(g->graph()[*edge].mentions, 1u);
    EXPECT_FALSE(g->FindEdge(smith, plan, Stance::kOppose));
  }
}

}  // namespace
}  // namespace stancegraph
