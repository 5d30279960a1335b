#include "cli/commands.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <thread>
#include <variant>

#include "cli/graph_commands.h"
#include "cli/graph_output.h"
#include "cli/identity.h"
#include "cli/networks_command.h"
#include "cli/progress.h"
#include "core/triple_jsonl.h"
#include "export/exporters.h"
#include "extract/document_reader.h"
#include "extract/evaluation/gold.h"
#include "extract/evaluation/report.h"
#include "extract/evaluation/score.h"
#include "extract/extractor.h"
#include "extract/parallel_extractor.h"
#include "graph/stance_graph.h"

namespace stancegraph::cli {
namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// Where a run's time went, for the summary: wall-clock seconds per stage,
// except segmenting and analysing (ExtractCounts), which are summed over the
// extraction threads.
struct StageTimes {
  double total = 0;
  double reading = 0;   // the reader, outside extraction and merging
  double merging = 0;   // triples into the graph (or onto standard output)
  double identity = 0;  // names joined over the whole graph
  double writing = 0;   // the output files
};

struct RunCounts {
  ReadCounts read;
  ExtractCounts extracted;
  size_t bytes = 0;
  size_t outside_dates = 0;  // triples left out by --since/--until (in build's summary)
  size_t threads = 1;
  StageTimes times;
};

// "time: 4.2 s (reading 0.3, segmenting 1.2, analysing 5.1 on 2 threads,
// merging 0.6, identity 0.1, writing 0.4)"; `extract` has no graph, and
// writes its triples where `build` merges them.
std::string TimeReport(const RunCounts& counts, bool graph) {
  const std::string threads =
      counts.threads > 1 ? " on " + std::to_string(counts.threads) + " threads" : "";
  char line[256];
  if (graph) {
    std::snprintf(line, sizeof line,
                  "time: %.1f s (reading %.1f, segmenting %.1f, analysing %.1f%s, merging %.1f, "
                  "identity %.1f, writing %.1f)",
                  counts.times.total, counts.times.reading, counts.extracted.segment_seconds,
                  counts.extracted.analyse_seconds, threads.c_str(), counts.times.merging,
                  counts.times.identity, counts.times.writing);
  } else {
    std::snprintf(line, sizeof line,
                  "time: %.1f s (reading %.1f, segmenting %.1f, analysing %.1f%s, writing %.1f)",
                  counts.times.total, counts.times.reading, counts.extracted.segment_seconds,
                  counts.extracted.analyse_seconds, threads.c_str(), counts.times.merging);
  }
  return line;
}

// The lexicon named by --lexicon (or the built-in one); a problem is reported.
std::optional<Lexicon> LoadLexicon(const Options& options, std::ostream& err) {
  std::variant<Lexicon, Problem> loaded = Lexicon::Load(options.lexicon_additions);
  if (auto* problem = std::get_if<Problem>(&loaded)) {
    err << "stancegraph: " << problem->ToString() << "\n";
    return std::nullopt;
  }
  return std::move(std::get<Lexicon>(loaded));
}

// Whether the run ends at its first input problem (--strict) and had one.
bool StoppedByStrict(const Options& options, const RunCounts& counts) {
  return options.strict && counts.read.problems > 0;
}

// Streams every document through the extractor (--threads of them at once);
// `on_triple` gets each triple, in input order whatever the thread count.
// Reading ends early with --strict at the first problem, and once
// `*output_failed` (when given) turns true: no more input is read for an
// output that cannot be written.
template <typename OnTriple>
void ExtractAll(const Options& options, const Lexicon& lexicon, std::istream& in,
                std::ostream& err, RunCounts* counts, OnTriple on_triple,
                const bool* output_failed = nullptr) {
  const Clock::time_point start = Clock::now();
  Extractor extractor(lexicon, ExtractorOptions(options));
  Progress progress(err);
  size_t documents = 0;
  counts->threads = options.ThreadCount();
  ParallelExtractor parallel(
      extractor, counts->threads,
      [&](std::vector<StanceTriple>&& triples, const ExtractCounts& extracted) {
        const Clock::time_point merge_start = Clock::now();
        counts->extracted += extracted;
        for (StanceTriple& triple : triples) on_triple(std::move(triple));
        counts->times.merging += SecondsSince(merge_start);
        progress.Update(++documents, counts->bytes, counts->extracted.triples);
      });
  double in_callbacks = 0;
  // An empty argument names no file; the reader would report it without a name.
  std::vector<std::string> inputs;
  size_t empty_inputs = 0;
  for (const std::string& input : options.inputs) {
    if (!input.empty()) {
      inputs.push_back(input);
    } else if (!(options.strict && empty_inputs > 0)) {
      ++empty_inputs;
      err << "stancegraph: " << Problem{"\"\"", "empty path"}.ToString() << "\n";
    }
  }
  if (options.strict && empty_inputs > 0) inputs.clear();
  bool problem_seen = false;
  counts->read = ReadDocuments(
      inputs, in,
      [&](Document&& document) {
        const Clock::time_point handed = Clock::now();
        counts->bytes += document.text.size();
        parallel.Add(std::move(document));
        in_callbacks += SecondsSince(handed);
      },
      [&](const Problem& problem) {
        err << "stancegraph: " << problem.ToString() << "\n";
        problem_seen = true;
      },
      DocumentReadOptions(options, [&] {
        return (options.strict && problem_seen) || (output_failed != nullptr && *output_failed);
      }));
  const Clock::time_point finishing = Clock::now();
  parallel.Finish();
  in_callbacks += SecondsSince(finishing);
  counts->read.problems += empty_inputs;
  counts->times.total = SecondsSince(start);
  counts->times.reading = counts->times.total - in_callbacks;
}


int RunExtract(const Options& options, std::istream& in, std::ostream& out, std::ostream& err) {
  std::optional<Lexicon> lexicon = LoadLexicon(options, err);
  if (!lexicon) return kUsage;
  RunCounts counts;
  if (options.format == "tsv") out << TsvHeader() << "\n";
  bool write_failed = false;
  // A failed write stops the reading (ExtractAll) and the writing: with
  // SIGPIPE ignored, a closed pipe gives one report and exit 3, not a
  // whole corpus extracted for nobody.
  ExtractAll(
      options, *lexicon, in, err, &counts,
      [&](StanceTriple&& triple) {
        if (write_failed) return;
        out << (options.format == "tsv" ? TripleToTsvLine(triple) : TripleToJsonLine(triple))
            << "\n";
        write_failed = !out;
      },
      &write_failed);
  out.flush();
  if (write_failed || !out) {
    err << "stancegraph: standard output: write failed\n";
    return kOutputFailed;
  }
  if (StoppedByStrict(options, counts)) return kInputSkipped;
  if (!options.quiet) {
    err << "stancegraph: " << DocumentCount(counts.read) << ", "
        << Counted(counts.extracted.sentences, "sentence") << ", "
        << Counted(counts.extracted.triples, "triple");
    if (counts.read.problems) err << "; " << Counted(counts.read.problems, "input problem");
    err << "\n" << TimeReport(counts, false) << "\n";
  }
  return counts.read.problems ? kInputSkipped : kOk;
}

void PrintSummary(const StanceGraph& graph, const StanceGraph& shown, const RunCounts& counts,
                  const Options& options, const std::vector<std::string>& written,
                  std::ostream& err) {
  err << "stancegraph build: " << DocumentCount(counts.read) << ", "
      << Counted(counts.extracted.sentences, "sentence") << " ("
      << counts.extracted.junk_sentences << " page junk), "
      << Counted(counts.extracted.triples, "triple");
  if (options.query.dates.active()) {
    err << " (" << counts.outside_dates << " undated or outside --since/--until, left out)";
  }
  err << "\n";
  // The graph part (counts, strongest stances, camps, contradictions) is
  // shared with `merge` (cli/graph_output.h).
  PrintGraphSummary(graph, shown, options, err);
  for (const std::string& path : written) err << "wrote " << path << "\n";
  err << TimeReport(counts, true) << "\n";
  if (counts.read.problems) {
    err << Counted(counts.read.problems, "input problem") << " reported above\n";
  }
}

// The graph of `build` and `networks`: the documents read and extracted
// with --lexicon into NewGraph(--ontology), triples outside --since/--until
// counted and left out, and identity decided over the whole graph
// (cli/identity.h). Returns kOk, or the exit status after reporting the
// problem.
int ExtractGraph(const Options& options, std::istream& in, std::ostream& err, RunCounts* counts,
                 StanceGraph* graph, TriplesOutput* triples = nullptr) {
  std::optional<Lexicon> lexicon = LoadLexicon(options, err);
  if (!lexicon) return kUsage;
  const std::optional<Ontology> ontology = LoadOntologyOption(options, err);
  if (!ontology) return kUsage;
  *graph = NewGraph(*ontology);
  graph->SetMaxEvidence(options.max_evidence);
  ExtractAll(options, *lexicon, in, err, counts, [&](StanceTriple&& triple) {
    if (options.query.dates.Contains(triple.date)) {
      if (triples != nullptr) triples->Add(triple);
      graph->Add(triple);
    } else {
      ++counts->outside_dates;
    }
  });
  // --strict: nothing is written, --explain-merges included.
  if (StoppedByStrict(options, *counts)) return kInputSkipped;
  const Clock::time_point resolving = Clock::now();
  const int status = ResolveIdentities(options, *ontology, graph, err);
  counts->times.identity = SecondsSince(resolving);
  return status;
}

int RunBuild(const Options& options, std::istream& in, std::ostream& err) {
  RunCounts counts;
  StanceGraph graph;
  TriplesOutput triples;
  if (!triples.Open(options, err)) return kOutputFailed;
  if (const int status = ExtractGraph(options, in, err, &counts, &graph, &triples);
      status != kOk) {
    return status;
  }

  // The files are written as `merge` writes them (cli/graph_output.h).
  const Clock::time_point writing = Clock::now();
  std::vector<std::string> written;
  int result = triples.Finish(err, &written);
  StanceGraph filtered;
  const StanceGraph& shown = FilterForOutput(graph, options, &filtered);
  if (const int status = WriteGraphFiles(shown, options, err, &written); status != kOk) {
    result = status;
  }
  counts.times.writing = SecondsSince(writing);
  counts.times.total += counts.times.identity + counts.times.writing;
  if (result == kOk && counts.read.problems) result = kInputSkipped;
  if (!options.quiet) PrintSummary(graph, shown, counts, options, written, err);
  return result;
}

// Reads the documents as `build` does and writes the derived networks
// (cli/networks_command.h).
int RunNetworks(const Options& options, std::istream& in, std::ostream& err) {
  RunCounts counts;
  StanceGraph graph;
  if (const int status = ExtractGraph(options, in, err, &counts, &graph); status != kOk) {
    return status;
  }
  if (!options.quiet) {
    err << "stancegraph networks: " << DocumentCount(counts.read) << ", "
        << Counted(counts.extracted.triples, "triple") << "\n";
  }
  const int written = WriteNetworks(graph, options, err);
  if (counts.read.problems && !options.quiet) {
    err << Counted(counts.read.problems, "input problem") << " reported above\n";
  }
  if (written != kOk) return written;
  return counts.read.problems ? kInputSkipped : kOk;
}

// Scores the extractor against each gold file (extract/evaluation/).
int RunEval(const Options& options, std::istream& in, std::ostream& out, std::ostream& err) {
  std::optional<Lexicon> lexicon = LoadLexicon(options, err);
  if (!lexicon) return kUsage;
  const Extractor extractor(*lexicon, ExtractorOptions(options));
  int result = kOk;
  for (const std::string& path : options.gold_files) {
    evaluation::GoldSet gold =
        path == "-" ? evaluation::ReadGold(in, "-") : evaluation::ReadGoldFile(path);
    for (const Problem& problem : gold.problems) {
      err << "stancegraph: " << problem.ToString() << "\n";
      if (options.strict) break;
    }
    // --strict: no score from a file with a bad line, nor from later files.
    if (options.strict && !gold.problems.empty()) {
      result = kInputSkipped;
      break;
    }
    if (!gold.problems.empty()) result = kInputSkipped;
    if (!gold.opened) continue;
    const evaluation::EvaluationReport report =
        evaluation::Score(gold.documents, evaluation::PredictGold(gold.documents, extractor));
    evaluation::PrintReport(report, path, options.show, out);
    if (options.fail_under && report.overall.F1() < *options.fail_under) {
      char line[128];
      std::snprintf(line, sizeof line, ": F1 %.3f is below --fail-under %g\n",
                    report.overall.F1(), *options.fail_under);
      err << "stancegraph: " << path << line;
      result = kInputSkipped;
    }
  }
  out.flush();
  if (!out) {
    err << "stancegraph: standard output: write failed\n";
    return kOutputFailed;
  }
  return result;
}

// Help and version text; a failed write (a full disk, a closed pipe) is an
// output failure like any other.
int WriteText(const std::string& text, std::ostream& out, std::ostream& err) {
  out << text;
  out.flush();
  if (!out) {
    err << "stancegraph: standard output: write failed\n";
    return kOutputFailed;
  }
  return kOk;
}

}  // namespace

int Run(const Options& options, std::istream& in, std::ostream& out, std::ostream& err) {
  switch (options.command) {
    case Command::kHelp:
      return WriteText(HelpText(options.help_topic), out, err);
    case Command::kVersion:
      return WriteText(std::string("stancegraph ") + STANCEGRAPH_VERSION + "\n", out, err);
    case Command::kExtract:
      return RunExtract(options, in, out, err);
    case Command::kBuild:
      return RunBuild(options, in, err);
    case Command::kEval:
      return RunEval(options, in, out, err);
    case Command::kNetworks:
      return RunNetworks(options, in, err);
    case Command::kMerge:
      return RunMerge(options, in, err);
    case Command::kQuery:
      return RunQuery(options, in, out, err);
    case Command::kTimeline:
      return RunTimeline(options, in, out, err);
  }
  return kUsage;
}

}  // namespace stancegraph::cli
