// StanceGraph evidence: distinct sentences counted once with every source
// kept, date filtering, contradictions, best evidence and node search, all
// independent of the order triples arrive in.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

#include "core/date.h"
#include "graph/stance_graph.h"

namespace stancegraph {
namespace {

StanceTriple Said(const std::string& actor, Stance stance, const std::string& topic,
                  const std::string& sentence, const std::string& doc, int64_t start = 0,
                  const std::string& date = "", double confidence = 0.8) {
  StanceTriple triple;
  triple.doc = doc;
  triple.sentence = sentence;
  triple.start = start;
  triple.end = start + static_cast<int64_t>(sentence.size());
  triple.actor = actor;
  triple.actor_mention = actor;
  triple.actor_type = ActorType::kCountry;
  triple.stance = stance;
  triple.topic = topic;
  triple.topic_mention = topic;
  triple.cue = stance == Stance::kSupport ? "backs" : "rejects";
  triple.confidence = confidence;
  triple.date = date;
  return triple;
}

StanceGraph Build(const std::vector<StanceTriple>& triples) {
  StanceGraph graph;
  for (const StanceTriple& triple : triples) graph.Add(triple);
  return graph;
}

const StanceEdge& OnlyEdge(const StanceGraph& graph) {
  EXPECT_EQ(graph.EdgeCount(), 1u);
  return graph.graph()[graph.EdgesInOrder().front()];
}

// Everything about a graph's edges and evidence that an output can show,
// evidence sorted as the exporters sort it.
using EvidenceView = std::tuple<std::string, std::string, int64_t, int64_t, std::string,
                                std::string, std::string, double, std::string,
                                std::vector<EvidenceSource>>;
using EdgeView = std::tuple<std::string, std::string, Stance, size_t, size_t, double,
                            std::vector<EvidenceView>>;

std::vector<EdgeView> View(const StanceGraph& graph) {
  const StanceGraph::Graph& g = graph.graph();
  std::vector<EdgeView> view;
  for (const StanceGraph::Edge& e : graph.EdgesInOrder()) {
    std::vector<EvidenceView> evidence;
    for (const Evidence& item : g[e].evidence) {
      evidence.emplace_back(item.doc(), item.sentence, item.start(), item.end(), item.actor_mention,
                            item.topic_mention, item.cue, item.confidence, item.date(),
                            item.sources);
    }
    std::sort(evidence.begin(), evidence.end());
    view.emplace_back(g[source(e, g)].id, g[target(e, g)].id, g[e].stance, g[e].mentions,
                      g[e].occurrences, g[e].confidence, evidence);
  }
  return view;
}

// ---------------------------------------------------------------------------
// Distinct evidence

TEST(EvidenceTest, RepeatedAndSyndicatedSentenceCountsOnceWithEverySource) {
  const std::string text = "Germany backs the \"pipeline deal\".";
  const StanceTriple wire =
      Said("Germany", Stance::kSupport, "pipeline deal", text, "wire", 0, "2024-01-10", 0.7);
  // the scraper duplicated the paragraph
  const StanceTriple wire_again =
      Said("Germany", Stance::kSupport, "pipeline deal", text, "wire", 120, "2024-01-10", 0.7);
  // syndicated: curly quotes, a line break and a no-break space
  const StanceTriple paper =
      Said("Germany", Stance::kSupport, "pipeline deal",
           "Germany  backs\nthe\u00A0\u201Cpipeline deal\u201D.", "paper", 40, "2024-01-11", 0.9);
  StanceGraph graph = Build({
      wire, wire_again, paper,
      // another sentence on the same edge
      Said("Germany", Stance::kSupport, "pipeline deal", "Germany welcomed the pipeline deal.",
           "blog", 0, "", 0.6),
  });
  const StanceEdge& edge = OnlyEdge(graph);
  EXPECT_EQ(edge.mentions, 2u);
  EXPECT_EQ(edge.occurrences, 4u);
  EXPECT_EQ(graph.MentionCount(), 2u);
  ASSERT_EQ(edge.evidence.size(), 2u);

  const Evidence& repeated = edge.evidence[0];
  auto source_of = [](const StanceTriple& t) {
    return EvidenceSource{t.doc, t.start, t.end, t.date};
  };
  EXPECT_EQ(repeated.sources, (std::vector<EvidenceSource>{source_of(paper), source_of(wire),
                                                           source_of(wire_again)}));
  // Text and place from the first source in order; the highest confidence.
  EXPECT_EQ(repeated.doc(), "paper");
  EXPECT_EQ(repeated.start(), 40);
  EXPECT_EQ(repeated.date(), "2024-01-11");
  EXPECT_EQ(repeated.sentence, "Germany  backs\nthe\u00A0\u201Cpipeline deal\u201D.");
  EXPECT_DOUBLE_EQ(repeated.confidence, 0.9);
  EXPECT_EQ(edge.evidence[1].sources.size(), 1u);
  // The mean is over distinct sentences: (0.9 + 0.6) / 2.
  EXPECT_NEAR(edge.confidence, 0.75, 1e-9);
}

TEST(EvidenceTest, TheSameTripleTwiceIsOneSource) {
  StanceTriple triple = Said("Chile", Stance::kOppose, "levy", "Chile rejects the levy.", "d1");
  StanceGraph graph = Build({triple, triple});
  const StanceEdge& edge = OnlyEdge(graph);
  EXPECT_EQ(edge.mentions, 1u);
  EXPECT_EQ(edge.occurrences, 1u);
  EXPECT_EQ(edge.evidence[0].sources.size(), 1u);
}

TEST(EvidenceTest, SentencesAreComparedPerActorTopicAndStance) {
  const std::string text = "France and Spain back the levy but reject the cap.";
  StanceGraph graph = Build({
      Said("France", Stance::kSupport, "levy", text, "d1"),
      Said("Spain", Stance::kSupport, "levy", text, "d1"),
      Said("France", Stance::kOppose, "cap", text, "d1"),
      Said("France", Stance::kSupport, "levy", text, "d2"),  // syndicated
      Said("France", Stance::kSupport, "levies", text, "d3"),  // the same topic vertex
  });
  EXPECT_EQ(graph.EdgeCount(), 3u);
  EXPECT_EQ(graph.MentionCount(), 3u);
  for (const StanceGraph::Edge& e : graph.EdgesInOrder()) {
    const StanceEdge& edge = graph.graph()[e];
    EXPECT_EQ(edge.mentions, 1u);
    const bool france_levy = graph.graph()[source(e, graph.graph())].name == "France" &&
                             edge.stance == Stance::kSupport;
    EXPECT_EQ(edge.occurrences, france_levy ? 3u : 1u);
  }
}

TEST(EvidenceTest, SentenceKeyFoldsWhiteSpaceAndCurlyQuotesOnly) {
  struct Case {
    std::string sentence;
    std::string key;
  };
  const Case cases[] = {
      {"  Germany\tbacks \n the deal. ", "Germany backs the deal."},
      {"\u201CNo,\u201D she said, \u2018never\u2019.", "\"No,\" she said, 'never'."},
      {"Kyiv\u2019s bid", "Kyiv's bid"},
      {"a\u00A0b\u2009c\u3000d", "a b c d"},
      {"\uFEFFzero\u200Bwidth", "zerowidth"},
      {"Case Stays", "Case Stays"},
      {"\u00AB guillemets \u00BB stay", "\u00AB guillemets \u00BB stay"},
      {"", ""},
      {" \t\n", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(StanceGraph::SentenceKey(c.sentence), c.key) << c.sentence;
  }
}

TEST(EvidenceTest, EvidenceIsTheSameWhateverTheOrder) {
  const std::string text = "Germany backs the pipeline deal.";
  std::vector<StanceTriple> triples = {
      Said("Germany", Stance::kSupport, "pipeline deal", text, "b", 5, "2024-01-02", 0.7),
      Said("Germany", Stance::kSupport, "pipeline deal", "Germany  backs the pipeline deal.",
           "a", 9, "2024-01-03", 0.9),
      Said("Germany", Stance::kSupport, "pipeline deals", text, "c", 0, "", 0.8),
      Said("Germany", Stance::kOppose, "pipeline deal", "Germany rejects the pipeline deal.",
           "c", 40, "", 0.6),
      Said("Poland", Stance::kSupport, "pipeline deal", text, "b", 5, "2024-01-02", 0.5),
  };
  triples[2].actor_mention = "Berlin";  // a different reading of one occurrence
  const std::vector<EdgeView> first = View(Build(triples));
  ASSERT_EQ(first.size(), 3u);
  std::vector<size_t> order = {0, 1, 2, 3, 4};
  int permutations = 0;
  do {
    std::vector<StanceTriple> shuffled;
    for (size_t i : order) shuffled.push_back(triples[i]);
    ASSERT_EQ(View(Build(shuffled)), first) << "permutation " << permutations;
    ++permutations;
  } while (std::next_permutation(order.begin(), order.end()));
  EXPECT_EQ(permutations, 120);
}

TEST(EvidenceTest, ConfidencesAreRoundedAsJsonLinesCarryThem) {
  StanceGraph graph = Build({Said("Chile", Stance::kSupport, "aid", "Chile backs aid.", "d", 0,
                                  "", 0.123456)});
  EXPECT_DOUBLE_EQ(OnlyEdge(graph).evidence[0].confidence, 0.123);
  EXPECT_DOUBLE_EQ(OnlyEdge(graph).confidence, 0.123);
}

// ---------------------------------------------------------------------------
// Dates

TEST(EvidenceTest, DatesStayOnEverySourceAndFilterBeforeTheGraph) {
  const std::string text = "Chile backs aid.";
  std::vector<StanceTriple> triples = {
      Said("Chile", Stance::kSupport, "aid", text, "d1", 0, "2023-12-31"),
      Said("Chile", Stance::kSupport, "aid", text, "d2", 0, "2024-01-01"),
      Said("Chile", Stance::kSupport, "aid", "Chile wants more aid.", "d3", 0, "2024-02-29"),
      Said("Chile", Stance::kSupport, "aid", "Chile asks for aid.", "d4", 0, ""),
      Said("Chile", Stance::kSupport, "aid", "Chile needs aid.", "d5", 0, "2024-03-01T08:00Z"),
  };
  const DateRange range{"2024-01-01", "2024-02-29"};
  StanceGraph graph;
  for (const StanceTriple& triple : triples) {
    if (range.Contains(triple.date)) graph.Add(triple);
  }
  const StanceEdge& edge = OnlyEdge(graph);
  EXPECT_EQ(edge.mentions, 2u);
  std::vector<std::string> dates;
  for (const Evidence& item : edge.evidence) {
    for (const EvidenceSource& source : item.sources) dates.push_back(source.date);
  }
  std::sort(dates.begin(), dates.end());
  EXPECT_EQ(dates, (std::vector<std::string>{"2024-01-01", "2024-02-29"}));

  // Without a range everything passes, undated triples too.
  StanceGraph all;
  for (const StanceTriple& triple : triples) {
    if (DateRange{}.Contains(triple.date)) all.Add(triple);
  }
  EXPECT_EQ(OnlyEdge(all).mentions, 4u);
  EXPECT_EQ(OnlyEdge(all).occurrences, 5u);
}

TEST(DateTest, IsoDatesAndPrefixes) {
  EXPECT_TRUE(IsIsoDate("2024-02-29"));
  EXPECT_FALSE(IsIsoDate("2023-02-29"));
  EXPECT_TRUE(IsIsoDate("2000-02-29"));
  EXPECT_FALSE(IsIsoDate("1900-02-29"));
  EXPECT_FALSE(IsIsoDate("2024-13-01"));
  EXPECT_FALSE(IsIsoDate("2024-04-31"));
  EXPECT_FALSE(IsIsoDate("2024-4-01"));
  EXPECT_FALSE(IsIsoDate("July 9, 2024"));
  EXPECT_EQ(IsoDatePrefix("2024-07-09T10:00:00Z"), "2024-07-09");
  EXPECT_EQ(IsoDatePrefix("2024-07-09 10:00"), "2024-07-09");
  EXPECT_EQ(IsoDatePrefix("2024-07-09"), "2024-07-09");
  EXPECT_EQ(IsoDatePrefix("2024-07-091"), std::nullopt);
  EXPECT_EQ(IsoDatePrefix("2024-07"), std::nullopt);
  EXPECT_EQ(IsoDatePrefix(""), std::nullopt);
}

TEST(DateTest, RangesAreInclusiveAndLeaveOutUndatedWhenActive) {
  const DateRange since{"2024-01-01", ""};
  const DateRange until{"", "2024-01-31"};
  const DateRange both{"2024-01-01", "2024-01-31"};
  EXPECT_FALSE(DateRange{}.active());
  EXPECT_TRUE(DateRange{}.Contains(""));
  EXPECT_TRUE(since.Contains("2024-01-01"));
  EXPECT_FALSE(since.Contains("2023-12-31"));
  EXPECT_TRUE(until.Contains("2024-01-31T23:59Z"));
  EXPECT_FALSE(until.Contains("2024-02-01"));
  EXPECT_TRUE(both.Contains("2024-01-15"));
  EXPECT_FALSE(both.Contains(""));
  EXPECT_FALSE(both.Contains("January 15, 2024"));
}

TEST(DateTest, WindowsAreNamedInTimeOrder) {
  EXPECT_EQ(WindowOf("2024-07-09", DateWindow::kMonth), "2024-07");
  EXPECT_EQ(WindowOf("2024-07-09", DateWindow::kYear), "2024");
  EXPECT_EQ(WindowOf("2024-07-09", DateWindow::kWeek), "2024-W28");
  EXPECT_EQ(WindowOf("2024-01-01", DateWindow::kWeek), "2024-W01");  // a Monday
  EXPECT_EQ(WindowOf("2024-12-30", DateWindow::kWeek), "2025-W01");
  EXPECT_EQ(WindowOf("2021-01-03", DateWindow::kWeek), "2020-W53");
  EXPECT_EQ(WindowOf("2020-12-31", DateWindow::kWeek), "2020-W53");
  EXPECT_EQ(WindowOf("2023-01-01", DateWindow::kWeek), "2022-W52");
  EXPECT_EQ(WindowOf("2026-12-31", DateWindow::kWeek), "2026-W53");
  EXPECT_EQ(ParseDateWindow("week"), DateWindow::kWeek);
  EXPECT_EQ(ParseDateWindow("Month"), std::nullopt);
  EXPECT_EQ(DateWindowName(DateWindow::kYear), "year");
}

// ---------------------------------------------------------------------------
// Contradictions and best evidence

TEST(EvidenceTest, ContradictionsPairBothEdgesOfAnActorOnATopic) {
  StanceGraph graph = Build({
      Said("Germany", Stance::kSupport, "deal", "Germany backs the deal.", "a", 0, "", 0.7),
      Said("Germany", Stance::kSupport, "deal", "Berlin welcomed the deal.", "b", 0, "", 0.9),
      Said("Germany", Stance::kOppose, "deal", "Germany rejects the deal.", "c", 0, "", 0.8),
      Said("Germany", Stance::kOppose, "tariff", "Germany rejects the tariff.", "c", 30),
      Said("Austria", Stance::kOppose, "deal", "Austria rejects the deal.", "c", 60),
      Said("Austria", Stance::kSupport, "deals", "Austria backs deals.", "d", 0),
      Said("Chile", Stance::kSupport, "deal", "Chile backs the deal.", "d", 30),
  });
  const std::vector<StanceGraph::Contradiction> found = graph.Contradictions();
  const StanceGraph::Graph& g = graph.graph();
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(g[found[0].actor].name, "Austria");
  EXPECT_EQ(g[found[1].actor].name, "Germany");
  EXPECT_EQ(g[found[1].topic].name, "deal");
  EXPECT_EQ(g[found[1].support].stance, Stance::kSupport);
  EXPECT_EQ(g[found[1].oppose].stance, Stance::kOppose);
  EXPECT_EQ(g[found[1].support].mentions, 2u);
  EXPECT_EQ(StanceGraph::BestEvidence(g[found[1].support])->sentence, "Berlin welcomed the deal.");
  EXPECT_EQ(StanceGraph::BestEvidence(g[found[1].oppose])->sentence, "Germany rejects the deal.");
  EXPECT_EQ(graph.FindEdge(found[1].actor, found[1].topic, Stance::kOppose), found[1].oppose);
}

TEST(EvidenceTest, BestEvidenceIsMostConfidentThenMostSourcedThenFirst) {
  StanceGraph graph = Build({
      Said("Chile", Stance::kSupport, "aid", "Chile backs aid.", "b", 0, "", 0.8),
      Said("Chile", Stance::kSupport, "aid", "Chile wants aid.", "a", 0, "", 0.8),
      Said("Chile", Stance::kSupport, "aid", "Chile needs aid.", "c", 0, "", 0.8),
      Said("Chile", Stance::kSupport, "aid", "Chile needs aid.", "d", 0, "", 0.8),
      Said("Chile", Stance::kSupport, "aid", "Chile asks aid.", "e", 0, "", 0.5),
  });
  EXPECT_EQ(StanceGraph::BestEvidence(OnlyEdge(graph))->sentence, "Chile needs aid.");
  StanceGraph tie = Build({
      Said("Chile", Stance::kSupport, "aid", "Chile backs aid.", "b", 0, "", 0.8),
      Said("Chile", Stance::kSupport, "aid", "Chile wants aid.", "a", 0, "", 0.8),
  });
  EXPECT_EQ(StanceGraph::BestEvidence(OnlyEdge(tie))->sentence, "Chile wants aid.");
  EXPECT_EQ(StanceGraph::BestEvidence(StanceEdge{}), nullptr);
}

// ---------------------------------------------------------------------------
// Finding nodes by words

TEST(EvidenceTest, FindNodesMatchesEveryWordInOneNameOrMention) {
  StanceTriple zelensky = Said("Volodymyr Zelensky", Stance::kSupport, "NATO membership",
                               "Zelenskyy wants NATO membership.", "a");
  zelensky.actor_mention = "Zelenskyy";
  zelensky.actor_type = ActorType::kPerson;
  StanceGraph graph = Build({
      zelensky,
      Said("Côte d'Ivoire", Stance::kSupport, "security guarantees", "x", "b"),
      Said("France", Stance::kSupport, "joining NATO", "y", "c"),
  });
  auto names = [&](NodeKind kind, const std::string& words) {
    std::vector<std::string> found;
    for (StanceGraph::Vertex v : graph.FindNodes(kind, words)) {
      found.push_back(graph.graph()[v].name);
    }
    return found;
  };
  using Names = std::vector<std::string>;
  EXPECT_EQ(names(NodeKind::kActor, "zelensky"), Names{"Volodymyr Zelensky"});
  EXPECT_EQ(names(NodeKind::kActor, "ZELENSKYY"), Names{"Volodymyr Zelensky"});  // a mention
  EXPECT_EQ(names(NodeKind::kActor, "cote d ivoire"), Names{"Côte d'Ivoire"});
  EXPECT_EQ(names(NodeKind::kActor, "nato"), Names{});  // a topic, not an actor
  EXPECT_EQ(names(NodeKind::kTopic, "nato"), (Names{"joining NATO", "NATO membership"}));
  EXPECT_EQ(names(NodeKind::kTopic, "NATO memberships"), Names{"NATO membership"});
  EXPECT_EQ(names(NodeKind::kTopic, "security guarantee"), Names{"security guarantees"});
  EXPECT_EQ(names(NodeKind::kTopic, "guarantee nato"), Names{});  // words from two names
  EXPECT_EQ(names(NodeKind::kTopic, "secur"), Names{});          // whole words only
  EXPECT_EQ(names(NodeKind::kTopic, " -- "), Names{});
  EXPECT_EQ(StanceGraph::MatchWords("Ukraine's NATO Memberships"),
            (std::vector<std::string>{"ukraine", "s", "nato", "membership"}));
}

}  // namespace
}  // namespace stancegraph
