// StanceGraph: merging, identity, slugs, and independence from input order.
#include "graph/stance_graph.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace stancegraph {
namespace {

StanceTriple MakeTriple(const std::string& actor, Stance stance, const std::string& topic,
                        const std::string& doc = "doc-1", double confidence = 0.5,
                        ActorType type = ActorType::kCountry) {
  StanceTriple triple;
  triple.doc = doc;
  triple.sentence = actor + " on " + topic + " in " + doc;
  triple.start = 3;
  triple.end = 3 + static_cast<int64_t>(triple.sentence.size());
  triple.actor = actor;
  triple.actor_mention = actor;
  triple.actor_type = type;
  triple.stance = stance;
  triple.topic = topic;
  triple.topic_mention = topic;
  triple.cue = "backs";
  triple.confidence = confidence;
  return triple;
}

// Everything an export can see of a graph, in the graph's own order.
struct Snapshot {
  std::vector<std::tuple<std::string, std::string, ActorType>> vertices;  // id, name, type
  std::vector<std::tuple<std::string, std::string, Stance, size_t, double>> edges;

  bool operator==(const Snapshot&) const = default;
};

Snapshot Snap(const StanceGraph& graph) {
  const StanceGraph::Graph& g = graph.graph();
  Snapshot snapshot;
  for (StanceGraph::Vertex v : graph.VerticesInOrder()) {
    snapshot.vertices.emplace_back(g[v].id, g[v].name, g[v].actor_type);
  }
  for (const StanceGraph::Edge& e : graph.EdgesInOrder()) {
    snapshot.edges.emplace_back(g[source(e, g)].id, g[target(e, g)].id, g[e].stance,
                                g[e].mentions, g[e].confidence);
  }
  return snapshot;
}

StanceGraph Build(const std::vector<StanceTriple>& triples) {
  StanceGraph graph;
  for (const StanceTriple& triple : triples) graph.Add(triple);
  return graph;
}

const StanceNode* FindNode(const StanceGraph& graph, const std::string& id) {
  for (StanceGraph::Vertex v : graph.VerticesInOrder()) {
    if (graph.graph()[v].id == id) return &graph.graph()[v];
  }
  return nullptr;
}

TEST(StanceGraphTest, MergesRepeatedTripleIntoOneEdgeWithAllEvidence) {
  StanceGraph graph = Build({MakeTriple("France", Stance::kSupport, "aid", "doc-1", 0.6),
                             MakeTriple("France", Stance::kSupport, "aid", "doc-2", 0.8)});

  ASSERT_EQ(graph.EdgeCount(), 1u);
  const StanceEdge& edge = graph.graph()[graph.EdgesInOrder().front()];
  EXPECT_EQ(edge.mentions, 2u);
  ASSERT_EQ(edge.evidence.size(), 2u);
  EXPECT_EQ(edge.evidence[0].doc(), "doc-1");
  EXPECT_EQ(edge.evidence[1].doc(), "doc-2");
  EXPECT_EQ(edge.evidence[1].sentence, "France on aid in doc-2");
  EXPECT_DOUBLE_EQ(edge.confidence, 0.7);
  EXPECT_EQ(graph.ActorCount(), 1u);
  EXPECT_EQ(graph.TopicCount(), 1u);
  EXPECT_EQ(graph.MentionCount(), 2u);
}

TEST(StanceGraphTest, KeepsOppositeStanceOnSeparateEdge) {
  StanceGraph graph = Build({MakeTriple("France", Stance::kSupport, "aid"),
                             MakeTriple("France", Stance::kOppose, "aid"),
                             MakeTriple("France", Stance::kSupport, "aid", "doc-2")});

  ASSERT_EQ(graph.EdgeCount(), 2u);
  std::vector<StanceGraph::Edge> edges = graph.EdgesInOrder();
  EXPECT_EQ(graph.graph()[edges[0]].stance, Stance::kSupport);
  EXPECT_EQ(graph.graph()[edges[0]].mentions, 2u);
  EXPECT_EQ(graph.graph()[edges[1]].stance, Stance::kOppose);
  EXPECT_EQ(graph.graph()[edges[1]].mentions, 1u);
  EXPECT_EQ(graph.MentionCount(), 3u);
}

TEST(StanceGraphTest, ActorAndTopicWithTheSameNameAreDistinctVertices) {
  StanceGraph graph = Build({MakeTriple("NATO", Stance::kSupport, "Ukraine"),
                             MakeTriple("Ukraine", Stance::kSupport, "NATO")});

  EXPECT_EQ(graph.ActorCount(), 2u);
  EXPECT_EQ(graph.TopicCount(), 2u);
  ASSERT_NE(FindNode(graph, "actor/nato"), nullptr);
  ASSERT_NE(FindNode(graph, "topic/nato"), nullptr);
  EXPECT_EQ(FindNode(graph, "actor/nato")->kind, NodeKind::kActor);
  EXPECT_EQ(FindNode(graph, "topic/nato")->kind, NodeKind::kTopic);
  EXPECT_EQ(graph.EdgeCount(), 2u);
}

TEST(StanceGraphTest, CollectsDistinctMentionsPerNode) {
  StanceTriple paris = MakeTriple("France", Stance::kSupport, "aid");
  paris.actor_mention = "Paris";
  StanceTriple empty = MakeTriple("France", Stance::kSupport, "aid");
  empty.actor_mention = "";
  StanceGraph graph = Build({MakeTriple("France", Stance::kSupport, "aid"), paris, paris, empty});

  const StanceNode* france = FindNode(graph, "actor/france");
  ASSERT_NE(france, nullptr);
  EXPECT_EQ(france->mentions, (std::set<std::string>{"France", "Paris"}));
}

TEST(StanceGraphTest, SlugFoldsAccentsAndSeparators) {
  struct Case {
    std::string name;
    std::string slug;
  };
  const std::vector<Case> cases = {
      {"France", "france"},
      {"Côte d'Ivoire", "cote-d-ivoire"},
      {"  Security   Guarantees!  ", "security-guarantees"},
      {"São Tomé & Príncipe", "sao-tome-principe"},
      {"Łódź", "lodz"},
      {"Straße", "strasse"},
      {"Ærø", "aero"},
      {"Œuvre", "oeuvre"},
      {"Þór", "thor"},
      {"Müller—Lüdenscheidt", "muller-ludenscheidt"},
      {"Ștefan Țiriac", "stefan-tiriac"},
      {"e\xCC\x81t\xC3\xA9", "ete"},  // "é" decomposed (NFD), then composed
      {"G7 2024", "g7-2024"},
      {"a\xFF" "b", "a-b"},  // invalid UTF-8 byte is a separator
      {"北京", ""},
      {"---", ""},
      {"", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(StanceGraph::Slug(c.name), c.slug) << "name: " << c.name;
  }
}

TEST(StanceGraphTest, NodeIdsAreKindSlashSlug) {
  StanceGraph graph = Build({MakeTriple("Côte d'Ivoire", Stance::kSupport, "Security guarantees")});
  std::vector<StanceGraph::Vertex> vertices = graph.VerticesInOrder();
  ASSERT_EQ(vertices.size(), 2u);
  EXPECT_EQ(graph.graph()[vertices[0]].id, "actor/cote-d-ivoire");
  EXPECT_EQ(graph.graph()[vertices[1]].id, "topic/security-guarantee");  // slug of the key
  EXPECT_EQ(graph.graph()[vertices[1]].name, "Security guarantees");
}

TEST(StanceGraphTest, CollidingSlugsGetDistinctIdsWhateverTheOrder) {
  // All three slug to "e-u".
  std::vector<StanceTriple> triples = {MakeTriple("E.U.", Stance::kSupport, "aid"),
                                       MakeTriple("e u", Stance::kSupport, "aid"),
                                       MakeTriple("E U", Stance::kSupport, "aid")};
  StanceGraph graph = Build(triples);
  Snapshot first = Snap(graph);
  ASSERT_EQ(first.vertices.size(), 4u);  // three actors, one topic
  std::set<std::string> ids;
  for (const auto& vertex : first.vertices) ids.insert(std::get<0>(vertex));
  EXPECT_EQ(ids.size(), 4u);
  // "E U" is the byte-wise smallest name, so it keeps the bare slug.
  ASSERT_NE(FindNode(graph, "actor/e-u"), nullptr);
  EXPECT_EQ(FindNode(graph, "actor/e-u")->name, "E U");

  std::sort(triples.begin(), triples.end(),
            [](const StanceTriple& a, const StanceTriple& b) { return a.actor < b.actor; });
  do {
    EXPECT_EQ(Snap(Build(triples)), first);
  } while (std::next_permutation(
      triples.begin(), triples.end(),
      [](const StanceTriple& a, const StanceTriple& b) { return a.actor < b.actor; }));
}

// Merged() joins in place; the result must be the graph the joined names
// would have given from the start: chained names join one step (A -> B,
// B -> C), swapped names trade places, a key no node had is made, and many
// removed vertices renumber the rest.
TEST(StanceGraphTest, MergedEqualsTheGraphOfTheJoinedNames) {
  std::vector<StanceTriple> triples = {
      MakeTriple("A", Stance::kSupport, "t1", "doc-1"), MakeTriple("A", Stance::kOppose, "t2", "doc-2"),
      MakeTriple("B", Stance::kSupport, "t1", "doc-3"), MakeTriple("C", Stance::kSupport, "t3", "doc-4"),
      MakeTriple("X", Stance::kSupport, "t2", "doc-5"), MakeTriple("Y", Stance::kOppose, "t1", "doc-6"),
      MakeTriple("D", Stance::kSupport, "t1", "doc-7", 0.9)};
  StanceGraph::NodeMapping mapping;
  mapping.actors = {{"A", "B"}, {"B", "C"}, {"X", "Y"}, {"Y", "X"}};
  mapping.topics = {{"t3", "t1"}};
  for (int i = 0; i < 40; ++i) {
    const std::string name = "P" + std::to_string(i);
    triples.push_back(MakeTriple(name, i % 2 ? Stance::kSupport : Stance::kOppose,
                                 "t" + std::to_string(i % 4), "doc-p" + std::to_string(i)));
    mapping.actors[name] = "Q" + std::to_string(i % 5);
  }
  std::vector<StanceTriple> joined = triples;
  for (StanceTriple& triple : joined) {
    if (auto it = mapping.actors.find(triple.actor); it != mapping.actors.end()) {
      triple.actor = it->second;
    }
    if (triple.topic == "t3") triple.topic = "t1";
  }

  const StanceGraph merged = Build(triples).Merged(mapping);
  const StanceGraph expected = Build(joined);
  EXPECT_EQ(Snap(merged), Snap(expected));
  EXPECT_EQ(merged.ActorCount(), expected.ActorCount());
  EXPECT_EQ(merged.TopicCount(), expected.TopicCount());
  EXPECT_EQ(merged.MentionCount(), expected.MentionCount());
  // Every edge is found again by its ends, as after a fresh build.
  const StanceGraph::Graph& g = merged.graph();
  for (const StanceGraph::Edge& edge : merged.EdgesInOrder()) {
    EXPECT_EQ(merged.FindEdge(source(edge, g), target(edge, g), g[edge].stance), edge);
  }
  ASSERT_TRUE(merged.FindActor("B"));
  EXPECT_TRUE(g[*merged.FindActor("B")].mentions.count("A"));  // A's name joined B
  EXPECT_FALSE(merged.FindActor("A"));
}

TEST(StanceGraphTest, NumberFoldReducesLowerCaseWordsToTheSingular) {
  struct Case {
    std::string name;
    std::string key;
  };
  const std::vector<Case> cases = {
      {"security guarantees", "security guarantee"},
      {"new spending rules", "new spending rule"},
      {"sanctions on Russian gas", "sanction on Russian gas"},
      {"policies", "policy"},
      {"taxes", "tax"},
      {"classes", "class"},
      {"churches", "church"},
      {"wishes", "wish"},
      {"buzzes", "buzz"},
      {"sizes", "size"},       // -ze + s
      {"ties", "tie"},         // -ie + s
      {"talks", "talk"},
      {"no sanctions", "no sanction"},
      {"Taurus deliveries", "Taurus delivery"},
      {"closer NATO-Ukraine ties", "closer NATO-Ukraine tie"},
      {"ceasefire on Moscow's terms", "ceasefire on Moscow's term"},
      {"allies\u2019 plans", "ally\u2019 plan"},  // curly apostrophe separates words
      {"  taxes!  ", "  tax!  "},                 // everything between words kept
      // Not plural, or not to be touched.
      {"progress", "progress"},
      {"consensus", "consensus"},
      {"crisis", "crisis"},
      {"aid", "aid"},
      {"gas", "gas"},
      {"yes", "yes"},
      {"news", "news"},
      {"arms", "arms"},
      {"means", "means"},
      {"series", "series"},
      {"species", "species"},
      {"politics", "politics"},
      {"economics", "economics"},
      {"headquarters", "headquarters"},
      {"securities", "securities"},
      {"this", "this"},
      {"does", "does"},
      {"bias", "bias"},
      {"brussels", "brussels"},
      {"united states", "united states"},
      {"states", "state"},
      {"Wales", "Wales"},
      {"Athens talks", "Athens talk"},
      {"Philippines", "Philippines"},
      {"United States", "United States"},
      {"NGOs", "NGOs"},
      {"Sanctions", "Sanctions"},  // capitalised: a name, or not canonical
      {"1990s", "1990s"},
      {"cafés", "cafés"},
      {"北京", "北京"},
      {"", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(StanceGraph::NumberFold(c.name), c.key) << "name: " << c.name;
  }
}

TEST(StanceGraphTest, SingularAndPluralTopicsMergeIntoOneVertex) {
  const std::vector<std::pair<std::string, std::string>> pairs = {
      {"security guarantees", "security guarantee"},
      {"new spending rules", "new spending rule"},
      {"sanctions on Russian gas", "sanction on Russian gas"},
      {"policies", "policy"},
      {"taxes", "tax"},
  };
  std::vector<StanceTriple> triples;
  for (const auto& [plural, singular] : pairs) {
    triples.push_back(MakeTriple("France", Stance::kSupport, plural, "d1", 0.4));
    triples.push_back(MakeTriple("France", Stance::kSupport, singular, "d2", 0.8));
    triples.push_back(MakeTriple("France", Stance::kSupport, plural, "d3", 0.6));
    triples.push_back(MakeTriple("Hungary", Stance::kOppose, plural, "d4", 0.5));
  }
  StanceGraph graph = Build(triples);

  EXPECT_EQ(graph.ActorCount(), 2u);
  EXPECT_EQ(graph.TopicCount(), pairs.size());
  EXPECT_EQ(graph.EdgeCount(), 2 * pairs.size());
  EXPECT_EQ(graph.MentionCount(), triples.size());
  const StanceGraph::Graph& g = graph.graph();
  for (const auto& [plural, singular] : pairs) {
    const StanceNode* topic = FindNode(graph, "topic/" + StanceGraph::Slug(singular));
    ASSERT_NE(topic, nullptr) << singular;
    EXPECT_EQ(topic->name, plural);  // three votes against one
    EXPECT_EQ(topic->mentions, (std::set<std::string>{plural, singular}));
  }
  for (const StanceGraph::Edge& e : graph.EdgesInOrder()) {
    if (g[source(e, g)].name == "France") {
      EXPECT_EQ(g[e].mentions, 3u) << g[target(e, g)].name;
      EXPECT_NEAR(g[e].confidence, 0.6, 1e-9);
      std::set<std::string> seen_as;  // both numbers' evidence is on this one edge
      for (const Evidence& evidence : g[e].evidence) seen_as.insert(evidence.topic_mention);
      EXPECT_EQ(seen_as.size(), 2u) << g[target(e, g)].name;
      EXPECT_EQ(seen_as.count(g[target(e, g)].name), 1u);
    } else {
      EXPECT_EQ(g[e].mentions, 1u);
      EXPECT_EQ(g[e].stance, Stance::kOppose);
    }
  }
}

TEST(StanceGraphTest, NegatedAndLookAlikeTopicsStayApart) {
  const std::vector<std::pair<std::string, std::string>> apart = {
      {"no sanctions", "sanctions"},
      {"news", "new"},
      {"arms", "arm"},
      {"means", "mean"},
      {"politics", "politic"},
      {"securities", "security"},
      {"Wales", "Wale"},
      {"Athens", "Athen"},
      {"Brussels rules", "Brussel rules"},
      {"Philippines", "Philippine"},
      {"United States", "United State"},
      {"united states", "united state"},
  };
  for (const auto& [a, b] : apart) {
    StanceGraph graph = Build({MakeTriple("France", Stance::kSupport, a),
                               MakeTriple("France", Stance::kSupport, b)});
    EXPECT_EQ(graph.TopicCount(), 2u) << a << " / " << b;
    EXPECT_EQ(graph.EdgeCount(), 2u) << a << " / " << b;
  }
}

TEST(StanceGraphTest, ActorsAreNotNumberFolded) {
  StanceGraph graph = Build({MakeTriple("allies", Stance::kSupport, "aid"),
                             MakeTriple("ally", Stance::kSupport, "aid"),
                             MakeTriple("Baltic states", Stance::kSupport, "aid"),
                             MakeTriple("Baltic state", Stance::kSupport, "aid")});
  EXPECT_EQ(graph.ActorCount(), 4u);
  ASSERT_NE(FindNode(graph, "actor/allies"), nullptr);
  EXPECT_EQ(FindNode(graph, "actor/allies")->name, "allies");
  ASSERT_NE(FindNode(graph, "actor/baltic-states"), nullptr);
}

// Checks that every order of `topics` (one triple each, from distinct
// documents) gives the same snapshot (ids, names, edges) and node mentions;
// returns the node with `id`.
StanceNode TopicAfterEveryOrder(const std::vector<std::string>& topics, const std::string& id) {
  std::vector<StanceTriple> triples;
  for (size_t i = 0; i < topics.size(); ++i) {
    triples.push_back(MakeTriple(i % 2 == 0 ? "France" : "Germany", Stance::kSupport, topics[i],
                                 "d" + std::to_string(i), 0.1 * static_cast<double>(i + 1)));
  }
  StanceGraph first_graph = Build(triples);
  Snapshot first = Snap(first_graph);
  auto mentions = [](const StanceGraph& graph) {
    std::vector<std::set<std::string>> all;
    for (StanceGraph::Vertex v : graph.VerticesInOrder()) all.push_back(graph.graph()[v].mentions);
    return all;
  };
  std::vector<size_t> order(triples.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  int permutations = 0;
  do {
    std::vector<StanceTriple> shuffled;
    for (size_t i : order) shuffled.push_back(triples[i]);
    StanceGraph graph = Build(shuffled);
    EXPECT_EQ(Snap(graph), first) << "permutation " << permutations;
    EXPECT_EQ(mentions(graph), mentions(first_graph)) << "permutation " << permutations;
    ++permutations;
  } while (std::next_permutation(order.begin(), order.end()));
  const StanceNode* node = FindNode(first_graph, id);
  EXPECT_NE(node, nullptr) << id;
  return node != nullptr ? *node : StanceNode{};
}

TEST(StanceGraphTest, TopicNameIsTheMajorityNameWhateverTheOrder) {
  EXPECT_EQ(TopicAfterEveryOrder({"policy", "policies", "policies"}, "topic/policy").name,
            "policies");
  EXPECT_EQ(TopicAfterEveryOrder({"policies", "policy", "policy"}, "topic/policy").name,
            "policy");
  // Ties go to the byte-wise smallest name.
  EXPECT_EQ(TopicAfterEveryOrder({"taxes", "tax"}, "topic/tax").name, "tax");
  EXPECT_EQ(TopicAfterEveryOrder({"rules", "rule", "rules", "rule"}, "topic/rule").name, "rule");
  StanceNode guarantees = TopicAfterEveryOrder(
      {"security guarantees", "security guarantee", "security guarantees", "security guarantee",
       "security guarantees"},
      "topic/security-guarantee");
  EXPECT_EQ(guarantees.name, "security guarantees");
  EXPECT_EQ(guarantees.mentions,
            (std::set<std::string>{"security guarantee", "security guarantees"}));
}

TEST(StanceGraphTest, TopicIdsComeFromTheFoldedKeyWhateverTheOrder) {
  // Keys "Security guarantee" and "security guarantee" share a slug;
  // "Security Guarantees" (capitalised, so not folded) has its own.
  std::vector<std::string> topics = {"security guarantees", "Security guarantees",
                                     "security guarantee", "Security Guarantees",
                                     "Security guarantee"};
  StanceNode bare = TopicAfterEveryOrder(topics, "topic/security-guarantee");
  EXPECT_EQ(bare.name, "Security guarantee");  // smallest key, tie between its two names
  EXPECT_EQ(bare.mentions, (std::set<std::string>{"Security guarantee", "Security guarantees"}));
  EXPECT_EQ(TopicAfterEveryOrder(topics, "topic/security-guarantees").name,
            "Security Guarantees");

  StanceGraph graph = Build({MakeTriple("France", Stance::kSupport, "security guarantees"),
                             MakeTriple("France", Stance::kSupport, "Security guarantee")});
  std::set<std::string> ids;
  for (StanceGraph::Vertex v : graph.VerticesInOrder()) ids.insert(graph.graph()[v].id);
  ASSERT_EQ(ids.size(), 3u);
  EXPECT_EQ(ids.count("topic/security-guarantee"), 1u);
  // The other key gets the hashed form, the same whichever name it came as.
  StanceGraph singular = Build({MakeTriple("France", Stance::kSupport, "security guarantee"),
                                MakeTriple("France", Stance::kSupport, "Security guarantee")});
  std::set<std::string> singular_ids;
  for (StanceGraph::Vertex v : singular.VerticesInOrder()) {
    singular_ids.insert(singular.graph()[v].id);
  }
  EXPECT_EQ(ids, singular_ids);
}

TEST(StanceGraphTest, NamesWithoutSlugGetDistinctHashIds) {
  StanceGraph graph = Build({MakeTriple("北京", Stance::kSupport, "aid"),
                             MakeTriple("東京", Stance::kSupport, "aid")});
  std::vector<StanceGraph::Vertex> vertices = graph.VerticesInOrder();
  ASSERT_EQ(vertices.size(), 3u);
  const std::string& a = graph.graph()[vertices[0]].id;
  const std::string& b = graph.graph()[vertices[1]].id;
  EXPECT_NE(a, b);
  EXPECT_EQ(a.rfind("actor/_", 0), 0u) << a;
  EXPECT_EQ(b.rfind("actor/_", 0), 0u) << b;
}

TEST(StanceGraphTest, InsertionOrderDoesNotChangeIdsEdgeOrderOrConfidence) {
  std::vector<StanceTriple> triples = {
      MakeTriple("France", Stance::kSupport, "aid", "d1", 0.1),
      MakeTriple("France", Stance::kSupport, "aid", "d2", 0.2),
      MakeTriple("France", Stance::kSupport, "aid", "d3", 0.7),
      MakeTriple("france", Stance::kOppose, "Aid", "d4", 0.3),
      MakeTriple("Germany", Stance::kOppose, "aid", "d5", 0.9),
  };
  Snapshot first = Snap(Build(triples));
  ASSERT_EQ(first.vertices.size(), 5u);
  ASSERT_EQ(first.edges.size(), 3u);

  std::vector<size_t> order = {0, 1, 2, 3, 4};
  int permutations = 0;
  do {
    std::vector<StanceTriple> shuffled;
    for (size_t i : order) shuffled.push_back(triples[i]);
    ASSERT_EQ(Snap(Build(shuffled)), first) << "permutation " << permutations;
    ++permutations;
  } while (std::next_permutation(order.begin(), order.end()));
  EXPECT_EQ(permutations, 120);
}

TEST(StanceGraphTest, EdgesInOrderSortsByActorThenTopicThenStance) {
  StanceGraph graph = Build({MakeTriple("Zambia", Stance::kSupport, "aid"),
                             MakeTriple("Austria", Stance::kOppose, "trade"),
                             MakeTriple("Austria", Stance::kOppose, "aid"),
                             MakeTriple("Austria", Stance::kSupport, "aid")});
  std::vector<std::tuple<std::string, std::string, Stance, size_t, double>> edges =
      Snap(graph).edges;
  ASSERT_EQ(edges.size(), 4u);
  auto key = [](const auto& edge) {
    return std::make_tuple(std::get<0>(edge), std::get<1>(edge), std::get<2>(edge));
  };
  EXPECT_EQ(key(edges[0]), std::make_tuple("actor/austria", "topic/aid", Stance::kSupport));
  EXPECT_EQ(key(edges[1]), std::make_tuple("actor/austria", "topic/aid", Stance::kOppose));
  EXPECT_EQ(key(edges[2]), std::make_tuple("actor/austria", "topic/trade", Stance::kOppose));
  EXPECT_EQ(key(edges[3]), std::make_tuple("actor/zambia", "topic/aid", Stance::kSupport));
}

TEST(StanceGraphTest, StrongestEdgesRankByMentionsThenConfidenceThenOrder) {
  StanceGraph graph = Build({
      MakeTriple("Chile", Stance::kSupport, "aid", "d1", 0.5),
      MakeTriple("Brazil", Stance::kSupport, "aid", "d1", 0.9),  // 1 mention, high confidence
      MakeTriple("Austria", Stance::kSupport, "aid", "d1", 0.5),  // ties with Chile
      MakeTriple("Denmark", Stance::kSupport, "aid", "d1", 0.2),
      MakeTriple("Denmark", Stance::kSupport, "aid", "d2", 0.2),  // 2 mentions
  });
  auto actors = [&](size_t n) {
    std::vector<std::string> names;
    for (const StanceGraph::Edge& e : graph.StrongestEdges(n)) {
      names.push_back(graph.graph()[source(e, graph.graph())].name);
    }
    return names;
  };
  EXPECT_EQ(actors(10), (std::vector<std::string>{"Denmark", "Brazil", "Austria", "Chile"}));
  EXPECT_EQ(actors(2), (std::vector<std::string>{"Denmark", "Brazil"}));
  EXPECT_TRUE(actors(0).empty());
}

TEST(StanceGraphTest, ConfidenceIsTheMeanOfTheEvidence) {
  struct Case {
    std::vector<double> confidences;
    double mean;
  };
  const std::vector<Case> cases = {
      {{0.8}, 0.8},
      {{0.6, 0.8}, 0.7},
      {{0.1, 0.2, 0.3, 0.4}, 0.25},
      {{0.0, 1.0, 1.0}, 2.0 / 3.0},
  };
  for (const Case& c : cases) {
    StanceGraph graph;
    for (size_t i = 0; i < c.confidences.size(); ++i) {  // distinct sentences
      graph.Add(MakeTriple("France", Stance::kSupport, "aid", "d" + std::to_string(i),
                           c.confidences[i]));
    }
    const StanceEdge& edge = graph.graph()[graph.EdgesInOrder().front()];
    EXPECT_NEAR(edge.confidence, c.mean, 1e-9) << c.confidences.size() << " values";
  }
}

TEST(StanceGraphTest, ActorTypeIsTheMostFrequentKnownType) {
  struct Case {
    std::vector<ActorType> types;
    ActorType expected;
  };
  const std::vector<Case> cases = {
      {{ActorType::kUnknown}, ActorType::kUnknown},
      {{ActorType::kUnknown, ActorType::kUnknown, ActorType::kPerson}, ActorType::kPerson},
      {{ActorType::kGroup, ActorType::kCountry, ActorType::kCountry}, ActorType::kCountry},
      {{ActorType::kOrganization, ActorType::kPerson}, ActorType::kPerson},  // tie: enum order
      {{ActorType::kPerson, ActorType::kOrganization}, ActorType::kPerson},
  };
  for (const Case& c : cases) {
    StanceGraph graph;
    for (ActorType type : c.types) {
      graph.Add(MakeTriple("Kim", Stance::kSupport, "aid", "d", 0.5, type));
    }
    EXPECT_EQ(FindNode(graph, "actor/kim")->actor_type, c.expected)
        << "last type " << ActorTypeName(c.types.back());
  }
}

TEST(StanceGraphTest, EmptyGraphHasNothingInOrder) {
  StanceGraph graph;
  EXPECT_TRUE(graph.VerticesInOrder().empty());
  EXPECT_TRUE(graph.EdgesInOrder().empty());
  EXPECT_TRUE(graph.StrongestEdges(3).empty());
  EXPECT_EQ(graph.MentionCount(), 0u);
}

}  // namespace
}  // namespace stancegraph
