// stancegraph: news text in, stance graph out. Parses the command line and
// hands over to cli::Run; see `stancegraph --help`.
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/options.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  std::vector<std::string> args(argv + 1, argv + argc);
  stancegraph::cli::Options options;
  if (auto problem = stancegraph::cli::ParseOptions(args, &options)) {
    std::cerr << "stancegraph: " << problem->ToString() << "\n";
    return stancegraph::cli::kUsage;
  }
  return stancegraph::cli::Run(options, std::cin, std::cout, std::cerr);
}
