// The commands that work on triples rather than documents: `merge` (saved
// triple files into the graph and its files), `query` (who supports and
// who opposes) and `timeline` (an actor's stance on a topic over time).
// Each is in its own file; commands.cc's Run dispatches to them. Arguments
// and exit status as for cli::Run (cli/commands.h).
#pragma once

#include <istream>
#include <ostream>

#include "cli/options.h"

namespace stancegraph::cli {

int RunMerge(const Options& options, std::istream& in, std::ostream& err);
int RunQuery(const Options& options, std::istream& in, std::ostream& out, std::ostream& err);
int RunTimeline(const Options& options, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace stancegraph::cli
