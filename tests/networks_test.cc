// Derived networks (graph/networks.h, graph/camps.h) and their writers
// (export/network_exporter.h) on a hand-checked example.
//
// Five actors A..E and three topics x, y, z. Statements (stance, topic,
// document, date; "-" undated):
//
//   A  +x d1 2024-01-01, +x d1 2024-01-01, +x d2 2024-01-03;  -y d3 2024-02-10
//   B  +x d2 2024-01-03, +x d8 2024-01-10;  -y d4 2024-02-20;  -z d4 2024-02-20
//   C  -x d3 2024-02-10;  +y d4 2024-02-20;  +z d6 2024-03-05, +z d9 2024-04-01
//   D  +y d5 -;  +z d5 -, +z d7 -
//   E  +x d10 2024-03-20;  +z d10 2024-03-20
//
// Counts per (actor, stance, topic) under each duplicates policy:
//
//              A+x A-y B+x B-y B-z C-x C+y C+z D+y D+z E+x E+z
//   statement   3   1   2   1   1   1   1   2   1   2   1   1
//   document    2   1   2   1   1   1   1   2   1   2   1   1
//   week        1   1   2   1   1   1   1   2   1   2   1   1   (1)
//   month       1   1   1   1   1   1   1   2   1   2   1   1   (2)
//   year        1   1   1   1   1   1   1   1   1   2   1   1   (3)
//
// (1) January 1 and 3 are in 2024-W01, January 10 in W02; (2) C's z in March
// and April; (3) D's undated statements count once per document.
//
// congruence = sum_t s_i s_j + o_i o_j; conflict = sum_t s_i o_j + o_i s_j:
//   congruence AB = x 3*2 + y 1*1 = 7, AE = x 3*1 = 3, BE = x 2*1 = 2,
//              CD = y 1*1 + z 2*2 = 5, CE = z 2*1 = 2, DE = z 2*1 = 2
//   conflict   AC = x 3*1 + y 1*1 = 4, AD = y 1*1 = 1, BC = x 2*1 + y 1*1 + z 1*2 = 5,
//              BD = y 1*1 + z 1*2 = 3, BE = z 1*1 = 1, CE = x 1*1 = 1
// E agrees with A and B on x and with C and D on z: the broker.
#include "graph/networks.h"

#include <cgraph.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "export/network_exporter.h"
#include "graph/camps.h"
#include "graph/stance_graph.h"

