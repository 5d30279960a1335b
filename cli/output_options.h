// What `build` and `merge` write and how: the output formats (--format), the
// diagram's layout, grouping and links, and the filters that keep a big
// graph legible (--min-weight, --top, --actor, --topic), kept apart from
// options.cc so parsing and help for them live in one place.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/problem.h"
#include "export/exporters.h"
#include "graph/filter.h"

namespace stancegraph::cli {

enum class OutputFormat { kDot, kSvg, kPng, kPdf, kJsonLd, kNQuads, kGraphMl, kNeo4j, kJsonl };

struct OutputOptions {
  std::vector<OutputFormat> formats = {OutputFormat::kDot, OutputFormat::kSvg,
                                       OutputFormat::kJsonLd};
  exporters::Layout layout = exporters::Layout::kDot;        // --layout
  exporters::Grouping grouping = exporters::Grouping::kType;  // --group
  std::string evidence_url;                                   // --evidence-url TEMPLATE
  std::string node_url;                                       // --node-url TEMPLATE
  size_t diagram_edges = 500;                                 // --diagram-edges N (0: all)
  GraphFilter filter;  // --min-weight, --top, --actor, --topic
  size_t strongest = 10;  // --strongest N: stances listed in the summary

  bool Writes(OutputFormat format) const;
};

// The format's name on the command line ("graphml") and what it writes
// under the output directory ("graph.graphml"; "neo4j" is a directory).
const char* FormatName(OutputFormat format);
const char* FormatFileName(OutputFormat format);

// True for the options of this file (build and merge); each takes a value.
bool IsOutputOption(const std::string& command, const std::string& option);

// Reads one of them; a Problem names the option and what it expects.
std::optional<Problem> SetOutputOption(const std::string& option, const std::string& value,
                                       OutputOptions* options);

// The options' lines for `build --help` and `merge --help`.
std::string OutputHelpText();

}  // namespace stancegraph::cli
