#include "cli/graph_output.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <system_error>

#include "cli/commands.h"
#include "cli/networks_command.h"
#include "export/exporters.h"

namespace stancegraph::cli {
namespace {

// The summary's contradictions block: at most this many, sentences cut to
// this width.
constexpr size_t kSummaryContradictions = 5;
constexpr size_t kSummarySentenceWidth = 100;

// `text` cut to `width` code points with "…" (0: whole).
std::string Clip(std::string_view text, size_t width) {
  if (width == 0) return std::string(text);
  size_t code_points = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (code_points++ == width) return std::string(text.substr(0, i)) + "…";
  }
  return std::string(text);
}

}  // namespace

std::string Counted(size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

std::string EvidenceText(const Evidence& evidence, size_t width) {
  std::string text = "\"" + Clip(evidence.sentence, width) + "\" (" + evidence.doc;
  if (!evidence.date.empty()) text += ", " + evidence.date;
  if (evidence.sources.size() > 1) {
    text += "; and " + Counted(evidence.sources.size() - 1, "more source");
  }
  return text + ")";
}

bool CreateOutputDirectory(const Options& options, std::ostream& err) {
  std::error_code ec;
  std::filesystem::create_directories(options.output_directory, ec);
  if (!ec) return true;
  err << "stancegraph: "
      << Problem{options.output_directory,
                 "cannot create directory: " + SentenceToProblemText(ec.message())}
             .ToString()
      << "\n";
  return false;
}

int WriteGraphFiles(const StanceGraph& graph, const Options& options, std::ostream& err,
                    std::vector<std::string>* written) {
  if (!CreateOutputDirectory(options, err)) return kOutputFailed;
  std::filesystem::path dir(options.output_directory);
  exporters::DiagramOptions diagram;
  diagram.title = options.title;
  exporters::JsonLdOptions jsonld;
  jsonld.base_iri = options.base_iri;
  int result = kOk;
  auto record = [&](const std::optional<Problem>& problem, const std::filesystem::path& path) {
    if (problem) {
      err << "stancegraph: " << problem->ToString() << "\n";
      result = kOutputFailed;
    } else {
      written->push_back(path.string());
    }
  };
  record(exporters::WriteDot(graph, (dir / "graph.dot").string(), diagram), dir / "graph.dot");
  record(exporters::WriteSvg(graph, (dir / "graph.svg").string(), diagram), dir / "graph.svg");
  record(exporters::WriteJsonLd(graph, (dir / "graph.jsonld").string(), jsonld),
         dir / "graph.jsonld");
  return result;
}

void PrintContradictions(const StanceGraph& graph, size_t limit, size_t width, std::ostream& err) {
  std::vector<StanceGraph::Contradiction> found = graph.Contradictions();
  if (found.empty() || limit == 0) return;
  const StanceGraph::Graph& g = graph.graph();
  // Most evidence on the weaker side first, then most in all; ties keep id order.
  std::stable_sort(found.begin(), found.end(), [&](const auto& a, const auto& b) {
    const size_t a_min = std::min(g[a.support].mentions, g[a.oppose].mentions);
    const size_t b_min = std::min(g[b.support].mentions, g[b.oppose].mentions);
    if (a_min != b_min) return a_min > b_min;
    return g[a.support].mentions + g[a.oppose].mentions >
           g[b.support].mentions + g[b.oppose].mentions;
  });
  err << "contradictions (actors both supporting and opposing a topic): " << found.size() << "\n";
  for (size_t i = 0; i < found.size() && i < limit; ++i) {
    const StanceGraph::Contradiction& c = found[i];
    err << "  " << g[c.actor].name << " on " << g[c.topic].name << ": for x"
        << g[c.support].mentions << ", against x" << g[c.oppose].mentions << "\n";
    if (const Evidence* best = StanceGraph::BestEvidence(g[c.support])) {
      err << "    + " << EvidenceText(*best, width) << "\n";
    }
    if (const Evidence* best = StanceGraph::BestEvidence(g[c.oppose])) {
      err << "    - " << EvidenceText(*best, width) << "\n";
    }
  }
  if (found.size() > limit) {
    err << "  (" << found.size() - limit << " more: see `stancegraph query --actor WORDS`)\n";
  }
}

void PrintGraphSummary(const StanceGraph& graph, const Options& options, std::ostream& err) {
  size_t occurrences = 0;
  const StanceGraph::Graph& g = graph.graph();
  for (auto [it, end] = edges(g); it != end; ++it) occurrences += g[*it].occurrences;
  const size_t sentences = graph.MentionCount();
  err << "graph: " << Counted(graph.ActorCount(), "actor") << ", "
      << Counted(graph.TopicCount(), "topic") << ", " << Counted(graph.EdgeCount(), "stance edge")
      << ", " << Counted(sentences, "evidence sentence");
  if (occurrences > sentences) {
    err << " (" << occurrences - sentences << " repeated or syndicated, counted once)";
  }
  err << "\n";
  std::vector<StanceGraph::Edge> strongest = graph.StrongestEdges(options.top);
  if (!strongest.empty()) err << "strongest stances:\n";
  for (const StanceGraph::Edge& edge : strongest) {
    const StanceEdge& stance = g[edge];
    char line[64];
    std::snprintf(line, sizeof line, " (x%zu, confidence %.2f)", stance.mentions, stance.confidence);
    err << "  " << g[source(edge, g)].name << " "
        << (stance.stance == Stance::kSupport ? "supports " : "opposes ") << g[target(edge, g)].name
        << line << "\n";
  }
  PrintCampsSummary(graph, err);
  PrintContradictions(graph, kSummaryContradictions, kSummarySentenceWidth, err);
}

}  // namespace stancegraph::cli
