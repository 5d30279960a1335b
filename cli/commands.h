// The commands of `stancegraph`, callable from tests as ordinary functions.
//
// Run() reads the inputs named in `options`, writes results to `out` (or to
// files for `build`), reports problems and the summary on `err`, and
// returns the process exit status (see HelpText).
#pragma once

#include <istream>
#include <ostream>

#include "cli/options.h"

namespace stancegraph::cli {

enum ExitStatus { kOk = 0, kInputSkipped = 1, kUsage = 2, kOutputFailed = 3 };

int Run(const Options& options, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace stancegraph::cli
