// `stancegraph merge`: the graph from saved triple files, written as `build`
// writes it. StanceGraph is independent of the order triples arrive in
// (graph/stance_graph.h), so any split of a corpus merges into the same files.
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/graph_commands.h"
#include "cli/graph_output.h"
#include "cli/identity.h"
#include "cli/triple_input.h"
#include "graph/stance_graph.h"

namespace stancegraph::cli {

int RunMerge(const Options& options, std::istream& in, std::ostream& err) {
  const std::optional<Ontology> ontology = LoadOntologyOption(options, err);
  if (!ontology) return kUsage;
  StanceGraph graph = NewGraph(*ontology);
  graph.SetMaxEvidence(options.max_evidence);
  TriplesOutput triples;
  if (!triples.Open(options, err)) return kOutputFailed;
  const TripleInputCounts counts = ReadTripleInputs(options, in, err, [&](StanceTriple&& triple) {
    triples.Add(triple);
    graph.Add(triple);
  });
  // --strict: the temporary triples file goes with `triples`; nothing is written.
  if (options.strict && counts.problems > 0) return kInputSkipped;
  // Identity is decided over the whole graph, so any split merges the same.
  if (const int status = ResolveIdentities(options, *ontology, &graph, err); status != kOk) {
    return status;
  }
  std::vector<std::string> written;
  int result = triples.Finish(err, &written);
  StanceGraph filtered;
  const StanceGraph& shown = FilterForOutput(graph, options, &filtered);
  if (const int status = WriteGraphFiles(shown, options, err, &written); status != kOk) {
    result = status;
  }
  if (!options.quiet) {
    err << "stancegraph merge: " << Counted(counts.triple_files, "file") << ", "
        << Counted(counts.triple_lines, "triple");
    if (options.query.dates.active()) {
      err << " (" << counts.outside_dates << " undated or outside --since/--until, left out)";
    }
    err << "\n";
    PrintGraphSummary(graph, shown, options, err);
    for (const std::string& path : written) err << "wrote " << path << "\n";
    if (counts.problems) err << Counted(counts.problems, "input problem") << " reported above\n";
  }
  if (result != kOk) return result;
  return counts.problems ? kInputSkipped : kOk;
}

}  // namespace stancegraph::cli
