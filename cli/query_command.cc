// `stancegraph query`: who supports and who opposes a topic, or what an
// actor supports and opposes, with counts and the best evidence, and the
// actors found on both sides.
//
//   topic: joining NATO (topic/joining-nato)
//     supported by 2 actors, 3 sentences:
//       Poland   x2  "Poland backs ..." (a.txt, 2023-07-10)
//     opposed by 1 actor, 1 sentence:
//       Hungary  x1  "..." (b.txt, 2024-02-16; and 1 more source)
//     on both sides: ...
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/graph_commands.h"
#include "cli/graph_output.h"
#include "cli/triple_input.h"
#include "core/utf8.h"
#include "graph/stance_graph.h"

namespace stancegraph::cli {
namespace {

using Vertex = StanceGraph::Vertex;
using Edge = StanceGraph::Edge;

// One line of a block: the other end of an edge (an actor for a topic
// block, a topic for an actor block) and the edge.
struct Row {
  std::string name;
  std::string id;
  Edge edge;
};

std::string Padded(const std::string& text, size_t width) {
  const size_t length = CodePointCount(text);
  return length >= width ? text : text + std::string(width - length, ' ');
}

// Rows with most evidence first, then by id.
void SortRows(const StanceGraph::Graph& g, std::vector<Row>* rows) {
  std::sort(rows->begin(), rows->end(), [&](const Row& a, const Row& b) {
    if (g[a.edge].mentions != g[b.edge].mentions) return g[a.edge].mentions > g[b.edge].mentions;
    return a.id < b.id;
  });
}

// The rows of one stance: a heading with counts, then one line each.
void PrintSide(const StanceGraph::Graph& g, const std::string& heading, const char* unit,
               std::vector<Row> rows, std::ostream& out) {
  if (rows.empty()) {
    out << "  " << heading << " no " << unit << "\n";
    return;
  }
  SortRows(g, &rows);
  size_t sentences = 0;
  size_t width = 0;
  for (const Row& row : rows) {
    sentences += g[row.edge].mentions;
    width = std::max(width, CodePointCount(row.name));
  }
  out << "  " << heading << " " << Counted(rows.size(), unit) << ", "
      << Counted(sentences, "sentence") << ":\n";
  for (const Row& row : rows) {
    out << "    " << Padded(row.name, width) << "  x" << g[row.edge].mentions;
    if (const Evidence* best = StanceGraph::BestEvidence(g[row.edge])) {
      out << "  " << EvidenceText(*best, 0);
    }
    out << "\n";
  }
}

// Pairs of rows (same other end) on both sides, with their best evidence.
void PrintBothSides(const StanceGraph::Graph& g, const std::vector<Row>& support,
                    const std::vector<Row>& oppose, std::ostream& out) {
  bool any = false;
  for (const Row& s : support) {
    for (const Row& o : oppose) {
      if (s.id != o.id) continue;
      if (!any) out << "  on both sides:\n";
      any = true;
      out << "    " << s.name << ": for x" << g[s.edge].mentions << ", against x"
          << g[o.edge].mentions << "\n";
      if (const Evidence* best = StanceGraph::BestEvidence(g[s.edge])) {
        out << "      + " << EvidenceText(*best, 0) << "\n";
      }
      if (const Evidence* best = StanceGraph::BestEvidence(g[o.edge])) {
        out << "      - " << EvidenceText(*best, 0) << "\n";
      }
    }
  }
}

// A topic: its supporters and opponents among `actors` (all when empty).
void PrintTopic(const StanceGraph& graph, Vertex topic, const std::set<Vertex>* actors,
                std::ostream& out) {
  const StanceGraph::Graph& g = graph.graph();
  std::vector<Row> support, oppose;
  for (auto [it, end] = in_edges(topic, g); it != end; ++it) {
    const Vertex actor = source(*it, g);
    if (actors != nullptr && actors->count(actor) == 0) continue;
    (g[*it].stance == Stance::kSupport ? support : oppose).push_back({g[actor].name, g[actor].id, *it});
  }
  std::sort(support.begin(), support.end(), [](const Row& a, const Row& b) { return a.id < b.id; });
  std::sort(oppose.begin(), oppose.end(), [](const Row& a, const Row& b) { return a.id < b.id; });
  out << "topic: " << g[topic].name << " (" << g[topic].id << ")\n";
  PrintSide(g, "supported by", "actor", support, out);
  PrintSide(g, "opposed by", "actor", oppose, out);
  PrintBothSides(g, support, oppose, out);
}

// An actor: the topics it supports and opposes.
void PrintActor(const StanceGraph& graph, Vertex actor, std::ostream& out) {
  const StanceGraph::Graph& g = graph.graph();
  std::vector<Row> support, oppose;
  for (auto [it, end] = out_edges(actor, g); it != end; ++it) {
    const Vertex topic = target(*it, g);
    (g[*it].stance == Stance::kSupport ? support : oppose).push_back({g[topic].name, g[topic].id, *it});
  }
  std::sort(support.begin(), support.end(), [](const Row& a, const Row& b) { return a.id < b.id; });
  std::sort(oppose.begin(), oppose.end(), [](const Row& a, const Row& b) { return a.id < b.id; });
  out << "actor: " << g[actor].name << " (" << g[actor].id << ", "
      << ActorTypeName(g[actor].actor_type) << ")\n";
  PrintSide(g, "supports", "topic", support, out);
  PrintSide(g, "opposes", "topic", oppose, out);
  PrintBothSides(g, support, oppose, out);
}

}  // namespace

int RunQuery(const Options& options, std::istream& in, std::ostream& out, std::ostream& err) {
  StanceGraph graph;
  TripleInputCounts counts;
  if (const int status = ReadQueryGraph(options, in, err, &graph, &counts); status != kOk) {
    return status;
  }
  const QueryOptions& query = options.query;
  const std::vector<Vertex> actors =
      query.actor.empty() ? std::vector<Vertex>{} : graph.FindNodes(NodeKind::kActor, query.actor);
  const std::vector<Vertex> topics =
      query.topic.empty() ? std::vector<Vertex>{} : graph.FindNodes(NodeKind::kTopic, query.topic);
  if (!query.actor.empty() && actors.empty()) {
    out << "no actor matches \"" << query.actor << "\"\n";
  } else if (!query.topic.empty() && topics.empty()) {
    out << "no topic matches \"" << query.topic << "\"\n";
  } else if (!query.topic.empty()) {
    const std::set<Vertex> chosen(actors.begin(), actors.end());
    for (size_t i = 0; i < topics.size(); ++i) {
      if (i > 0) out << "\n";
      PrintTopic(graph, topics[i], query.actor.empty() ? nullptr : &chosen, out);
    }
  } else {
    for (size_t i = 0; i < actors.size(); ++i) {
      if (i > 0) out << "\n";
      PrintActor(graph, actors[i], out);
    }
  }
  return FinishQueryReport("query", counts, options, out, err);
}

}  // namespace stancegraph::cli