namespace stancegraph::networks {
namespace {

StanceTriple Statement(const std::string& actor, Stance stance, const std::string& topic,
                       const std::string& doc, const std::string& date, int n) {
  StanceTriple triple;
  triple.doc = doc;
  // Distinct sentences: the graph counts a repeated sentence once.
  triple.sentence = "Statement " + std::to_string(n) + ": " + actor + " on " + topic + ".";
  triple.start = 10 * n;
  triple.end = triple.start + static_cast<int64_t>(triple.sentence.size());
  triple.actor = actor;
  triple.actor_mention = actor;
  triple.actor_type = ActorType::kCountry;
  triple.stance = stance;
  triple.topic = topic;
  triple.topic_mention = topic;
  triple.cue = "backs";
  triple.confidence = 0.9;
  triple.date = date;
  return triple;
}

constexpr Stance kFor = Stance::kSupport;
constexpr Stance kAgainst = Stance::kOppose;

std::vector<StanceTriple> Example(bool with_e = true) {
  std::vector<StanceTriple> triples = {
      Statement("A", kFor, "x", "d1", "2024-01-01", 1),
      Statement("A", kFor, "x", "d1", "2024-01-01", 2),
      Statement("A", kFor, "x", "d2", "2024-01-03", 3),
      Statement("A", kAgainst, "y", "d3", "2024-02-10", 4),
      Statement("B", kFor, "x", "d2", "2024-01-03", 5),
      Statement("B", kFor, "x", "d8", "2024-01-10", 6),
      Statement("B", kAgainst, "y", "d4", "2024-02-20", 7),
      Statement("B", kAgainst, "z", "d4", "2024-02-20", 8),
      Statement("C", kAgainst, "x", "d3", "2024-02-10", 9),
      Statement("C", kFor, "y", "d4", "2024-02-20", 10),
      Statement("C", kFor, "z", "d6", "2024-03-05", 11),
      Statement("C", kFor, "z", "d9", "2024-04-01", 12),
      Statement("D", kFor, "y", "d5", "", 13),
      Statement("D", kFor, "z", "d5", "", 14),
      Statement("D", kFor, "z", "d7", "", 15),
  };
  if (with_e) {
    triples.push_back(Statement("E", kFor, "x", "d10", "2024-03-20", 16));
    triples.push_back(Statement("E", kFor, "z", "d10", "2024-03-20", 17));
  }
  return triples;
}

StanceGraph Build(const std::vector<StanceTriple>& triples) {
  StanceGraph graph;
  for (const StanceTriple& triple : triples) graph.Add(triple);
  return graph;
}

using Weights = std::map<std::string, double>;  // "A-B" -> weight

Weights WeightsOf(const Network& network) {
  Weights weights;
  for (const NetworkEdge& edge : network.edges) {
    EXPECT_LT(edge.source, edge.target);
    weights[network.nodes[edge.source].name + "-" + network.nodes[edge.target].name] = edge.weight;
  }
  return weights;
}

void ExpectWeights(const Weights& actual, const Weights& expected) {
  EXPECT_EQ(actual.size(), expected.size());
  for (const auto& [pair, weight] : expected) {
    auto found = actual.find(pair);
    if (found == actual.end()) {
      ADD_FAILURE() << "no edge " << pair;
    } else {
      EXPECT_NEAR(found->second, weight, 1e-12) << pair;
    }
  }
  for (const auto& [pair, weight] : actual) {
    EXPECT_TRUE(expected.count(pair)) << "unexpected edge " << pair << " = " << weight;
  }
}

Network Derive(const StanceGraph& graph, NetworkType type, Normalization normalization,
               Duplicates duplicates, const std::optional<TimeWindow>& window = std::nullopt) {
  std::vector<Network> networks = DeriveNetworks(graph, {type, normalization, duplicates}, window);
  EXPECT_EQ(networks.size(), 1u);
  return networks.front();
}

std::vector<std::string> Names(const Network& network) {
  std::vector<std::string> names;
  for (const NetworkNode& node : network.nodes) names.push_back(node.name);
  return names;
}

int64_t Day(const std::string& date) { return DayNumber(date).value(); }

// ---------------------------------------------------------------------------
// Counting

TEST(NetworksTest, DuplicatesPolicyCountsEachEdgeAsInTheTable) {
  const StanceGraph graph = Build(Example());
  const StanceGraph::Graph& g = graph.graph();
  // Columns as in the table at the top.
  const std::vector<std::string> columns = {"A+x", "A-y", "B+x", "B-y", "B-z", "C-x",
                                            "C+y", "C+z", "D+y", "D+z", "E+x", "E+z"};
  const std::map<Duplicates, std::vector<double>> expected = {
      {Duplicates::kStatement, {3, 1, 2, 1, 1, 1, 1, 2, 1, 2, 1, 1}},
      {Duplicates::kDocument, {2, 1, 2, 1, 1, 1, 1, 2, 1, 2, 1, 1}},
      {Duplicates::kWeek, {1, 1, 2, 1, 1, 1, 1, 2, 1, 2, 1, 1}},
      {Duplicates::kMonth, {1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 1}},
      {Duplicates::kYear, {1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1}},
  };
  for (const auto& [duplicates, counts] : expected) {
    SCOPED_TRACE(std::string(DuplicatesName(duplicates)));
    std::map<std::string, double> actual;
    for (const StanceGraph::Edge& edge : graph.EdgesInOrder()) {
      const std::string key = g[source(edge, g)].name +
                              (g[edge].stance == Stance::kSupport ? "+" : "-") +
                              g[target(edge, g)].name;
      actual[key] = CountStatements(g[edge], duplicates);
    }
    for (size_t i = 0; i < columns.size(); ++i) {
      EXPECT_EQ(actual[columns[i]], counts[i]) << columns[i];
    }
  }
}

TEST(NetworksTest, ARepeatedSentenceIsOneStatementPlacedAtItsEarliestDatedSource) {
  // The same sentence syndicated in two documents: one evidence item, two sources.
  StanceTriple first = Statement("A", kFor, "x", "later", "2024-01-09", 1);
  StanceTriple second = Statement("A", kFor, "x", "earlier", "2024-01-02", 1);
  StanceTriple undated = Statement("A", kFor, "x", "undated", "", 1);
  const StanceGraph graph = Build({first, second, undated});
  const StanceGraph::Graph& g = graph.graph();
  ASSERT_EQ(graph.EdgeCount(), 1u);
  const StanceEdge& edge = g[graph.EdgesInOrder().front()];
  EXPECT_EQ(CountStatements(edge, Duplicates::kStatement), 1);
  EXPECT_EQ(CountStatements(edge, Duplicates::kDocument), 1);
  EXPECT_EQ(CountStatements(edge, Duplicates::kWeek), 1);
  // In a window, the statement is there when one of its sources is.
  EXPECT_EQ(CountStatements(edge, Duplicates::kStatement,
                            TimeWindow{Day("2024-01-08"), Day("2024-01-14")}),
            1);
  EXPECT_EQ(CountStatements(edge, Duplicates::kStatement,
                            TimeWindow{Day("2024-01-03"), Day("2024-01-08")}),
            0);
}

// ---------------------------------------------------------------------------
// Actor networks, no normalization, every duplicates policy

TEST(NetworksTest, CongruenceUnderEachDuplicatesPolicy) {
  const StanceGraph graph = Build(Example());
  const std::map<Duplicates, Weights> expected = {
      {Duplicates::kStatement, {{"A-B", 7}, {"A-E", 3}, {"B-E", 2}, {"C-D", 5}, {"C-E", 2}, {"D-E", 2}}},
      {Duplicates::kDocument, {{"A-B", 5}, {"A-E", 2}, {"B-E", 2}, {"C-D", 5}, {"C-E", 2}, {"D-E", 2}}},
      {Duplicates::kWeek, {{"A-B", 3}, {"A-E", 1}, {"B-E", 2}, {"C-D", 5}, {"C-E", 2}, {"D-E", 2}}},
      {Duplicates::kMonth, {{"A-B", 2}, {"A-E", 1}, {"B-E", 1}, {"C-D", 5}, {"C-E", 2}, {"D-E", 2}}},
      {Duplicates::kYear, {{"A-B", 2}, {"A-E", 1}, {"B-E", 1}, {"C-D", 3}, {"C-E", 1}, {"D-E", 2}}},
  };
  for (const auto& [duplicates, weights] : expected) {
    SCOPED_TRACE(std::string(DuplicatesName(duplicates)));
    const Network network =
        Derive(graph, NetworkType::kCongruence, Normalization::kNone, duplicates);
    EXPECT_EQ(network.name, "congruence");
    EXPECT_EQ(Names(network), (std::vector<std::string>{"A", "B", "C", "D", "E"}));
    ExpectWeights(WeightsOf(network), weights);
  }
}

TEST(NetworksTest, ConflictUnderEachDuplicatesPolicy) {
  const StanceGraph graph = Build(Example());
  const std::map<Duplicates, Weights> expected = {
      {Duplicates::kStatement, {{"A-C", 4}, {"A-D", 1}, {"B-C", 5}, {"B-D", 3}, {"B-E", 1}, {"C-E", 1}}},
      {Duplicates::kDocument, {{"A-C", 3}, {"A-D", 1}, {"B-C", 5}, {"B-D", 3}, {"B-E", 1}, {"C-E", 1}}},
      {Duplicates::kWeek, {{"A-C", 2}, {"A-D", 1}, {"B-C", 5}, {"B-D", 3}, {"B-E", 1}, {"C-E", 1}}},
      {Duplicates::kMonth, {{"A-C", 2}, {"A-D", 1}, {"B-C", 4}, {"B-D", 3}, {"B-E", 1}, {"C-E", 1}}},
      {Duplicates::kYear, {{"A-C", 2}, {"A-D", 1}, {"B-C", 3}, {"B-D", 3}, {"B-E", 1}, {"C-E", 1}}},
  };
  for (const auto& [duplicates, weights] : expected) {
    SCOPED_TRACE(std::string(DuplicatesName(duplicates)));
    ExpectWeights(
        WeightsOf(Derive(graph, NetworkType::kConflict, Normalization::kNone, duplicates)),
        weights);
  }
}

TEST(NetworksTest, SubtractIsSignedAndDropsPairsThatCancelOut) {
  const StanceGraph graph = Build(Example());
  ExpectWeights(
      WeightsOf(Derive(graph, NetworkType::kSubtract, Normalization::kNone, Duplicates::kStatement)),
      {{"A-B", 7}, {"A-C", -4}, {"A-D", -1}, {"A-E", 3}, {"B-C", -5}, {"B-D", -3}, {"B-E", 1},
       {"C-D", 5}, {"C-E", 1}, {"D-E", 2}});
  // Per year B-E and C-E agree once and disagree once: weight 0, no edge.
  ExpectWeights(
      WeightsOf(Derive(graph, NetworkType::kSubtract, Normalization::kNone, Duplicates::kYear)),
      {{"A-B", 2}, {"A-C", -2}, {"A-D", -1}, {"A-E", 1}, {"B-C", -3}, {"B-D", -3}, {"C-D", 3},
       {"D-E", 2}});
}

TEST(NetworksTest, MostActiveKeepsTheRowsWithMostStatements) {
  // Activities A 4, B 4, C 4, D 3, E 2: three rows keep A, B and C, whose
  // weights stay as in the whole network.
  NetworkOptions options{NetworkType::kSubtract, Normalization::kAverage, Duplicates::kStatement};
  options.most_active = 3;
  const Network network = DeriveNetworks(Build(Example()), options).front();
  EXPECT_EQ(Names(network), (std::vector<std::string>{"A", "B", "C"}));
  ExpectWeights(WeightsOf(network), {{"A-B", 7 / 4.0}, {"A-C", -4 / 4.0}, {"B-C", -5 / 4.0}});
  options.most_active = 5;
  EXPECT_EQ(DeriveNetworks(Build(Example()), options).front().nodes.size(), 5u);
}

// ---------------------------------------------------------------------------
// Normalization (statements counted each). Activities |x|: A 4, B 4, C 4,
// D 3, E 2; sums of squares: A 10, B 6, C 6, D 5, E 2.

TEST(NetworksTest, AverageActivityNormalization) {
  const StanceGraph graph = Build(Example());
  ExpectWeights(WeightsOf(Derive(graph, NetworkType::kCongruence, Normalization::kAverage,
                                 Duplicates::kStatement)),
                {{"A-B", 7 / 4.0}, {"A-E", 3 / 3.0}, {"B-E", 2 / 3.0}, {"C-D", 5 / 3.5},
                 {"C-E", 2 / 3.0}, {"D-E", 2 / 2.5}});
  ExpectWeights(WeightsOf(Derive(graph, NetworkType::kConflict, Normalization::kAverage,
                                 Duplicates::kStatement)),
                {{"A-C", 4 / 4.0}, {"A-D", 1 / 3.5}, {"B-C", 5 / 4.0}, {"B-D", 3 / 3.5},
                 {"B-E", 1 / 3.0}, {"C-E", 1 / 3.0}});
}

TEST(NetworksTest, JaccardNormalization) {
  // m10 + m01 + m11 per pair, e.g. A-B: cells A {x+ 3, y- 1}, B {x+ 2, y- 1,
  // z- 1}: m11 = 3*2 + 1*1 = 7, m10 = 0, m01 = 1 (B's z-): 8. With no shared
  // cell (A-C) it is |A| + |C| = 8.
  const StanceGraph graph = Build(Example());
  ExpectWeights(WeightsOf(Derive(graph, NetworkType::kCongruence, Normalization::kJaccard,
                                 Duplicates::kStatement)),
                {{"A-B", 7 / 8.0}, {"A-E", 3 / 5.0}, {"B-E", 2 / 5.0}, {"C-D", 5 / 6.0},
                 {"C-E", 2 / 5.0}, {"D-E", 2 / 4.0}});
  ExpectWeights(WeightsOf(Derive(graph, NetworkType::kConflict, Normalization::kJaccard,
                                 Duplicates::kStatement)),
                {{"A-C", 4 / 8.0}, {"A-D", 1 / 7.0}, {"B-C", 5 / 8.0}, {"B-D", 3 / 7.0},
                 {"B-E", 1 / 5.0}, {"C-E", 1 / 5.0}});
  // With counts of 0 and 1 it is |shared cells| / |union of cells|: per year
  // A {x+, y-} and B {x+, y-, z-} give 2 / 3.
  const Weights per_year = WeightsOf(
      Derive(graph, NetworkType::kCongruence, Normalization::kJaccard, Duplicates::kYear));
  EXPECT_NEAR(per_year.at("A-B"), 2 / 3.0, 1e-12);
}

TEST(NetworksTest, CosineNormalization) {
  const StanceGraph graph = Build(Example());
  ExpectWeights(WeightsOf(Derive(graph, NetworkType::kCongruence, Normalization::kCosine,
                                 Duplicates::kStatement)),
                {{"A-B", 7 / std::sqrt(60.0)}, {"A-E", 3 / std::sqrt(20.0)},
                 {"B-E", 2 / std::sqrt(12.0)}, {"C-D", 5 / std::sqrt(30.0)},
                 {"C-E", 2 / std::sqrt(12.0)}, {"D-E", 2 / std::sqrt(10.0)}});
  ExpectWeights(WeightsOf(Derive(graph, NetworkType::kSubtract, Normalization::kCosine,
                                 Duplicates::kStatement)),
                {{"A-B", 7 / std::sqrt(60.0)}, {"A-C", -4 / std::sqrt(60.0)},
                 {"A-D", -1 / std::sqrt(50.0)}, {"A-E", 3 / std::sqrt(20.0)},
                 {"B-C", -5 / std::sqrt(36.0)}, {"B-D", -3 / std::sqrt(30.0)},
                 {"B-E", 1 / std::sqrt(12.0)}, {"C-D", 5 / std::sqrt(30.0)},
                 {"C-E", 1 / std::sqrt(12.0)}, {"D-E", 2 / std::sqrt(10.0)}});
}

// ---------------------------------------------------------------------------
// Topic networks

TEST(NetworksTest, TopicNetworksBySharedSupportersAndSharedOpponents) {
  // Supporters: x {A 3, B 2, E 1}, y {C 1, D 1}, z {C 2, D 2, E 1};
  // opponents: x {C 1}, y {A 1, B 1}, z {B 1}.
  const StanceGraph graph = Build(Example());
  std::vector<Network> networks =
      DeriveNetworks(graph, {NetworkType::kTopics, Normalization::kNone, Duplicates::kStatement});
  ASSERT_EQ(networks.size(), 2u);
  EXPECT_EQ(networks[0].name, "topics-support");
  EXPECT_EQ(networks[1].name, "topics-oppose");
  EXPECT_EQ(Names(networks[0]), (std::vector<std::string>{"x", "y", "z"}));
  EXPECT_EQ(networks[0].nodes[0].kind, NodeKind::kTopic);
  ExpectWeights(WeightsOf(networks[0]), {{"x-z", 1}, {"y-z", 1 * 2 + 1 * 2}});
  ExpectWeights(WeightsOf(networks[1]), {{"y-z", 1}});
  // Jaccard, supporters: x-z m11 1, m10 6-1, m01 5-1 -> 1/10; y-z m11 4, m10 0, m01 1 -> 4/5.
  networks = DeriveNetworks(
      graph, {NetworkType::kTopics, Normalization::kJaccard, Duplicates::kStatement});
  ExpectWeights(WeightsOf(networks[0]), {{"x-z", 0.1}, {"y-z", 0.8}});
}

// ---------------------------------------------------------------------------
// Time

TEST(NetworksTest, DaysPeriodsAndWindows) {
  EXPECT_EQ(DayNumber("1970-01-01"), 0);
  EXPECT_EQ(DayNumber("2024-03-01T10:00:00Z"), Day("2024-02-29") + 1);
  EXPECT_FALSE(DayNumber("2024-02-30"));
  EXPECT_FALSE(DayNumber("March 1, 2024"));
  EXPECT_EQ(IsoDay(Day("2024-12-31")), "2024-12-31");

  EXPECT_EQ(ParsePeriod("30d"), (Period{30, Period::Unit::kDays}));
  EXPECT_EQ(ParsePeriod("30"), (Period{30, Period::Unit::kDays}));
  EXPECT_EQ(ParsePeriod("2w"), (Period{2, Period::Unit::kWeeks}));
  EXPECT_EQ(ParsePeriod("1m"), (Period{1, Period::Unit::kMonths}));
  for (const char* bad : {"", "d", "0d", "-3d", "3y", "1.5d", "30 d", "99999999d"}) {
    EXPECT_FALSE(ParsePeriod(bad)) << bad;
  }
  EXPECT_EQ(IsoDay(AddPeriods(Day("2024-01-31"), {1, Period::Unit::kMonths}, 1)), "2024-02-29");
  EXPECT_EQ(IsoDay(AddPeriods(Day("2024-01-31"), {1, Period::Unit::kMonths}, 2)), "2024-03-31");
  EXPECT_EQ(IsoDay(AddPeriods(Day("2024-01-31"), {2, Period::Unit::kWeeks}, 1)), "2024-02-14");

  auto named = [](const std::vector<TimeWindow>& windows) {
    std::vector<std::string> names;
    for (const TimeWindow& w : windows) names.push_back(IsoDay(w.first) + "/" + IsoDay(w.last));
    return names;
  };
  const StanceGraph graph = Build(Example());
  // Dated evidence runs from 2024-01-01 to 2024-04-01.
  EXPECT_EQ(named(MovingWindows(graph, {30, Period::Unit::kDays}, {30, Period::Unit::kDays})),
            (std::vector<std::string>{"2024-01-01/2024-01-30", "2024-01-31/2024-02-29",
                                      "2024-03-01/2024-03-30", "2024-03-31/2024-04-29"}));
  EXPECT_EQ(named(MovingWindows(graph, {1, Period::Unit::kMonths}, {1, Period::Unit::kMonths})),
            (std::vector<std::string>{"2024-01-01/2024-01-31", "2024-02-01/2024-02-29",
                                      "2024-03-01/2024-03-31", "2024-04-01/2024-04-30"}));
  // Overlapping: 60 days moving by 30.
  EXPECT_EQ(named(MovingWindows(graph, {60, Period::Unit::kDays}, {30, Period::Unit::kDays})),
            (std::vector<std::string>{"2024-01-01/2024-02-29", "2024-01-31/2024-03-30",
                                      "2024-03-01/2024-04-29"}));
  EXPECT_TRUE(MovingWindows(Build({Statement("A", kFor, "x", "d", "", 1)}),
                            {30, Period::Unit::kDays}, {7, Period::Unit::kDays})
                  .empty());
}

TEST(NetworksTest, OneNetworkPerWindowLeavesUndatedStatementsOut) {
  const StanceGraph graph = Build(Example());
  const std::vector<TimeWindow> windows =
      MovingWindows(graph, {30, Period::Unit::kDays}, {30, Period::Unit::kDays});
  ASSERT_EQ(windows.size(), 4u);
  struct Expected {
    std::vector<std::string> nodes;
    Weights congruence;
    Weights conflict;
  };
  const Expected expected[] = {
      // A +x x3, B +x x2.
      {{"A", "B"}, {{"A-B", 6}}, {}},
      // A -y; B -y, -z; C -x, +y.
      {{"A", "B", "C"}, {{"A-B", 1}}, {{"A-C", 1}, {"B-C", 1}}},
      // C +z; E +x, +z.
      {{"C", "E"}, {{"C-E", 1}}, {}},
      // C +z (April 1); D's statements are undated and in no window.
      {{"C"}, {}, {}},
  };
  for (size_t i = 0; i < windows.size(); ++i) {
    SCOPED_TRACE("window " + std::to_string(i));
    const Network congruence = Derive(graph, NetworkType::kCongruence, Normalization::kNone,
                                      Duplicates::kStatement, windows[i]);
    EXPECT_EQ(congruence.window, windows[i]);
    EXPECT_EQ(Names(congruence), expected[i].nodes);
    ExpectWeights(WeightsOf(congruence), expected[i].congruence);
    ExpectWeights(WeightsOf(Derive(graph, NetworkType::kConflict, Normalization::kNone,
                                   Duplicates::kStatement, windows[i])),
                  expected[i].conflict);
  }
}

// ---------------------------------------------------------------------------
// Camps, coalitions, brokers

TEST(NetworksTest, CampsOfEachTopicWithCounts) {
  const std::vector<TopicCamps> camps = Camps(Build(Example()));
  ASSERT_EQ(camps.size(), 3u);
  auto members = [](const std::vector<CampMember>& camp) {
    std::vector<std::pair<std::string, double>> list;
    for (const CampMember& member : camp) list.emplace_back(member.name, member.statements);
    return list;
  };
  using List = std::vector<std::pair<std::string, double>>;
  // Four actors on each topic; x has 7 statements, z 6, y 4.
  EXPECT_EQ(camps[0].name, "x");
  EXPECT_EQ(camps[0].actors, 4u);
  EXPECT_EQ(camps[0].statements, 7);
  EXPECT_EQ(members(camps[0].supporters), (List{{"A", 3}, {"B", 2}, {"E", 1}}));
  EXPECT_EQ(members(camps[0].opponents), (List{{"C", 1}}));
  EXPECT_EQ(camps[1].name, "z");
  EXPECT_EQ(members(camps[1].supporters), (List{{"C", 2}, {"D", 2}, {"E", 1}}));
  EXPECT_EQ(members(camps[1].opponents), (List{{"B", 1}}));
  EXPECT_EQ(camps[2].name, "y");
  EXPECT_EQ(members(camps[2].supporters), (List{{"C", 1}, {"D", 1}}));
  EXPECT_EQ(members(camps[2].opponents), (List{{"A", 1}, {"B", 1}}));
  // Per document, A's three statements on x are two.
  EXPECT_EQ(members(Camps(Build(Example()), Duplicates::kDocument)[0].supporters),
            (List{{"A", 2}, {"B", 2}, {"E", 1}}));
}

TEST(NetworksTest, CampsLimitedToTheMainTopicsAreTheFirstOfAll) {
  const StanceGraph graph = Build(Example());
  const std::vector<TopicCamps> all = Camps(graph);
  const std::vector<TopicCamps> main = Camps(graph, Duplicates::kStatement, 2);
  ASSERT_EQ(main.size(), 2u);
  for (size_t i = 0; i < main.size(); ++i) {
    EXPECT_EQ(main[i].id, all[i].id);
    EXPECT_EQ(main[i].actors, all[i].actors);
    EXPECT_EQ(main[i].statements, all[i].statements);
    EXPECT_EQ(main[i].supporters.size(), all[i].supporters.size());
    EXPECT_EQ(main[i].opponents.size(), all[i].opponents.size());
  }
  EXPECT_EQ(Camps(graph, Duplicates::kStatement, 10).size(), all.size());
}

TEST(NetworksTest, ComponentsOfTheCongruenceNetwork) {
  auto named = [](const Network& network) {
    std::vector<std::vector<std::string>> components;
    for (const std::vector<size_t>& component : Components(network)) {
      components.emplace_back();
      for (size_t node : component) components.back().push_back(network.nodes[node].name);
    }
    return components;
  };
  using Groups = std::vector<std::vector<std::string>>;
  // E joins the two camps into one component; without E they are apart.
  EXPECT_EQ(named(Derive(Build(Example()), NetworkType::kCongruence, Normalization::kNone,
                         Duplicates::kStatement)),
            (Groups{{"A", "B", "C", "D", "E"}}));
  EXPECT_EQ(named(Derive(Build(Example(false)), NetworkType::kCongruence, Normalization::kNone,
                         Duplicates::kStatement)),
            (Groups{{"A", "B"}, {"C", "D"}}));
  // Subtract: only positive edges join (A-C is -4).
  const StanceGraph graph = Build(Example(false));
  EXPECT_EQ(named(Derive(graph, NetworkType::kSubtract, Normalization::kNone,
                         Duplicates::kStatement)),
            (Groups{{"A", "B"}, {"C", "D"}}));
  // A window with an isolate: C alone in the last one.
  const std::vector<TimeWindow> windows =
      MovingWindows(graph, {30, Period::Unit::kDays}, {30, Period::Unit::kDays});
  EXPECT_EQ(named(Derive(graph, NetworkType::kCongruence, Normalization::kNone,
                         Duplicates::kStatement, windows[1])),
            (Groups{{"A", "B"}, {"C"}}));
}

TEST(NetworksTest, TheBrokerHasTheHighestBetweenness) {
  // Congruence edges A-B, A-E, B-E, C-D, C-E, D-E: every shortest path
  // between {A, B} and {C, D} (four pairs) runs through E, and only there.
  const Network network = Derive(Build(Example()), NetworkType::kCongruence,
                                 Normalization::kNone, Duplicates::kStatement);
  EXPECT_EQ(Betweenness(network), (std::vector<double>{0, 0, 0, 0, 4}));
  const std::vector<Broker> brokers = Brokers(network, 3);
  ASSERT_EQ(brokers.size(), 1u);
  EXPECT_EQ(network.nodes[brokers[0].node].name, "E");
  EXPECT_EQ(brokers[0].betweenness, 4);
  // A path A - B - C: B lies on the one shortest path between A and C.
  Network path;
  path.nodes = {{"a", "A"}, {"b", "B"}, {"c", "C"}};
  path.edges = {{0, 1, 1.0}, {1, 2, 2.0}};
  EXPECT_EQ(Betweenness(path), (std::vector<double>{0, 1, 0}));
  // Without E nobody brokers.
  EXPECT_TRUE(Brokers(Derive(Build(Example(false)), NetworkType::kCongruence,
                             Normalization::kNone, Duplicates::kStatement),
                      3)
                  .empty());
}

// ---------------------------------------------------------------------------
// Determinism and writers

TEST(NetworksTest, OutputDoesNotDependOnInputOrder) {
  std::vector<StanceTriple> triples = Example();
  const StanceGraph forward = Build(triples);
  std::reverse(triples.begin(), triples.end());
  const StanceGraph backward = Build(triples);
  for (NetworkType type : {NetworkType::kCongruence, NetworkType::kConflict,
                           NetworkType::kSubtract, NetworkType::kTopics}) {
    for (Normalization normalization : {Normalization::kNone, Normalization::kAverage,
                                        Normalization::kJaccard, Normalization::kCosine}) {
      for (Duplicates duplicates : {Duplicates::kStatement, Duplicates::kWeek}) {
        const NetworkOptions options{type, normalization, duplicates};
        const std::vector<Network> a = DeriveNetworks(forward, options);
        const std::vector<Network> b = DeriveNetworks(backward, options);
        ASSERT_EQ(a.size(), b.size());
        for (size_t i = 0; i < a.size(); ++i) {
          EXPECT_EQ(exporters::NetworkCsvText(a[i]), exporters::NetworkCsvText(b[i]));
          EXPECT_EQ(exporters::NetworkDotText(a[i], ""), exporters::NetworkDotText(b[i], ""));
        }
      }
    }
  }
}

TEST(NetworksTest, FormatWeight) {
  EXPECT_EQ(exporters::FormatWeight(7), "7");
  EXPECT_EQ(exporters::FormatWeight(0.875), "0.875");
  EXPECT_EQ(exporters::FormatWeight(2 / 3.0), "0.666667");
  EXPECT_EQ(exporters::FormatWeight(-4 / std::sqrt(60.0)), "-0.516398");
  EXPECT_EQ(exporters::FormatWeight(-1e-9), "0");
  EXPECT_EQ(exporters::FormatWeight(1e300 * 1e300), "0");
}

TEST(NetworksTest, CsvEdgeListIsSortedWithNamesAndQuoting) {
  const Network subtract = Derive(Build(Example()), NetworkType::kSubtract, Normalization::kNone,
                                  Duplicates::kStatement);
  EXPECT_EQ(exporters::NetworkCsvText(subtract),
            "source,target,weight\n"
            "A,B,7\nA,C,-4\nA,D,-1\nA,E,3\nB,C,-5\nB,D,-3\nB,E,1\nC,D,5\nC,E,1\nD,E,2\n");
  const StanceGraph quoted = Build({Statement("Smith, John", kFor, "a \"plan\"", "d", "", 1),
                                    Statement("Doe", kFor, "a \"plan\"", "d", "", 2),
                                    Statement("Doe", kFor, "tax", "d", "", 3),
                                    Statement("Smith, John", kFor, "tax", "d", "", 4)});
  EXPECT_EQ(exporters::NetworkCsvText(Derive(quoted, NetworkType::kCongruence,
                                             Normalization::kNone, Duplicates::kStatement)),
            "source,target,weight\nDoe,\"Smith, John\",2\n");
  const std::vector<Network> topics = DeriveNetworks(
      quoted, {NetworkType::kTopics, Normalization::kCosine, Duplicates::kStatement});
  EXPECT_EQ(exporters::NetworkCsvText(topics[0]),
            "source,target,weight\n\"a \"\"plan\"\"\",tax,1\n");
}

TEST(NetworksTest, DotIsAnUndirectedGraphCgraphReadsBack) {
  const Network subtract = Derive(Build(Example()), NetworkType::kSubtract,
                                  Normalization::kJaccard, Duplicates::kStatement);
  std::string text = exporters::NetworkDotText(subtract, "Example");
  Agraph_t* graph = agmemread(text.c_str());
  ASSERT_NE(graph, nullptr) << text;
  EXPECT_TRUE(agisundirected(graph));
  EXPECT_EQ(agnnodes(graph), 5);
  EXPECT_EQ(agnedges(graph), 10);
  const std::string label = agget(graph, const_cast<char*>("label"));
  EXPECT_NE(label.find("Example"), std::string::npos) << label;
  EXPECT_NE(label.find("subtract network, normalization jaccard, duplicates statement"),
            std::string::npos)
      << label;
  Agnode_t* a = agnode(graph, const_cast<char*>("actor/a"), 0);
  Agnode_t* c = agnode(graph, const_cast<char*>("actor/c"), 0);
  Agnode_t* b = agnode(graph, const_cast<char*>("actor/b"), 0);
  ASSERT_TRUE(a && b && c);
  EXPECT_STREQ(agget(a, const_cast<char*>("label")), "A");
  Agedge_t* conflict = agedge(graph, a, c, nullptr, 0);
  Agedge_t* agreement = agedge(graph, a, b, nullptr, 0);
  ASSERT_TRUE(conflict && agreement);
  EXPECT_STREQ(agget(conflict, const_cast<char*>("label")), "-0.5");
  EXPECT_STREQ(agget(conflict, const_cast<char*>("style")), "dashed");
  EXPECT_STREQ(agget(agreement, const_cast<char*>("label")), "0.875");
  EXPECT_STREQ(agget(agreement, const_cast<char*>("style")), "solid");
  agclose(graph);
  // A windowed network names its window.
  const StanceGraph example = Build(Example());
  const std::vector<TimeWindow> windows =
      MovingWindows(example, {30, Period::Unit::kDays}, {30, Period::Unit::kDays});
  text = exporters::NetworkDotText(
      Derive(example, NetworkType::kCongruence, Normalization::kNone, Duplicates::kDocument,
             windows[0]),
      "");
  EXPECT_NE(text.find("2024-01-01 to 2024-01-30"), std::string::npos) << text;
}

}  // namespace
}  // namespace stancegraph::networks
