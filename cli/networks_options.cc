#include "cli/networks_options.h"

namespace stancegraph::cli {

bool IsNetworksOption(const std::string& option) {
  return option == "--type" || option == "--normalize" || option == "--duplicates" ||
         option == "--window" || option == "--step";
}

std::optional<Problem> SetNetworksOption(const std::string& option, const std::string& value,
                                         NetworksOptions* options) {
  auto refuse = [&](const char* expected) {
    return Problem{option, std::string("expects ") + expected + ", got " + QuoteForProblem(value)};
  };
  if (option == "--type") {
    const auto type = networks::ParseNetworkType(value);
    if (!type) return refuse("congruence, conflict, subtract or topics");
    options->type = *type;
  } else if (option == "--normalize") {
    const auto normalization = networks::ParseNormalization(value);
    if (!normalization) return refuse("none, average, jaccard or cosine");
    options->normalization = *normalization;
  } else if (option == "--duplicates") {
    const auto duplicates = networks::ParseDuplicates(value);
    if (!duplicates) return refuse("statement, document, week, month or year");
    options->duplicates = *duplicates;
  } else if (option == "--window" || option == "--step") {
    const auto period = networks::ParsePeriod(value);
    if (!period) return refuse("a length such as 30d, 4w or 1m (1 to 36600 days, weeks or months)");
    (option == "--window" ? options->window : options->step) = *period;
  } else {
    return Problem{option, "unknown option for `networks`"};
  }
  return std::nullopt;
}

std::optional<Problem> CheckNetworksOptions(const NetworksOptions& options) {
  if (options.step && !options.window) return Problem{"--step", "needs --window"};
  return std::nullopt;
}

std::string NetworksHelpText() {
  return R"(usage: stancegraph networks INPUT... [-o DIR] [--type T] [options]

Extracts stance triples from the inputs as `build` does, then writes the
networks discourse network analysis derives from who supports or opposes
what: DIR/TYPE.dot (Graphviz, undirected) and DIR/TYPE.csv (source,target,weight).

  congruence   actor -- actor, weight sum over topics of s_i*s_j + o_i*o_j
               (s, o: an actor's support and oppose statements on the topic)
  conflict     actor -- actor, sum over topics of s_i*o_j + o_i*s_j
  subtract     congruence minus conflict (signed)
  topics       topic -- topic by shared supporters (topics-support) and by
               shared opponents (topics-oppose), sum over actors of q_t*q_u

INPUT   a .txt file, a directory (read recursively), a .jsonl file of
        documents, or - for standard input

options:
  -o, --output DIR        output directory (default: out)
  --type T                congruence (default), conflict, subtract or topics
  --normalize N           none (default); average: divide by the mean activity
                          (|x|+|y|)/2; jaccard: by m10+m01+m11; cosine: by
                          sqrt(sum x^2)*sqrt(sum y^2)
  --duplicates D          statement (default: every evidence sentence counts);
                          document, week, month, year: the statements of one
                          actor, stance and topic count once per document or
                          ISO week / month / year (undated ones once per document)
  --window L              one network per moving time window of length L:
                          Nd days, Nw weeks, Nm calendar months (N alone: days);
                          files are named TYPE_FIRST_LAST (dates of the window's
                          first and last day); undated statements are left out
  --step L                how far each window moves on (default: L of --window)
  --since DATE            keep only triples dated DATE (YYYY-MM-DD) or later
  --until DATE            keep only triples dated DATE or earlier; with --since
                          or --until, undated triples are left out
  --min-confidence X      drop triples below X, 0..1 (default: 0.5)
  --threads N             extraction threads (default: every core); the output
                          is the same whatever N
  --stdin-format F        what - holds: guess (default: JSON Lines when it starts
                          with {, else one text), jsonl (a mapper's input: empty
                          is no document) or text
  --lexicon PATH          add a lexicon file or a directory of them; repeatable
  -q, --quiet             no progress and no summary
  -h, --help              this text

`stancegraph build` summarises the same networks: the camps of the main
topics, the coalitions (connected components of the congruence network) and
its brokers (highest betweenness centrality).

Exit status: 0 on success; 1 if an input was skipped or damaged (each is
reported on standard error and the run goes on); 2 on a usage error; 3 if
an output could not be written.
)";
}

}  // namespace stancegraph::cli
