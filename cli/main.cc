// stancegraph: news text in, stance graph out. Parses the command line and
// hands over to cli::Run; see `stancegraph --help`.
#include <malloc.h>

#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/options.h"

int main(int argc, char** argv) {
  // glibc adapts its mmap threshold to the sizes freed and trims each
  // thread's heap back to the system as it shrinks; with documents read on
  // one thread and freed on another, that churn cost a tenth of the
  // extraction time (bench/). A fixed threshold turns both off.
  mallopt(M_MMAP_THRESHOLD, 1 << 20);
  std::ios::sync_with_stdio(false);
  std::vector<std::string> args(argv + 1, argv + argc);
  stancegraph::cli::Options options;
  if (auto problem = stancegraph::cli::ParseOptions(args, &options)) {
    std::cerr << "stancegraph: " << problem->ToString() << "\n";
    return stancegraph::cli::kUsage;
  }
  return stancegraph::cli::Run(options, std::cin, std::cout, std::cerr);
}
