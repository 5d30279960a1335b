#include "cli/graph_output.h"

#include <algorithm>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <optional>
#include <system_error>
#include <thread>

#include "cli/commands.h"
#include "cli/networks_command.h"
#include "core/triple_jsonl.h"
#include "export/exporters.h"
#include "graph/filter.h"

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

std::string DocumentCount(const ReadCounts& read) {
  std::string text = Counted(read.documents, "document");
  if (read.html_converted > 0) text += " (" + std::to_string(read.html_converted) + " from HTML)";
  return text;
}

std::string EvidenceText(const Evidence& evidence, size_t width) {
  std::string text = "\"" + Clip(evidence.sentence, width) + "\" (" + evidence.doc().str();
  if (!evidence.date().empty()) text += ", " + evidence.date().str();
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

const StanceGraph& FilterForOutput(const StanceGraph& graph, const Options& options,
                                   StanceGraph* storage) {
  if (!options.output.filter.active()) return graph;
  *storage = Filtered(graph, options.output.filter);
  return *storage;
}

namespace {

// One file (or the neo4j directory) in `format`; nullopt when written.
std::optional<Problem> WriteFormat(const StanceGraph& graph, OutputFormat format,
                                   const std::string& path, const Options& options,
                                   std::vector<std::string>* written) {
  exporters::DiagramOptions diagram;
  diagram.title = options.title;
  diagram.layout = options.output.layout;
  diagram.grouping = options.output.grouping;
  diagram.evidence_url = options.output.evidence_url;
  diagram.node_url = options.output.node_url;
  diagram.max_edges = options.output.diagram_edges;
  exporters::JsonLdOptions rdf;
  rdf.base_iri = options.base_iri;
  std::optional<Problem> problem;
  switch (format) {
    case OutputFormat::kDot: problem = exporters::WriteDot(graph, path, diagram); break;
    case OutputFormat::kSvg:
      problem = exporters::WriteImage(graph, path, exporters::ImageFormat::kSvg, diagram);
      break;
    case OutputFormat::kPng:
      problem = exporters::WriteImage(graph, path, exporters::ImageFormat::kPng, diagram);
      break;
    case OutputFormat::kPdf:
      problem = exporters::WriteImage(graph, path, exporters::ImageFormat::kPdf, diagram);
      break;
    case OutputFormat::kJsonLd: problem = exporters::WriteJsonLd(graph, path, rdf); break;
    case OutputFormat::kNQuads: problem = exporters::WriteNQuads(graph, path, rdf); break;
    case OutputFormat::kGraphMl: problem = exporters::WriteGraphMl(graph, path); break;
    case OutputFormat::kNeo4j: return exporters::WriteNeo4jBundle(graph, path, written);
    case OutputFormat::kJsonl: return std::nullopt;  // TriplesOutput
  }
  if (!problem) written->push_back(path);
  return problem;
}

// Graphviz (cgraph, gvc) keeps global state: its formats are written one
// after another on one thread. The other writers only read the graph.
bool UsesGraphviz(OutputFormat format) {
  return format == OutputFormat::kDot || format == OutputFormat::kSvg ||
         format == OutputFormat::kPng || format == OutputFormat::kPdf;
}

}  // namespace

// With more than one thread, the formats Graphviz does not write (JSON-LD,
// N-Quads, GraphML, Neo4j: the big files of a big graph) are written on a
// second thread while this one writes Graphviz's. Problems and written
// files are reported in the order the formats were asked for either way.
int WriteGraphFiles(const StanceGraph& graph, const Options& options, std::ostream& err,
                    std::vector<std::string>* written) {
  if (!CreateOutputDirectory(options, err)) return kOutputFailed;
  const std::filesystem::path dir(options.output_directory);
  const std::vector<OutputFormat>& formats = options.output.formats;
  std::vector<std::optional<Problem>> problems(formats.size());
  std::vector<std::vector<std::string>> files(formats.size());
  auto write = [&](bool graphviz) {
    for (size_t i = 0; i < formats.size(); ++i) {
      if (UsesGraphviz(formats[i]) != graphviz) continue;
      const std::string path = (dir / FormatFileName(formats[i])).string();
      problems[i] = WriteFormat(graph, formats[i], path, options, &files[i]);
    }
  };
  if (options.ThreadCount() > 1) {
    std::exception_ptr failure;
    std::thread others([&] {
      try {
        write(false);
      } catch (...) {
        failure = std::current_exception();
      }
    });
    try {
      write(true);
    } catch (...) {
      others.join();
      throw;
    }
    others.join();
    if (failure) std::rethrow_exception(failure);
  } else {
    write(true);
    write(false);
  }
  int result = kOk;
  for (size_t i = 0; i < formats.size(); ++i) {
    if (problems[i]) {
      err << "stancegraph: " << problems[i]->ToString() << "\n";
      result = kOutputFailed;
    }
    written->insert(written->end(), files[i].begin(), files[i].end());
  }
  return result;
}

TriplesOutput::~TriplesOutput() {
  file_.reset();  // an uncommitted temporary goes first
  std::error_code ignored;
  if (open_ && !created_directory_.empty()) std::filesystem::remove(created_directory_, ignored);
}

bool TriplesOutput::Open(const Options& options, std::ostream& err) {
  if (!options.output.Writes(OutputFormat::kJsonl)) return true;
  std::error_code ignored;
  const bool existed = std::filesystem::exists(options.output_directory, ignored);
  if (!CreateOutputDirectory(options, err)) return false;
  if (!existed) created_directory_ = options.output_directory;
  path_ = (std::filesystem::path(options.output_directory) / FormatFileName(OutputFormat::kJsonl))
              .string();
  file_.emplace();
  if (auto problem = file_->Open(path_)) {
    err << "stancegraph: " << problem->ToString() << "\n";
    return false;
  }
  open_ = true;
  return true;
}

void TriplesOutput::Add(const StanceTriple& triple) {
  if (open_) file_->Write(TripleToJsonLine(triple) + "\n");
}

int TriplesOutput::Finish(std::ostream& err, std::vector<std::string>* written) {
  if (!open_) return kOk;
  open_ = false;
  if (auto problem = file_->Commit()) {
    err << "stancegraph: " << problem->ToString() << "\n";
    return kOutputFailed;
  }
  written->push_back(path_);
  return kOk;
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

void PrintGraphSummary(const StanceGraph& whole, const StanceGraph& graph, const Options& options,
                       std::ostream& err) {
  if (options.output.filter.active()) {
    err << "filters: kept " << graph.EdgeCount() << " of "
        << Counted(whole.EdgeCount(), "stance edge") << ", " << graph.ActorCount() << " of "
        << Counted(whole.ActorCount(), "actor") << ", " << graph.TopicCount() << " of "
        << Counted(whole.TopicCount(), "topic") << "\n";
  }
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
  std::vector<StanceGraph::Edge> strongest = graph.StrongestEdges(options.output.strongest);
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
