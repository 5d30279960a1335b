// What `build` and `merge` share once the graph is built: creating the
// output directory (`networks` too), the filters, writing the graph in each
// --format, the triples file, and the graph part of the summary (counts,
// strongest stances, camps, contradictions); and how evidence is shown on a
// terminal, which `query` and `timeline` use too.
#pragma once

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "cli/options.h"
#include "core/atomic_file.h"
#include "core/triple.h"
#include "graph/stance_graph.h"

namespace stancegraph::cli {

// Creates options.output_directory (and its parents), as `build`, `merge`
// and `networks` do before writing there. A failure is reported on `err`
// ("stancegraph: DIR: cannot create directory: reason") and gives false.
bool CreateOutputDirectory(const Options& options, std::ostream& err);

// `graph` narrowed by --min-weight, --top, --actor and --topic
// (graph/filter.h): `graph` itself when no filter is given, else the
// filtered graph, kept in `*storage`.
const StanceGraph& FilterForOutput(const StanceGraph& graph, const Options& options,
                                   StanceGraph* storage);

// Creates options.output_directory and writes the graph there in every
// --format but jsonl (TriplesOutput writes that). Each problem is reported
// on `err`; `written` gets each path written. Returns kOk, or
// kOutputFailed if anything failed.
int WriteGraphFiles(const StanceGraph& graph, const Options& options, std::ostream& err,
                    std::vector<std::string>* written);

// DIR/triples.jsonl (--format jsonl): every triple that goes into the graph,
// before identity resolution and filters, as `extract --format jsonl`
// writes them, so `merge` can rebuild the graph. Written atomically: the
// file appears only once Finish() succeeds.
class TriplesOutput {
 public:
  TriplesOutput() = default;
  // Never finished (--strict stopped the run, or another failure): the
  // temporary is removed, and so is DIR if Open created it, so that a failed
  // run leaves nothing behind.
  ~TriplesOutput();
  TriplesOutput(const TriplesOutput&) = delete;
  TriplesOutput& operator=(const TriplesOutput&) = delete;

  // Opens the file when --format asks for it (creating DIR); false after
  // reporting a problem on `err`.
  bool Open(const Options& options, std::ostream& err);
  void Add(const StanceTriple& triple);
  // kOk (the path added to `written`), or kOutputFailed after reporting.
  int Finish(std::ostream& err, std::vector<std::string>* written);

 private:
  bool open_ = false;
  std::string path_;
  std::string created_directory_;  // DIR, when Open made it
  std::optional<AtomicFile> file_;
};

// From the "graph:" line on: counts, the --strongest stances,
// the camps block (cli/networks_command.h) and the contradictions of
// `shown`, the graph written; first, when filters were given, how much of
// `whole` they kept.
void PrintGraphSummary(const StanceGraph& whole, const StanceGraph& shown, const Options& options,
                       std::ostream& err);

// The actors that both support and oppose a topic, most evidence first, at
// most `limit` of them, each with its best evidence on either side
// (sentences cut to `width` code points; 0: whole). Nothing when there are none.
void PrintContradictions(const StanceGraph& graph, size_t limit, size_t width, std::ostream& err);

// `"sentence" (doc, date; and N more sources)`, the sentence cut to `width`
// code points (0: whole).
std::string EvidenceText(const Evidence& evidence, size_t width);

// "3 triples", "1 triple".
std::string Counted(size_t n, const char* word);

// "12 documents", with how many of them were HTML pages made text
// ("12 documents (3 from HTML)").
std::string DocumentCount(const ReadCounts& read);

}  // namespace stancegraph::cli
