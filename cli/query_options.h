// Options of `merge`, `query` and `timeline`, and the date filter that
// `build` shares with them, kept apart from options.cc so that parsing and
// help for these commands live in one place (cli/query_options.cc).
#pragma once

#include <optional>
#include <string>

#include "core/date.h"
#include "core/problem.h"

namespace stancegraph::cli {

struct QueryOptions {
  DateRange dates;                         // --since, --until (all but extract and eval)
  std::string actor;                       // --actor WORDS (query, timeline)
  std::string topic;                       // --topic WORDS (query, timeline)
  DateWindow window = DateWindow::kMonth;  // --window (timeline)
};

// True for the options of this file that `command` takes (each takes a
// value): --since/--until for build, merge, networks, query and timeline; --actor and
// --topic for query and timeline; --window for timeline.
bool IsQueryOption(const std::string& command, const std::string& option);

// Reads one of them; a Problem names the option and what it expects.
std::optional<Problem> SetQueryOption(const std::string& option, const std::string& value,
                                      QueryOptions* options);

// Checks the options together once all are read: --since not after
// --until; query needs --actor or --topic, timeline both.
std::optional<Problem> CheckQueryOptions(const std::string& command, const QueryOptions& options);

// `stancegraph merge|query|timeline --help`.
std::string MergeHelpText();
std::string QueryHelpText();
std::string TimelineHelpText();

}  // namespace stancegraph::cli
