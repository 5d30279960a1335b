// What `build` and `merge` share once the graph is built: creating the
// output directory (`networks` too), writing the three graph files and the
// graph part of the summary (counts, strongest stances, camps,
// contradictions); and how evidence is shown on a terminal, which `query`
// and `timeline` use too.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "cli/options.h"
#include "graph/stance_graph.h"

namespace stancegraph::cli {

// Creates options.output_directory (and its parents), as `build`, `merge`
// and `networks` do before writing there. A failure is reported on `err`
// ("stancegraph: DIR: cannot create directory: reason") and gives false.
bool CreateOutputDirectory(const Options& options, std::ostream& err);

// Creates options.output_directory and writes graph.dot, graph.svg and
// graph.jsonld there. Each problem is reported on `err`; `written` gets
// each path written. Returns kOk, or kOutputFailed if anything failed.
int WriteGraphFiles(const StanceGraph& graph, const Options& options, std::ostream& err,
                    std::vector<std::string>* written);

// From the "graph:" line on: counts, the options.top strongest stances,
// the camps block (cli/networks_command.h) and the contradictions.
void PrintGraphSummary(const StanceGraph& graph, const Options& options, std::ostream& err);

// The actors that both support and oppose a topic, most evidence first, at
// most `limit` of them, each with its best evidence on either side
// (sentences cut to `width` code points; 0: whole). Nothing when there are none.
void PrintContradictions(const StanceGraph& graph, size_t limit, size_t width, std::ostream& err);

// `"sentence" (doc, date; and N more sources)`, the sentence cut to `width`
// code points (0: whole).
std::string EvidenceText(const Evidence& evidence, size_t width);

// "3 triples", "1 triple".
std::string Counted(size_t n, const char* word);

}  // namespace stancegraph::cli
