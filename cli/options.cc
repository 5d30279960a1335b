#include "cli/options.h"

#include <cmath>
#include <cstdlib>
#include <sstream>

namespace stancegraph::cli {
namespace {

std::optional<Problem> ParseNumber(const std::string& option, const std::string& value, double min,
                                   double max, double* out) {
  char* end = nullptr;
  double number = std::strtod(value.c_str(), &end);
  if (value.empty() || *end != '\0' || !std::isfinite(number) || number < min || number > max) {
    std::ostringstream message;
    message << "expects a number from " << min << " to " << max << ", got `" << value << "`";
    return Problem{option, message.str()};
  }
  *out = number;
  return std::nullopt;
}

}  // namespace

std::string HelpText(const std::string& command) {
  if (command == "build") {
    return R"(usage: stancegraph build INPUT... [-o DIR] [options]

Extracts stance triples from the inputs, merges them into one graph and
writes DIR/graph.dot (Graphviz), DIR/graph.svg (rendered) and
DIR/graph.jsonld (JSON-LD), then prints a summary.

INPUT   a .txt file, a directory (read recursively), a .jsonl file of
        documents ({"id", "text", "date"?, "source"?, "title"?, "speaker"?}),
        or - for standard input

options:
  -o, --output DIR        output directory (default: out)
  --title TEXT            title of the diagram (default: Stance graph)
  --base-iri IRI          base of the JSON-LD @ids (default: https://stancegraph.org/id/)
  --min-confidence X      drop triples below X, 0..1 (default: 0.5)
  --lexicon DIR           read data files from DIR instead of the built-in ones
  --top N                 strongest stances listed in the summary (default: 10)
  -q, --quiet             no progress and no summary
  -h, --help              this text

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
  --lexicon DIR           read data files from DIR instead of the built-in ones
  -q, --quiet             no progress and no summary on standard error
  -h, --help              this text

Exit status: 0 on success; 1 if an input was skipped or damaged; 2 on a
usage error; 3 if standard output could not be written.
)";
  }
  return R"(usage: stancegraph COMMAND [options]

Finds who supports or opposes what in news text and draws it as a graph.

commands:
  build INPUT... [-o DIR]          extract, merge, write DOT, SVG and JSON-LD
  extract INPUT... [--format F]    write the triples as JSON Lines or TSV

Run `stancegraph COMMAND --help` for a command's options.
)";
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
  } else {
    return Problem{command, "unknown command (commands: build, extract)"};
  }
  bool only_inputs = false;
  for (size_t i = 1; i < args.size(); ++i) {
    const std::string& arg = args[i];
    auto value = [&](std::string* out) -> std::optional<Problem> {
      if (i + 1 >= args.size()) return Problem{arg, "needs a value"};
      *out = args[++i];
      return std::nullopt;
    };
    if (only_inputs || arg == "-" || arg.empty() || arg[0] != '-') {
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
    } else if (arg == "-q" || arg == "--quiet") {
      options->quiet = true;
    } else if (arg == "--lexicon") {
      problem = value(&options->lexicon_directory);
    } else if (arg == "--min-confidence") {
      if (!(problem = value(&text))) {
        problem = ParseNumber(arg, text, 0, 1, &options->min_confidence);
      }
    } else if (command == "build" && (arg == "-o" || arg == "--output")) {
      problem = value(&options->output_directory);
    } else if (command == "build" && arg == "--title") {
      problem = value(&options->title);
    } else if (command == "build" && arg == "--base-iri") {
      problem = value(&options->base_iri);
    } else if (command == "build" && arg == "--top") {
      double top = 0;
      if (!(problem = value(&text))) problem = ParseNumber(arg, text, 0, 1000, &top);
      options->top = static_cast<size_t>(top);
    } else if (command == "extract" && arg == "--format") {
      problem = value(&options->format);
      if (!problem && options->format != "jsonl" && options->format != "tsv") {
        problem = Problem{arg, "expects jsonl or tsv, got `" + options->format + "`"};
      }
    } else {
      problem = Problem{arg, "unknown option for `" + command + "` (see `stancegraph " + command +
                                 " --help`)"};
    }
    if (problem) return problem;
  }
  if (options->inputs.empty()) return Problem{command, "no INPUT given (a file, a directory or -)"};
  return std::nullopt;
}

}  // namespace stancegraph::cli
