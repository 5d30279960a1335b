#include "cli/options.h"

#include <cmath>
#include <cstdlib>
#include <sstream>
#include <thread>

#include "cli/identity.h"
#include "cli/option_values.h"
#include "export/exporters.h"

namespace stancegraph::cli {
namespace {

// --max-sentence-tokens at most: the clause rules look a bounded distance
// around each cue, but a sentence is held and tokenized whole.
constexpr size_t kMaxSentenceTokensLimit = 10000;

// A plain decimal number: digits with an optional sign, fraction and
// exponent. strtod() alone would also take leading spaces, hex and "inf".
bool IsDecimal(const std::string& value) {
  size_t i = 0;
  auto digits = [&] {
    const size_t start = i;
    while (i < value.size() && value[i] >= '0' && value[i] <= '9') ++i;
    return i - start;
  };
  if (i < value.size() && (value[i] == '+' || value[i] == '-')) ++i;
  size_t mantissa = digits();
  if (i < value.size() && value[i] == '.') {
    ++i;
    mantissa += digits();
  }
  if (mantissa == 0) return false;
  if (i < value.size() && (value[i] == 'e' || value[i] == 'E')) {
    ++i;
    if (i < value.size() && (value[i] == '+' || value[i] == '-')) ++i;
    if (digits() == 0) return false;
  }
  return i == value.size();
}

std::optional<Problem> ParseNumber(const std::string& option, const std::string& value, double min,
                                   double max, double* out) {
  const double number = IsDecimal(value) ? std::strtod(value.c_str(), nullptr) : NAN;
  if (!std::isfinite(number) || number < min || number > max) {
    std::ostringstream message;
    message << "expects a number from " << min << " to " << max << ", got `" << value << "`";
    return Problem{option, message.str()};
  }
  *out = number;
  return std::nullopt;
}

// --fail-under: an F1 score; above 1 always fails, which tests the gate.
std::optional<Problem> ParseThreshold(const std::string& option, const std::string& value,
                                      double* out) {
  const double number = IsDecimal(value) ? std::strtod(value.c_str(), nullptr) : NAN;
  if (!std::isfinite(number) || number < 0) {
    return Problem{option, "expects an F1 score from 0 to 1, got `" + value + "`"};
  }
  *out = number;
  return std::nullopt;
}

}  // namespace

// A command's help without the identity options, which HelpText adds.
static std::string CommandHelpText(const std::string& command) {
  if (command == "networks") return NetworksHelpText();
  if (command == "merge") return MergeHelpText();
  if (command == "query") return QueryHelpText();
  if (command == "timeline") return TimelineHelpText();
  if (command == "build") {
    return R"(usage: stancegraph build INPUT... [-o DIR] [options]

Extracts stance triples from the inputs, merges them into one graph and
writes it in the formats of --format (by default DIR/graph.dot (Graphviz),
DIR/graph.svg (rendered) and DIR/graph.jsonld (JSON-LD)), then prints a
summary.

INPUT   a .txt file, a directory (read recursively), a .jsonl file of
        documents ({"id", "text", "date"?, "source"?, "title"?, "speaker"?}),
        or - for standard input

options:
  -o, --output DIR        output directory (default: out)
  --title TEXT            title of the diagram (default: Stance graph)
  --max-evidence N        evidence sentences kept per stance edge (default: 50;
                          0: all); counts stay exact, see README
  --base-iri IRI          base of the JSON-LD @ids (default: https://stancegraph.org/id/)
  --min-confidence X      drop triples below X, 0..1 (default: 0.5)
  --threads N             extraction threads (default: every core); the output
                          is the same whatever N
  --stdin-format F        what - holds: guess (default: JSON Lines when it starts
                          with {, else one text), jsonl (a mapper's input: empty
                          is no document) or text
  --lexicon PATH          add a lexicon file (cues.tsv, my.actors.tsv, ...) or a
                          directory of them to the built-in lexicons; repeatable
  --since DATE            keep only triples dated DATE (YYYY-MM-DD) or later
  --until DATE            keep only triples dated DATE or earlier; with --since
                          or --until, undated triples are left out
  -q, --quiet             no progress and no summary
  -h, --help              this text

The summary gives the counts, the strongest stances, the camps of the main
topics, the coalitions and brokers of the congruence network (see
`stancegraph networks --help`), and the actors that both support and
oppose a topic (contradictions) with the best evidence on each side. A sentence repeated
in a page or syndicated across documents counts once for an edge, with
every place it was seen kept as a source of that evidence.

Exit status: 0 on success; 1 if an input was skipped or damaged (each is
reported on standard error and the run goes on); 2 on a usage error; 3 if
an output could not be written.
)";
  }
  if (command == "extract") {
    return R"(usage: stancegraph extract INPUT... [--format jsonl|tsv] [options]

Writes one stance triple a line to standard output: JSON Lines (default,
lossless, read back by later merging) or TSV with a header line.

INPUT   a .txt file, a directory (read recursively), a .jsonl file of
        documents, or - for standard input

options:
  --format jsonl|tsv      output format (default: jsonl)
  --min-confidence X      drop triples below X, 0..1 (default: 0.5)
  --threads N             extraction threads (default: every core); the output
                          is the same whatever N
  --stdin-format F        what - holds: guess (default: JSON Lines when it starts
                          with {, else one text), jsonl (a mapper's input: empty
                          is no document) or text
  --lexicon PATH          add a lexicon file (cues.tsv, my.actors.tsv, ...) or a
                          directory of them to the built-in lexicons; repeatable
  -q, --quiet             no progress and no summary on standard error
  -h, --help              this text

Exit status: 0 on success; 1 if an input was skipped or damaged; 2 on a
usage error; 3 if standard output could not be written (nothing more is
read then). A closed pipe (`| head`) ends the run by SIGPIPE, as it ends
the coreutils, unless SIGPIPE is ignored: then it is a failed write.
)";
  }
  if (command == "eval") {
    return R"(usage: stancegraph eval --gold FILE [--gold FILE...] [options]

Runs the extractor on the documents of each gold file and scores its
triples against the gold ones. A prediction is correct when it comes from
the gold document, its sentence contains the gold evidence (curly quotes,
runs of spaces and case aside), the stances are equal, and the gold
actor_match and topic_match regexes (ECMAScript, case-insensitive) are
found in its actor and topic. For each file it prints

  gold FILE: documents=N predicted=N correct=N found=N/M precision=P recall=R F1=F

and, when the gold has tags, a table per tag: recall over the gold triples
with the tag, precision over the predictions in documents where it occurs.

FILE    JSON Lines, one document a line: {"id", "text", "speaker"?, "date"?,
        "title"?, "tags"?: [...], "triples": [{"actor", "actor_match",
        "stance", "topic", "topic_match", "evidence", "tags"?: [...]}]},
        or - for standard input

options:
  --gold FILE             a gold file (required; repeat for several, each scored apart)
  --show                  also print each missed gold triple and each wrong prediction
  --fail-under F1         exit 1 if any file's F1 is below F1 (for CI)
  --min-confidence X      drop triples below X, 0..1 (default: 0.5)
  --lexicon PATH          add a lexicon file (cues.tsv, my.actors.tsv, ...) or a
                          directory of them to the built-in lexicons; repeatable
  -h, --help              this text

Exit status: 0 on success; 1 if a gold line was skipped (each is reported
on standard error as FILE:LINE: reason, and the good lines are still
scored) or an F1 is below --fail-under; 2 on a usage error; 3 if standard
output could not be written.
)";
  }
  return R"(usage: stancegraph COMMAND [options]

Finds who supports or opposes what in news text and draws it as a graph.

commands:
  build INPUT... [-o DIR]          extract, merge, write DOT, SVG and JSON-LD
  extract INPUT... [--format F]    write the triples as JSON Lines or TSV
  eval --gold FILE                 score the extractor against a gold file
  networks INPUT... [-o DIR]       actor and topic networks (congruence, conflict, ...)
  merge TRIPLES... [-o DIR]        build the graph from saved triple files (extract --format jsonl)
  query INPUT... --topic WORDS     who supports and who opposes (or --actor WORDS)
  timeline INPUT... --actor WORDS --topic WORDS   an actor's stance on a topic over time

Run `stancegraph COMMAND --help` for a command's options.
)";
}

