// StanceGraph::SetMaxEvidence: a bounded sample of evidence per edge with
// exact counts, the same sample whatever the order triples arrive in, and
// kept exact through Merged() and Subgraph().
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "graph/filter.h"
#include "graph/stance_graph.h"

namespace stancegraph {
namespace {

StanceTriple Said(const std::string& actor, const std::string& sentence, const std::string& doc,
                  const std::string& date, double confidence) {
  StanceTriple triple;
  triple.doc = doc;
  triple.sentence = sentence;
  triple.end = static_cast<int64_t>(sentence.size());
  triple.actor = actor;
  triple.actor_mention = actor;
  triple.actor_type = ActorType::kCountry;
  triple.stance = Stance::kOppose;
  triple.topic = "sanctions";
  triple.topic_mention = "sanctions";
  triple.cue = "rejects";
  triple.confidence = confidence;
  triple.date = date;
  return triple;
}

// Twelve distinct sentences, two of them repeated elsewhere (syndicated),
// one triple given twice (the same place), dated over a year.
std::vector<StanceTriple> Corpus(const std::string& actor = "Hungary") {
  std::vector<StanceTriple> triples;
  for (int i = 0; i < 12; ++i) {
    const std::string date = "2024-" + std::string(i < 9 ? "0" : "") + std::to_string(i + 1) + "-15";
    triples.push_back(Said(actor, actor + " rejects sanctions, statement " + std::to_string(i) + ".",
                           "doc-" + std::to_string(i), date, 0.5 + 0.04 * i));
  }
  triples.push_back(Said(actor, actor + " rejects sanctions, statement 3.", "wire-a", "2023-12-31", 0.95));
  triples.push_back(Said(actor, actor + " rejects sanctions, statement 7.", "wire-b", "2025-01-02", 0.6));
  triples.push_back(triples.front());
  return triples;
}

StanceGraph Build(const std::vector<StanceTriple>& triples, size_t max_evidence) {
  StanceGraph graph;
  graph.SetMaxEvidence(max_evidence);
  for (const StanceTriple& triple : triples) graph.Add(triple);
  return graph;
}

const StanceEdge& OnlyEdge(const StanceGraph& graph) {
  EXPECT_EQ(graph.EdgeCount(), 1u);
  return graph.graph()[graph.EdgesInOrder().front()];
}

std::set<std::string> KeptSentences(const StanceEdge& edge) {
  std::set<std::string> sentences;
  for (const Evidence& evidence : edge.evidence) sentences.insert(evidence.sentence);
  return sentences;
}

TEST(MaxEvidenceTest, CountsStayExactWhileOnlyTheSampleIsKept) {
  const StanceGraph all = Build(Corpus(), 0);
  const StanceGraph capped = Build(Corpus(), 3);
  const StanceEdge& full = OnlyEdge(all);
  const StanceEdge& sample = OnlyEdge(capped);
  EXPECT_EQ(full.evidence.size(), 12u);
  EXPECT_EQ(sample.evidence.size(), 3u);
  EXPECT_EQ(sample.mentions, 12u);
  EXPECT_EQ(full.mentions, 12u);
  EXPECT_EQ(sample.occurrences, 14u);  // 12 places + 2 syndicated; the repeat is not new
  EXPECT_EQ(full.occurrences, 14u);
  EXPECT_DOUBLE_EQ(sample.confidence, full.confidence);
  EXPECT_EQ(sample.first_date, "2023-12-31");
  EXPECT_EQ(sample.last_date, "2025-01-02");
  EXPECT_EQ(full.first_date, "2023-12-31");
  // Each kept item is whole: all its sources and its highest confidence.
  for (const Evidence& kept : sample.evidence) {
    const auto same = std::find_if(full.evidence.begin(), full.evidence.end(),
                                   [&](const Evidence& e) { return e.sentence == kept.sentence; });
    ASSERT_NE(same, full.evidence.end());
    EXPECT_EQ(kept.sources, same->sources);
    EXPECT_EQ(kept.confidence, same->confidence);
    EXPECT_EQ(kept.doc(), same->doc());
  }
}

TEST(MaxEvidenceTest, TheSampleDoesNotDependOnTheOrder) {
  std::vector<StanceTriple> triples = Corpus();
  const std::set<std::string> first = KeptSentences(OnlyEdge(Build(triples, 4)));
  EXPECT_EQ(first.size(), 4u);
  std::mt19937 random(7);
  for (int round = 0; round < 50; ++round) {
    std::shuffle(triples.begin(), triples.end(), random);
    const StanceGraph graph = Build(triples, 4);
    EXPECT_EQ(KeptSentences(OnlyEdge(graph)), first);
    EXPECT_EQ(OnlyEdge(graph).occurrences, 14u);
  }
  // A larger cap keeps a superset: the sample is the smallest hashes.
  const std::set<std::string> larger = KeptSentences(OnlyEdge(Build(triples, 6)));
  EXPECT_TRUE(std::includes(larger.begin(), larger.end(), first.begin(), first.end()));
}

TEST(MaxEvidenceTest, MergedAndSubgraphKeepTheSameSampleAndCounts) {
  // "Budapest" joined into "Hungary" must give what one actor name gives.
  std::vector<StanceTriple> split = Corpus("Hungary");
  for (size_t i = 0; i < split.size(); i += 2) split[i].actor = "Budapest";
  StanceGraph::NodeMapping mapping;
  mapping.actors["Budapest"] = "Hungary";
  const StanceGraph merged = Build(split, 3).Merged(mapping);
  const StanceGraph direct = Build(Corpus("Hungary"), 3);
  EXPECT_EQ(KeptSentences(OnlyEdge(merged)), KeptSentences(OnlyEdge(direct)));
  EXPECT_EQ(OnlyEdge(merged).mentions, 12u);
  EXPECT_EQ(OnlyEdge(merged).occurrences, 14u);
  EXPECT_DOUBLE_EQ(OnlyEdge(merged).confidence, OnlyEdge(direct).confidence);
  EXPECT_EQ(OnlyEdge(merged).last_date, "2025-01-02");

  GraphFilter filter;
  filter.actors = {"hungary"};
  const StanceGraph kept = Filtered(direct, filter);
  EXPECT_EQ(KeptSentences(OnlyEdge(kept)), KeptSentences(OnlyEdge(direct)));
  EXPECT_EQ(OnlyEdge(kept).occurrences, 14u);
  EXPECT_EQ(kept.MaxEvidence(), 3u);
}

}  // namespace
}  // namespace stancegraph
