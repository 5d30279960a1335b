#include "cli/query_options.h"

#include "graph/stance_graph.h"

namespace stancegraph::cli {
namespace {

// The end of `query --help` and `timeline --help`, the same for both: the
// two read the same inputs and report on standard output alike.
constexpr const char* kQueryHelpTail =
    R"(  --since DATE            keep only triples dated DATE (YYYY-MM-DD) or later
  --until DATE            keep only triples dated DATE or earlier; with --since
                          or --until, undated triples are left out
  --min-confidence X      drop extracted triples below X, 0..1 (default: 0.5)
  --lexicon PATH          add a lexicon file or directory (see `build --help`)
  -q, --quiet             no progress and no summary on standard error
  -h, --help              this text

Exit status: 0 on success (also when nothing matches, which is said on
standard output); 1 if an input was skipped or damaged; 2 on a usage error;
3 if standard output could not be written.
)";

}  // namespace

bool IsQueryOption(const std::string& command, const std::string& option) {
  const bool query = command == "query" || command == "timeline";
  if (option == "--since" || option == "--until") {
    return query || command == "build" || command == "merge" || command == "networks";
  }
  if (option == "--actor" || option == "--topic") return query;
  if (option == "--window") return command == "timeline";
  return false;
}

std::optional<Problem> SetQueryOption(const std::string& option, const std::string& value,
                                      QueryOptions* options) {
  if (option == "--since" || option == "--until") {
    if (!IsIsoDate(value)) {
      return Problem{option, "expects a date YYYY-MM-DD, got " + QuoteForProblem(value)};
    }
    (option == "--since" ? options->dates.since : options->dates.until) = value;
  } else if (option == "--actor" || option == "--topic") {
    if (StanceGraph::MatchWords(value).empty()) {
      return Problem{option, "expects words to look for, got " + QuoteForProblem(value)};
    }
    (option == "--actor" ? options->actor : options->topic) = value;
  } else if (option == "--window") {
    const std::optional<DateWindow> window = ParseDateWindow(value);
    if (!window) return Problem{option, "expects week, month or year, got " + QuoteForProblem(value)};
    options->window = *window;
  } else {
    return Problem{option, "unknown option"};
  }
  return std::nullopt;
}

std::optional<Problem> CheckQueryOptions(const std::string& command, const QueryOptions& options) {
  if (!options.dates.since.empty() && !options.dates.until.empty() &&
      options.dates.since > options.dates.until) {
    return Problem{"--since", options.dates.since + " is after --until " + options.dates.until};
  }
  if (command == "query" && options.actor.empty() && options.topic.empty()) {
    return Problem{command, "needs --topic WORDS or --actor WORDS"};
  }
  if (command == "timeline" && (options.actor.empty() || options.topic.empty())) {
    return Problem{command, "needs both --actor WORDS and --topic WORDS"};
  }
  return std::nullopt;
}

std::string MergeHelpText() {
  return R"(usage: stancegraph merge TRIPLES... [-o DIR] [options]

Builds the stance graph from saved triple files, as `stancegraph extract
--format jsonl` writes them, and writes the same outputs as `build` (see
--format), then prints a summary.
Extraction can so run as many independent jobs, one per shard of a corpus,
and be merged later: merging the triple files of any split of a corpus, in
any order, writes the very files (byte for byte) that `build` writes from
the whole corpus with the same options.

TRIPLES  a JSON Lines file of triples, a directory (its .jsonl files,
         recursively, in sorted order), or - for standard input

options:
  -o, --output DIR        output directory (default: out)
  --title TEXT            title of the diagram (default: Stance graph)
  --max-evidence N        evidence sentences kept per stance edge (default: 50;
                          0: all); counts stay exact, see README
  --base-iri IRI          base of the JSON-LD @ids (default: https://stancegraph.org/id/)
  --since DATE            keep only triples dated DATE (YYYY-MM-DD) or later
  --until DATE            keep only triples dated DATE or earlier; with --since
                          or --until, undated triples are left out
  -q, --quiet             no summary
  -h, --help              this text

Exit status: 0 on success; 1 if a file or a line was skipped (each is
reported on standard error as FILE or FILE:LINE and the reason; every good
line is still merged); 2 on a usage error; 3 if an output could not be
written.
)";
}

std::string QueryHelpText() {
  return R"(usage: stancegraph query INPUT... (--topic WORDS | --actor WORDS) [options]

Prints who supports and who opposes a topic (--topic), or what an actor
supports and opposes (--actor): for each, the number of distinct evidence
sentences and the best one (highest confidence, then most sources), then
the actors that both support and oppose it, with the best evidence on each
side. With both options, only the matching actors' stances on the matching
topics are shown.

WORDS are looked for in every name and mention of the actors or topics: a
node matches when one of its names holds all the words, whatever their case,
accents and plural endings ("nato membership" finds "NATO memberships").
Quote several words: --topic "security guarantees".

INPUT   what `build` reads (a .txt file, a directory, a .jsonl file of
        documents, - for standard input), or a triple file: a .jsonl file
        (or -) whose first line is a triple record with `actor` and
        `sentence`, as `extract --format jsonl` writes, used as it is
        (a directory's .jsonl files are told apart the same way)

options:
  --topic WORDS           the topics to report on
  --actor WORDS           the actors to report on
)" + std::string(kQueryHelpTail);
}

std::string TimelineHelpText() {
  return R"(usage: stancegraph timeline INPUT... --actor WORDS --topic WORDS [--window month|week|year] [options]

Shows how an actor's stance on a topic changes over time: for each time
window with evidence, the number of distinct sentences in which the actor
supports and opposes the topic, and which way it leans. A sentence counts
once in each window in which it was published (a repeat in a later window
counts there too). Undated evidence is counted on a line of its own.
One table for each matching actor and topic with a stance between them.

WORDS are matched as by `query`: a node matches when one of its names holds
all the words, whatever their case, accents and plural endings.

INPUT   as for `query`: documents (a .txt file, a directory, a .jsonl file of
        documents, -) or triple files as `extract --format jsonl` writes
        (also in a directory)

options:
  --actor WORDS           the actor (required)
  --topic WORDS           the topic (required)
  --window W              week (ISO weeks, 2024-W07), month (default) or year
)" + std::string(kQueryHelpTail);
}

}  // namespace stancegraph::cli
