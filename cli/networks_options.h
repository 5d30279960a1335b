// Options of `stancegraph networks`, kept apart from options.cc so that the
// command's parsing and help live in one place (cli/networks_options.cc).
#pragma once

#include <optional>
#include <string>

#include "core/problem.h"
#include "graph/networks.h"

namespace stancegraph::cli {

struct NetworksOptions {
  networks::NetworkType type = networks::NetworkType::kCongruence;
  networks::Normalization normalization = networks::Normalization::kNone;
  networks::Duplicates duplicates = networks::Duplicates::kStatement;
  std::optional<networks::Period> window;  // --window: one network per moving window
  std::optional<networks::Period> step;    // --step (default: the window's length)
};

// True for the options only `networks` takes: --type, --normalize,
// --duplicates, --window, --step (each takes a value).
bool IsNetworksOption(const std::string& option);

// Reads one of them; a Problem names the option and what it expects.
std::optional<Problem> SetNetworksOption(const std::string& option, const std::string& value,
                                         NetworksOptions* options);

// Checks the options together once all are read (--step needs --window).
std::optional<Problem> CheckNetworksOptions(const NetworksOptions& options);

// `stancegraph networks --help`.
std::string NetworksHelpText();

}  // namespace stancegraph::cli
