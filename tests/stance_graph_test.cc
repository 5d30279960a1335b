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
  EXPECT_EQ(edge.evidence[0].doc, "doc-1");
  EXPECT_EQ(edge.evidence[1].doc, "doc-2");
  EXPECT_EQ(edge.evidence[1].sentence, "France on aid in doc-2");
  EXPECT_DOUBLE_EQ(edge.confidence, 0.7);
  EXPECT_EQ(graph.ActorCount(), 1u);
  EXPECT_EQ(graph.TopicCount(), 1u);
  EXPECT_EQ(graph.MentionCount(), 2u);
}

TEST(StanceGraphTest, KeepsOppositeStanceOnSeparateEdge) {
  StanceGraph graph = Build({MakeTriple("France", Stance::kSupport, "aid"),
                             MakeTriple("France", Stance::kOppose, "aid"),
                             MakeTriple("France", Stance::kSupport, "aid")});

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
  EXPECT_EQ(graph.graph()[vertices[1]].id, "topic/security-guarantees");
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
    for (double confidence : c.confidences) {
      graph.Add(MakeTriple("France", Stance::kSupport, "aid", "d", confidence));
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
