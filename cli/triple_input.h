// The inputs of `merge`, `query` and `timeline` as one stream of triples.
//
// `merge` reads triple files only: JSON Lines as `extract --format jsonl`
// writes them (core/triple_jsonl.h), a directory's .jsonl files
// (recursively, in sorted path order), or - for standard input. `query` and
// `timeline` also take what `build` reads and extract the triples: a .jsonl
// file (or -) is a triple file when its first non-blank line is a triple
// record (it has `actor` and `sentence` and no `text`), otherwise documents;
// text files are documents; a directory's .txt and .jsonl files
// (recursively, in the document reader's order) are each taken so.
//
// Every problem (a missing file, a bad line as FILE:LINE) is reported on
// `err` as "stancegraph: ..." and counted; reading goes on, unless
// --strict, where it ends at the first problem. Triples outside
// the --since/--until range (undated ones too, when a range is given) are
// counted and not passed on.
//
// `query` and `timeline` share the rest of their run around the report: the
// graph read from their inputs (ReadQueryGraph) and how the report ends
// (FinishQueryReport).
#pragma once

#include <functional>
#include <istream>
#include <ostream>

#include "cli/options.h"
#include "core/triple.h"
#include "extract/document_reader.h"
#include "extract/extractor.h"
#include "graph/stance_graph.h"

namespace stancegraph::cli {

struct TripleInputCounts {
  size_t triple_files = 0;   // triple files (and streams) read
  size_t triple_lines = 0;   // triples read from them
  ReadCounts documents;      // documents read and extracted (query, timeline)
  ExtractCounts extracted;   // what the extractor found in them
  size_t outside_dates = 0;  // triples left out by --since/--until
  size_t kept = 0;           // triples passed on
  size_t problems = 0;       // problems reported
};

using TripleSink = std::function<void(StanceTriple&&)>;

// merge: every INPUT is a triple file, a directory of them, or -.
TripleInputCounts ReadTripleInputs(const Options& options, std::istream& in, std::ostream& err,
                                   const TripleSink& on_triple);

// query, timeline: triple files and documents. Returns false (after
// reporting it) when the --lexicon additions cannot be loaded.
bool ReadAnyInputs(const Options& options, std::istream& in, std::ostream& err,
                   const TripleSink& on_triple, TripleInputCounts* counts);

// One line on `err`: "stancegraph COMMAND: 4 documents, 117 triples
// extracted, 1 triple file, 20 triples read (3 undated or outside
// --since/--until, left out)", and the number of problems when there were any.
void PrintInputCounts(const char* command, const TripleInputCounts& counts,
                      const Options& options, std::ostream& err);

// query, timeline: loads --ontology, reads every input (ReadAnyInputs) into
// NewGraph(ontology) and resolves identities over the whole graph
// (cli/identity.h). Returns kOk, or the exit status after reporting the
// problem: kUsage for a bad ontology or lexicon, kOutputFailed when
// --explain-merges could not be written, kInputSkipped when --strict met an
// input problem (nothing written then).
int ReadQueryGraph(const Options& options, std::istream& in, std::ostream& err,
                   StanceGraph* graph, TripleInputCounts* counts);

// query, timeline, once the report is on `out`: flushes it (kOutputFailed,
// reported on `err`, when that fails), prints the input counts unless quiet,
// and returns kInputSkipped when an input problem was reported, else kOk.
int FinishQueryReport(const char* command, const TripleInputCounts& counts,
                      const Options& options, std::ostream& out, std::ostream& err);

}  // namespace stancegraph::cli