// The options on bad and overlong input, for every command that reads
// inputs; inserted before -q (or -h) of each text.
static std::string InputHelpText(const std::string& command) {
  std::string text;
  if (command == "extract") {
    text += R"(  --strict                stop at the first input problem: report it and exit 1
                          (the triples of the documents before it stay written
                          on standard output)
)";
  } else if (command == "eval") {
    text += R"(  --strict                stop at the first bad gold line: report it, score
                          no further file and exit 1
)";
  } else if (command == "query" || command == "timeline") {
    text += R"(  --strict                stop at the first input problem: report it, print no
                          report and exit 1
)";
  } else {
    text += R"(  --strict                stop at the first input problem: report it, write no
                          output file and exit 1
)";
  }
  if (command != "merge" && command != "eval") {
    text += R"(  --max-document-bytes N  read at most N bytes of a document (default: 16777216,
                          16 MiB); a longer one is cut at a line or sentence end,
                          reported, and the part read is used
)";
  }
  if (command != "merge") {
    text += R"(  --max-sentence-tokens N analyse sentences of at most N tokens, words and
                          punctuation (default: 200, at most 10000); longer ones
                          (lists, tables, text without full stops) are skipped
)";
  }
  return text;
}

std::string HelpText(const std::string& command) {
  std::string text = CommandHelpText(command);
  const bool reads_inputs = command == "build" || command == "extract" || command == "eval" ||
                            command == "networks" || command == "merge" || command == "query" ||
                            command == "timeline";
  if (reads_inputs) {
    size_t at = text.find("  -q, --quiet");
    if (at == std::string::npos) at = text.find("  -h, --help");
    if (at != std::string::npos) text.insert(at, InputHelpText(command));
  }
  const bool builds_graph = command == "build" || command == "merge" || command == "networks" ||
                            command == "query" || command == "timeline";
  const size_t quiet = text.find("  -q, --quiet");
  if (builds_graph && quiet != std::string::npos) text.insert(quiet, IdentityHelpText());
  // build and merge write the graph: their output options come last.
  const size_t help = text.find("  -h, --help");
  if ((command == "build" || command == "merge") && help != std::string::npos) {
    text.insert(text.find('\n', help) + 1, OutputHelpText());
  }
  return text;
}

