#include "cli/output_options.h"

#include <algorithm>
#include <array>
#include <utility>

#include "cli/option_values.h"

namespace stancegraph::cli {
namespace {

struct FormatInfo {
  OutputFormat format;
  const char* name;
  const char* file;
};

constexpr std::array<FormatInfo, 9> kFormats = {{
    {OutputFormat::kDot, "dot", "graph.dot"},
    {OutputFormat::kSvg, "svg", "graph.svg"},
    {OutputFormat::kPng, "png", "graph.png"},
    {OutputFormat::kPdf, "pdf", "graph.pdf"},
    {OutputFormat::kJsonLd, "jsonld", "graph.jsonld"},
    {OutputFormat::kNQuads, "nquads", "graph.nq"},
    {OutputFormat::kGraphMl, "graphml", "graph.graphml"},
    {OutputFormat::kNeo4j, "neo4j", "neo4j"},
    {OutputFormat::kJsonl, "jsonl", "triples.jsonl"},
}};

std::string FormatList() {
  std::string list;
  for (const FormatInfo& info : kFormats) list += std::string(list.empty() ? "" : ", ") + info.name;
  return list;
}

// "dot,svg, png" -> the formats in the order given, each once.
std::optional<Problem> ParseFormats(const std::string& option, const std::string& value,
                                    std::vector<OutputFormat>* formats) {
  std::vector<OutputFormat> parsed;
  size_t start = 0;
  while (start <= value.size()) {
    size_t comma = value.find(',', start);
    if (comma == std::string::npos) comma = value.size();
    std::string name = value.substr(start, comma - start);
    name.erase(0, name.find_first_not_of(' '));
    name.erase(name.find_last_not_of(' ') + 1);
    start = comma + 1;
    if (name == "all") {
      for (const FormatInfo& info : kFormats) parsed.push_back(info.format);
      continue;
    }
    auto it = std::find_if(kFormats.begin(), kFormats.end(),
                           [&](const FormatInfo& info) { return name == info.name; });
    if (it == kFormats.end()) {
      return Problem{option, "unknown format `" + name + "` (formats: " + FormatList() + ", all)"};
    }
    parsed.push_back(it->format);
  }
  formats->clear();
  for (OutputFormat format : parsed) {
    if (std::find(formats->begin(), formats->end(), format) == formats->end()) {
      formats->push_back(format);
    }
  }
  return std::nullopt;
}

// Counts of stances and sentences: any a corpus can have.
constexpr size_t kMaxCount = 999999999;

template <typename Enum>
std::optional<Problem> ParseChoice(const std::string& option, const std::string& value,
                                   std::initializer_list<std::pair<const char*, Enum>> choices,
                                   Enum* out) {
  std::string names;
  for (const auto& [name, choice] : choices) {
    if (value == name) {
      *out = choice;
      return std::nullopt;
    }
    names += std::string(names.empty() ? "" : ", ") + name;
  }
  return Problem{option, "expects one of " + names + ", got `" + value + "`"};
}

}  // namespace

bool OutputOptions::Writes(OutputFormat format) const {
  return std::find(formats.begin(), formats.end(), format) != formats.end();
}

const char* FormatName(OutputFormat format) {
  for (const FormatInfo& info : kFormats) {
    if (info.format == format) return info.name;
  }
  return "";
}

const char* FormatFileName(OutputFormat format) {
  for (const FormatInfo& info : kFormats) {
    if (info.format == format) return info.file;
  }
  return "";
}

bool IsOutputOption(const std::string& command, const std::string& option) {
  if (command != "build" && command != "merge") return false;
  for (const char* name : {"--format", "--layout", "--group", "--evidence-url", "--node-url",
                           "--diagram-edges",
                           "--min-weight", "--top", "--actor", "--topic", "--strongest"}) {
    if (option == name) return true;
  }
  return false;
}

std::optional<Problem> SetOutputOption(const std::string& option, const std::string& value,
                                       OutputOptions* options) {
  if (option == "--format") return ParseFormats(option, value, &options->formats);
  if (option == "--layout") {
    return ParseChoice<exporters::Layout>(option, value,
                                          {{"dot", exporters::Layout::kDot},
                                           {"neato", exporters::Layout::kNeato},
                                           {"sfdp", exporters::Layout::kSfdp}},
                                          &options->layout);
  }
  if (option == "--group") {
    return ParseChoice<exporters::Grouping>(option, value,
                                            {{"type", exporters::Grouping::kType},
                                             {"camp", exporters::Grouping::kCamp},
                                             {"none", exporters::Grouping::kNone}},
                                            &options->grouping);
  }
  if (option == "--evidence-url") {
    options->evidence_url = value;
    return std::nullopt;
  }
  if (option == "--node-url") {
    options->node_url = value;
    return std::nullopt;
  }
  if (option == "--min-weight") {
    return ParseCount(option, value, 0, kMaxCount, &options->filter.min_weight);
  }
  if (option == "--top") return ParseCount(option, value, 0, kMaxCount, &options->filter.top);
  if (option == "--diagram-edges") {
    return ParseCount(option, value, 0, kMaxCount, &options->diagram_edges);
  }
  if (option == "--strongest") return ParseCount(option, value, 0, 1000, &options->strongest);
  if (value.find_first_not_of(" \t") == std::string::npos) {
    return Problem{option, "needs WORDS, got an empty string"};
  }
  if (option == "--actor") {
    options->filter.actors.push_back(value);
  } else {
    options->filter.topics.push_back(value);
  }
  return std::nullopt;
}

std::string OutputHelpText() {
  return R"(output:
  --format LIST           what to write, a comma list (default: dot,svg,jsonld):
                            dot      graph.dot      Graphviz DOT (cgraph)
                            svg      graph.svg      rendered diagram, tooltips and links
                            png      graph.png      rendered diagram, bitmap
                            pdf      graph.pdf      rendered diagram, vector, with links
                            jsonld   graph.jsonld   JSON-LD 1.1 (RDF)
                            nquads   graph.nq       the same RDF as N-Quads, for bulk loaders
                            graphml  graph.graphml  GraphML for Gephi, yEd, networkx
                            neo4j    neo4j/         CSV bundle and Cypher script for Neo4j
                            jsonl    triples.jsonl  the triples, lossless (read by `merge`)
                          or `all`
  --layout ENGINE         dot (layered, default), neato or sfdp (big graphs)
  --group BY              box actors by type (default), by camp on the main
                          topic (for / against / both), or none
  --evidence-url TEMPLATE link of each edge to its best evidence, with {doc},
                          {start}, {end}, {sentence}; default: the document
                          when its id is an http(s) URL
  --node-url TEMPLATE     link of each node, with {id} and {name}
  --diagram-edges N       draw at most the N strongest stances (default: 500;
                          0: all); the data formats keep every one
filters (all outputs but triples.jsonl; the summary describes what is kept):
  --min-weight N          keep stances stated in at least N distinct sentences
  --top N                 keep the N strongest stances (most sentences first)
  --actor WORDS           keep stances of actors matching WORDS; repeatable
  --topic WORDS           keep stances on topics matching WORDS; repeatable
  --strongest N           strongest stances listed in the summary (default: 10)
)";
}

}  // namespace stancegraph::cli
