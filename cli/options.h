// Command-line options of `stancegraph`, parsed into plain values.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "cli/networks_options.h"
#include "cli/output_options.h"
#include "cli/query_options.h"
#include "core/problem.h"
#include "extract/document_reader.h"
#include "extract/extractor.h"

namespace stancegraph::cli {

enum class Command { kBuild, kExtract, kEval, kHelp, kVersion, kNetworks, kMerge, kQuery, kTimeline };

// Evidence items kept per stance edge by `build` and `merge`.
inline constexpr size_t kDefaultMaxEvidence = 50;

struct Options {
  Command command = Command::kHelp;
  std::string help_topic;               // command whose --help was asked
  std::vector<std::string> inputs;      // files, directories, "-"
  std::string output_directory = "out"; // build
  std::string format = "jsonl";         // extract: jsonl | tsv
  std::vector<std::string> lexicon_additions;  // --lexicon: files or directories added to the built-ins
  double min_confidence = 0.5;
  // --stdin-format guess|jsonl|text (extract, build, networks): what `-` holds.
  StandardInput stdin_format = StandardInput::kGuess;
  // --strict (every command that reads inputs): the first input problem
  // ends the run (exit 1) before any output file is written.
  bool strict = false;
  // --max-document-bytes N (the commands that read documents): longer ones
  // are cut (extract/document_limit.h).
  size_t max_document_bytes = kDefaultMaxDocumentBytes;
  // --max-sentence-tokens N (the commands that extract): longer sentences
  // are counted, not analysed (ExtractOptions::max_sentence_tokens).
  size_t max_sentence_tokens = ExtractOptions{}.max_sentence_tokens;
  size_t threads = 0;                   // --threads N (extract, build, networks): 0 = every core
  // The threads to use: `threads`, or every core when it is 0.
  size_t ThreadCount() const;
  // --max-evidence N (build, merge; default kDefaultMaxEvidence there): 0 =
  // all, which the other commands need (their counts read every item).
  size_t max_evidence = 0;
  std::string title = "Stance graph";
  std::string base_iri = "https://stancegraph.org/id/";
  bool quiet = false;                   // no progress, no summary
  std::vector<std::string> gold_files;  // eval: --gold, each scored on its own
  bool show = false;                    // eval: print each miss and wrong prediction
  std::optional<double> fail_under;     // eval: exit 1 when an F1 is below this
  OutputOptions output;                 // build, merge: --format, --layout, filters, ...
  NetworksOptions networks;             // networks: --type, --normalize, --duplicates, --window, --step
  QueryOptions query;                   // --since/--until (build, merge, networks, query, timeline),
                                        // --actor/--topic (query, timeline), --window (timeline)
  // Identity (build, merge, networks, query, timeline; cli/identity.h):
  std::string ontology_path;            // --ontology FILE: pinned names, aliases, types, forbids
  bool roll_up = false;                 // --roll-up: persons replaced by the bodies they speak for
  std::string explain_merges_path;      // --explain-merges FILE: why each name was joined
};

// Where the documents of `options` are read as they say: `-` as
// --stdin-format, documents cut at --max-document-bytes; `stop` as given.
ReadOptions DocumentReadOptions(const Options& options, std::function<bool()> stop);

// How the extractor is run: --min-confidence, --max-sentence-tokens.
ExtractOptions ExtractorOptions(const Options& options);

// Parses argv[1..]; a Problem names the offending option.
std::optional<Problem> ParseOptions(const std::vector<std::string>& args, Options* options);

// Usage text for `command` ("" for the overview).
std::string HelpText(const std::string& command);

}  // namespace stancegraph::cli