std::optional<Problem> ParseOptions(const std::vector<std::string>& args, Options* options) {
  if (args.empty()) return Problem{"", "no command given (try `stancegraph --help`)"};
  const std::string& command = args[0];
  if (command == "-h" || command == "--help" || command == "help") {
    options->command = Command::kHelp;
    if (args.size() > 1) options->help_topic = args[1];
    return std::nullopt;
  }
  if (command == "--version") {
    options->command = Command::kVersion;
    return std::nullopt;
  }
  if (command == "build") {
    options->command = Command::kBuild;
  } else if (command == "extract") {
    options->command = Command::kExtract;
  } else if (command == "eval") {
    options->command = Command::kEval;
  } else if (command == "networks") {
    options->command = Command::kNetworks;
  } else if (command == "merge") {
    options->command = Command::kMerge;
  } else if (command == "query") {
    options->command = Command::kQuery;
  } else if (command == "timeline") {
    options->command = Command::kTimeline;
  } else {
    return Problem{command, "unknown command (commands: build, extract, eval, networks, merge, "
                            "query, timeline)"};
  }
  // merge, like build, writes the graph files; it reads triples, not text.
  const bool writes_graph = command == "build" || command == "merge";
  const bool reads_text = command != "merge";
  const bool eval = command == "eval";
  // The commands that merge triples into a graph take the identity options.
  const bool builds_graph = command != "extract" && !eval;
  if (writes_graph) options->max_evidence = kDefaultMaxEvidence;
  bool only_inputs = false;
  for (size_t i = 1; i < args.size(); ++i) {
    const std::string& arg = args[i];
    auto value = [&](std::string* out) -> std::optional<Problem> {
      if (i + 1 >= args.size()) return Problem{arg, "needs a value"};
      *out = args[++i];
      return std::nullopt;
    };
    // Paths: an empty one would only be reported later, without a name.
    auto path = [&](std::string* out) -> std::optional<Problem> {
      if (auto problem = value(out)) return problem;
      if (out->empty()) return Problem{arg, "needs a path, got an empty string"};
      return std::nullopt;
    };
    if (only_inputs || arg == "-" || arg.empty() || arg[0] != '-') {
      if (eval) {
        return Problem{arg.empty() ? "\"\"" : arg,
                       "unexpected argument (`eval` reads its documents from --gold FILE)"};
      }
      options->inputs.push_back(arg);
      continue;
    }
    std::optional<Problem> problem;
    std::string text;
    if (arg == "--") {
      only_inputs = true;
    } else if (arg == "-h" || arg == "--help") {
      options->help_topic = command;
      options->command = Command::kHelp;
      return std::nullopt;
    } else if (!eval && (arg == "-q" || arg == "--quiet")) {
      options->quiet = true;
    } else if (arg == "--strict") {
      options->strict = true;
    } else if (reads_text && !eval && arg == "--max-document-bytes") {
      if (!(problem = value(&text))) {
        problem = ParseCount(arg, text, 1, size_t{1} << 40, &options->max_document_bytes);
      }
    } else if (reads_text && arg == "--max-sentence-tokens") {
      if (!(problem = value(&text))) {
        problem = ParseCount(arg, text, 1, kMaxSentenceTokensLimit, &options->max_sentence_tokens);
      }
    } else if (reads_text && arg == "--lexicon") {
      if (!(problem = path(&text))) options->lexicon_additions.push_back(text);
    } else if ((command == "extract" || command == "build" || command == "networks") &&
               arg == "--stdin-format") {
      if (!(problem = value(&text))) {
        if (text == "guess") {
          options->stdin_format = StandardInput::kGuess;
        } else if (text == "jsonl") {
          options->stdin_format = StandardInput::kJsonLines;
        } else if (text == "text") {
          options->stdin_format = StandardInput::kText;
        } else {
          problem = Problem{arg, "expects guess, jsonl or text, got `" + text + "`"};
        }
      }
    } else if ((command == "extract" || command == "build" || command == "networks") &&
               arg == "--threads") {
      if (!(problem = value(&text))) problem = ParseCount(arg, text, 1, 256, &options->threads);
    } else if (reads_text && arg == "--min-confidence") {
      if (!(problem = value(&text))) {
        problem = ParseNumber(arg, text, 0, 1, &options->min_confidence);
      }
    } else if ((writes_graph || command == "networks") &&
               (arg == "-o" || arg == "--output")) {
      problem = path(&options->output_directory);
    } else if (writes_graph && arg == "--title") {
      problem = value(&options->title);
    } else if (writes_graph && arg == "--max-evidence") {
      if (!(problem = value(&text))) problem = ParseCount(arg, text, 0, 1000000, &options->max_evidence);
    } else if (writes_graph && arg == "--base-iri") {
      problem = value(&options->base_iri);
      if (!problem && !exporters::IsAbsoluteIri(options->base_iri)) {
        problem = Problem{arg, "expects an absolute IRI such as https://example.org/id/, got `" +
                                   options->base_iri + "`"};
      }
    } else if (writes_graph && IsOutputOption(command, arg)) {
      if (!(problem = value(&text))) problem = SetOutputOption(arg, text, &options->output);
    } else if (command == "extract" && arg == "--format") {
      problem = value(&options->format);
      if (!problem && options->format != "jsonl" && options->format != "tsv") {
        problem = Problem{arg, "expects jsonl or tsv, got `" + options->format + "`"};
      }
    } else if (builds_graph && arg == "--ontology") {
      problem = path(&options->ontology_path);
    } else if (builds_graph && arg == "--explain-merges") {
      problem = path(&options->explain_merges_path);
    } else if (builds_graph && arg == "--roll-up") {
      options->roll_up = true;
    } else if (IsQueryOption(command, arg)) {
      if (!(problem = value(&text))) problem = SetQueryOption(arg, text, &options->query);
    } else if (command == "networks" && IsNetworksOption(arg)) {
      if (!(problem = value(&text))) problem = SetNetworksOption(arg, text, &options->networks);
    } else if (eval && arg == "--gold") {
      if (!(problem = path(&text))) options->gold_files.push_back(text);
    } else if (eval && arg == "--show") {
      options->show = true;
    } else if (eval && arg == "--fail-under") {
      double threshold = 0;
      if (!(problem = value(&text)) && !(problem = ParseThreshold(arg, text, &threshold))) {
        options->fail_under = threshold;
      }
    } else {
      problem = Problem{arg, "unknown option for `" + command + "` (see `stancegraph " + command +
                                 " --help`)"};
    }
    if (problem) return problem;
  }
  if (command == "networks") {
    if (auto problem = CheckNetworksOptions(options->networks)) return problem;
  }
  if (auto problem = CheckQueryOptions(command, options->query)) return problem;
  if (eval) {
    if (options->gold_files.empty()) return Problem{command, "no --gold FILE given"};
  } else if (options->inputs.empty()) {
    return Problem{command, "no INPUT given (a file, a directory or -)"};
  }
  return std::nullopt;
}

ReadOptions DocumentReadOptions(const Options& options, std::function<bool()> stop) {
  ReadOptions read;
  read.standard_input = options.stdin_format;
  read.max_document_bytes = options.max_document_bytes;
  read.stop = std::move(stop);
  return read;
}

ExtractOptions ExtractorOptions(const Options& options) {
  ExtractOptions extract;
  extract.min_confidence = options.min_confidence;
  extract.max_sentence_tokens = options.max_sentence_tokens;
  return extract;
}

size_t Options::ThreadCount() const {
  if (threads > 0) return threads;
  const unsigned cores = std::thread::hardware_concurrency();
  return cores == 0 ? 1 : cores;
}

}  // namespace stancegraph::cli
