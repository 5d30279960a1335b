// `stancegraph timeline`: an actor's stance on a topic, window by window.
//
//   Germany on joining NATO, by month (distinct sentences):
//     window    for  against  leaning
//     2023-07     1        0  for
//     2024-02     0        2  against
//     turned from for (2023-07) to against (2024-02)
//
// A distinct sentence (an Evidence item) counts once in each window in which
// one of its sources is dated; one with no dated source counts as undated.
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "cli/commands.h"
#include "cli/graph_commands.h"
#include "cli/graph_output.h"
#include "cli/triple_input.h"
#include "core/date.h"
#include "graph/stance_graph.h"

namespace stancegraph::cli {
namespace {

constexpr const char* kUndated = "undated";

struct Tally {
  size_t support = 0;
  size_t oppose = 0;
};

// Windows in time order ("undated" is kept apart).
using Windows = std::map<std::string, Tally>;

void Count(const StanceEdge& edge, DateWindow window, Windows* windows, Tally* undated) {
  for (const Evidence& item : edge.evidence) {
    std::set<std::string> seen;
    for (const EvidenceSource& source : item.sources) {
      if (std::optional<std::string> day = IsoDatePrefix(source.date)) {
        seen.insert(WindowOf(*day, window));
      }
    }
    if (seen.empty()) {
      (edge.stance == Stance::kSupport ? undated->support : undated->oppose) += 1;
    }
    for (const std::string& name : seen) {
      Tally& tally = (*windows)[name];
      (edge.stance == Stance::kSupport ? tally.support : tally.oppose) += 1;
    }
  }
}

const char* Leaning(const Tally& tally) {
  if (tally.support > tally.oppose) return "for";
  if (tally.oppose > tally.support) return "against";
  return "split";
}

void PrintRow(const std::string& name, const Tally& tally, bool leaning, std::ostream& out) {
  char line[96];
  std::snprintf(line, sizeof line, "  %-9s %5zu %8zu  %s", name.c_str(), tally.support,
                tally.oppose, leaning ? Leaning(tally) : "");
  std::string text = line;
  while (!text.empty() && text.back() == ' ') text.pop_back();
  out << text << "\n";
}

void PrintTimeline(const StanceGraph& graph, StanceGraph::Vertex actor, StanceGraph::Vertex topic,
                   DateWindow window, std::ostream& out) {
  const StanceGraph::Graph& g = graph.graph();
  Windows windows;
  Tally undated;
  for (Stance stance : {Stance::kSupport, Stance::kOppose}) {
    if (std::optional<StanceGraph::Edge> edge = graph.FindEdge(actor, topic, stance)) {
      Count(g[*edge], window, &windows, &undated);
    }
  }
  out << g[actor].name << " on " << g[topic].name << ", by " << DateWindowName(window)
      << " (distinct sentences):\n";
  out << "  window      for  against  leaning\n";
  for (const auto& [name, tally] : windows) PrintRow(name, tally, true, out);
  if (undated.support + undated.oppose > 0) PrintRow(kUndated, undated, false, out);

  // The first and last windows that lean one way, when they differ.
  const std::pair<const std::string, Tally>* first = nullptr;
  const std::pair<const std::string, Tally>* last = nullptr;
  for (const auto& entry : windows) {
    if (std::string(Leaning(entry.second)) == "split") continue;
    if (first == nullptr) first = &entry;
    last = &entry;
  }
  if (first != nullptr && std::string(Leaning(first->second)) != Leaning(last->second)) {
    out << "  turned from " << Leaning(first->second) << " (" << first->first << ") to "
        << Leaning(last->second) << " (" << last->first << ")\n";
  }
}

}  // namespace

int RunTimeline(const Options& options, std::istream& in, std::ostream& out, std::ostream& err) {
  StanceGraph graph;
  TripleInputCounts counts;
  if (const int status = ReadQueryGraph(options, in, err, &graph, &counts); status != kOk) {
    return status;
  }
  const QueryOptions& query = options.query;
  const std::vector<StanceGraph::Vertex> actors = graph.FindNodes(NodeKind::kActor, query.actor);
  const std::vector<StanceGraph::Vertex> topics = graph.FindNodes(NodeKind::kTopic, query.topic);
  size_t shown = 0;
  if (actors.empty()) {
    out << "no actor matches \"" << query.actor << "\"\n";
  } else if (topics.empty()) {
    out << "no topic matches \"" << query.topic << "\"\n";
  } else {
    for (StanceGraph::Vertex actor : actors) {
      for (StanceGraph::Vertex topic : topics) {
        if (!graph.FindEdge(actor, topic, Stance::kSupport) &&
            !graph.FindEdge(actor, topic, Stance::kOppose)) {
          continue;
        }
        if (shown++ > 0) out << "\n";
        PrintTimeline(graph, actor, topic, query.window, out);
      }
    }
    if (shown == 0) {
      out << "no stance of an actor matching \"" << query.actor << "\" on a topic matching \""
          << query.topic << "\"\n";
    }
  }
  return FinishQueryReport("timeline", counts, options, out, err);
}

}  // namespace stancegraph::cli
