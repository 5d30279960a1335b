// GraphFilter and StanceGraph::Subgraph: what --min-weight, --top, --actor
// and --topic keep, and that what is kept is unchanged.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "graph/filter.h"
#include "tests/export_test_support.h"

namespace stancegraph {
namespace {

using testing::GraphOf;
using testing::SampleTriples;
using testing::Triple;

// "France support security guarantees" for every edge of `graph`.
std::set<std::string> EdgeNames(const StanceGraph& graph) {
  const StanceGraph::Graph& g = graph.graph();
  std::set<std::string> names;
  for (const StanceGraph::Edge& edge : graph.EdgesInOrder()) {
    names.insert(g[source(edge, g)].name + " " + std::string(StanceName(g[edge].stance)) + " " +
                 g[target(edge, g)].name);
  }
  return names;
}

std::set<std::string> NodeIds(const StanceGraph& graph) {
  std::set<std::string> ids;
  for (StanceGraph::Vertex vertex : graph.VerticesInOrder()) ids.insert(graph.graph()[vertex].id);
  return ids;
}

TEST(FilterTest, InactiveFilterKeepsEverything) {
  const StanceGraph graph = GraphOf(SampleTriples());
  GraphFilter filter;
  EXPECT_FALSE(filter.active());
  filter.min_weight = 1;  // every edge has a sentence
  EXPECT_FALSE(filter.active());
  EXPECT_EQ(EdgeNames(Filtered(graph, filter)), EdgeNames(graph));
}

TEST(FilterTest, MinWeightKeepsEdgesWithEnoughSentences) {
  GraphFilter filter;
  filter.min_weight = 2;
  const StanceGraph kept = Filtered(GraphOf(SampleTriples()), filter);
  EXPECT_EQ(EdgeNames(kept), (std::set<std::string>{"France support security guarantees"}));
  EXPECT_EQ(NodeIds(kept), (std::set<std::string>{"actor/france", "topic/security-guarantee"}));
  EXPECT_EQ(kept.MentionCount(), 2u);
  filter.min_weight = 3;
  EXPECT_EQ(Filtered(GraphOf(SampleTriples()), filter).EdgeCount(), 0u);
}

TEST(FilterTest, TopKeepsTheStrongestInStrongestEdgesOrder) {
  const StanceGraph graph = GraphOf(SampleTriples());
  GraphFilter filter;
  filter.top = 2;
  // France x2 first; then the single-sentence edges by confidence: Germany
  // on guarantees (0.8) before Germany on sanctions (0.75) and Hungary (0.6).
  EXPECT_EQ(EdgeNames(Filtered(graph, filter)),
            (std::set<std::string>{"France support security guarantees",
                                   "Germany support security guarantees"}));
  filter.top = 100;
  EXPECT_EQ(EdgeNames(Filtered(graph, filter)), EdgeNames(graph));
}

TEST(FilterTest, ActorsAndTopicsMatchByWordsAndCombine) {
  const StanceGraph graph = GraphOf(SampleTriples());
  GraphFilter filter;
  filter.topics = {"Security GUARANTEE"};  // case and number aside
  EXPECT_EQ(EdgeNames(Filtered(graph, filter)),
            (std::set<std::string>{"France support security guarantees",
                                   "Germany support security guarantees",
                                   "Hungary oppose security guarantees"}));
  filter.actors = {"germany", "hungary"};  // any of them
  EXPECT_EQ(EdgeNames(Filtered(graph, filter)),
            (std::set<std::string>{"Germany support security guarantees",
                                   "Hungary oppose security guarantees"}));
  filter.top = 1;  // the filters first, then the strongest of what is left
  EXPECT_EQ(EdgeNames(Filtered(graph, filter)),
            (std::set<std::string>{"Germany support security guarantees"}));
  filter = {};
  filter.actors = {"nobody"};
  const StanceGraph none = Filtered(graph, filter);
  EXPECT_EQ(none.EdgeCount(), 0u);
  EXPECT_EQ(none.ActorCount() + none.TopicCount(), 0u);
}

TEST(FilterTest, KeptEdgesKeepTheirEvidenceAndConfidence) {
  const StanceGraph graph = GraphOf(SampleTriples());
  GraphFilter filter;
  filter.actors = {"France"};
  const StanceGraph kept = Filtered(graph, filter);
  ASSERT_EQ(kept.EdgeCount(), 1u);
  const StanceGraph::Edge edge = kept.EdgesInOrder().front();
  const StanceGraph::Edge original = graph.EdgesInOrder().front();
  EXPECT_EQ(kept.graph()[edge].mentions, graph.graph()[original].mentions);
  EXPECT_DOUBLE_EQ(kept.graph()[edge].confidence, graph.graph()[original].confidence);
  EXPECT_EQ(kept.graph()[edge].evidence.size(), 2u);
}

TEST(FilterTest, KeptActorsBringTheBodiesTheySpeakFor) {
  std::vector<StanceTriple> triples = SampleTriples();
  StanceTriple envoy = Triple("Anna Kowalska", ActorType::kPerson, Stance::kOppose, "sanctions",
                              "doc-4", "Poland's envoy Anna Kowalska rejected sanctions.");
  envoy.affiliation = "Poland";
  triples.push_back(envoy);
  GraphFilter filter;
  filter.actors = {"Kowalska"};
  const StanceGraph kept = Filtered(GraphOf(triples), filter);
  EXPECT_EQ(EdgeNames(kept), (std::set<std::string>{"Anna Kowalska oppose sanctions"}));
  EXPECT_EQ(NodeIds(kept), (std::set<std::string>{"actor/anna-kowalska", "actor/poland",
                                                  "topic/sanction"}));
  const auto person = kept.FindActor("Anna Kowalska");
  ASSERT_TRUE(person);
  EXPECT_EQ(kept.graph()[*person].affiliation, "Poland");
  EXPECT_EQ(kept.AffiliationCount(), 1u);
}

// "EU" and "E.U." share the slug "e-u": the smaller key keeps the bare id,
// the other a hashed one. Leaving the first out must not rename the second.
TEST(FilterTest, NodeIdsStayThoseOfTheWholeGraph) {
  std::vector<StanceTriple> triples = {
      Triple("E.U.", ActorType::kOrganization, Stance::kSupport, "tariffs", "a", "E.U. backs tariffs."),
      Triple("EU", ActorType::kOrganization, Stance::kOppose, "quotas", "b", "EU rejects quotas."),
  };
  const StanceGraph graph = GraphOf(triples);
  std::string eu_id;
  for (StanceGraph::Vertex vertex : graph.VerticesInOrder()) {
    if (graph.graph()[vertex].name == "EU") eu_id = graph.graph()[vertex].id;
  }
  ASSERT_NE(eu_id, "actor/e-u");  // "E.U." < "EU" keeps the bare slug
  GraphFilter filter;
  filter.topics = {"quotas"};
  const StanceGraph kept = Filtered(graph, filter);
  EXPECT_EQ(NodeIds(kept), (std::set<std::string>{eu_id, "topic/quota"}));
}

TEST(FilterTest, OutputDoesNotDependOnInsertionOrder) {
  std::vector<StanceTriple> triples = SampleTriples();
  GraphFilter filter;
  filter.top = 3;
  const std::set<std::string> first = EdgeNames(Filtered(GraphOf(triples), filter));
  std::reverse(triples.begin(), triples.end());
  EXPECT_EQ(EdgeNames(Filtered(GraphOf(triples), filter)), first);
}

}  // namespace
}  // namespace stancegraph
