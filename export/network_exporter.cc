// DOT (cgraph) and CSV writers for the derived networks.
#include "export/network_exporter.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>
#include <stdexcept>
#include <variant>

#include "core/utf8.h"
#include "export/atomic_file.h"
#include "export/cgraph_graph.h"
#include "export/csv_field.h"
#include "export/diagram.h"

namespace stancegraph::exporters {
namespace {

using networks::Network;
using networks::NetworkEdge;
using networks::NetworkNode;
using networks::NetworkType;

constexpr const char* kFontName = "Helvetica";
constexpr const char* kAgreeColor = "#1a7f37";
constexpr const char* kDisagreeColor = "#c62828";

std::string Plural(size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

bool Disagreement(const Network& network, double weight) {
  return network.type == NetworkType::kConflict || weight < 0;
}

// The DOT text, or a Problem with `where` empty.
std::variant<std::string, Problem> RenderDot(const Network& network, const std::string& title) {
  GraphvizErrors errors;
  std::optional<CGraph> root = CGraph::OpenUndirected("stancegraph_network");
  if (!root) return Problem{"", "graphviz: cannot create a graph: " + errors.Text("no detail")};
  Checker check(errors);
  Agraph_t* g = root->get();

  const std::string kind = network.type == NetworkType::kTopics ? "topic" : "actor";
  std::string label = title.empty() ? "" : title + "\n";
  label += NetworkDescription(network) + "\n" + Plural(network.nodes.size(), kind.c_str()) + ", " +
           Plural(network.edges.size(), "edge");
  check.Set(g, "label", EscString(label));
  check.Set(g, "labelloc", "t");
  check.Set(g, "fontname", kFontName);
  check.Set(g, "overlap", "false");

  std::vector<Agnode_t*> nodes;
  for (const NetworkNode& node : network.nodes) {
    Agnode_t* drawn = check.Created(agnode(g, Mutable(node.id), 1), "node `" + node.id + "`");
    if (!check.ok()) return check.problem();
    check.Set(drawn, "label", EscString(node.name));
    if (node.kind == NodeKind::kActor) {
      check.Set(drawn, "shape", "box");
      check.Set(drawn, "style", "filled,rounded");
      check.Set(drawn, "fillcolor", ActorFill(node.actor_type));
    } else {
      check.Set(drawn, "shape", "ellipse");
    }
    check.Set(drawn, "fontname", kFontName);
    check.Set(drawn, "tooltip", EscString(node.name + ": activity " + FormatWeight(node.activity)));
    nodes.push_back(drawn);
  }
  double strongest = 0;
  for (const NetworkEdge& edge : network.edges)
    strongest = std::max(strongest, std::abs(edge.weight));
  for (const NetworkEdge& edge : network.edges) {
    const NetworkNode& from = network.nodes[edge.source];
    const NetworkNode& to = network.nodes[edge.target];
    Agedge_t* drawn = check.Created(agedge(g, nodes[edge.source], nodes[edge.target], nullptr, 1),
                                    "edge `" + from.id + "` -- `" + to.id + "`");
    if (!check.ok()) return check.problem();
    const bool disagree = Disagreement(network, edge.weight);
    const std::string weight = FormatWeight(edge.weight);
    check.Set(drawn, "label", weight);
    check.Set(drawn, "color", disagree ? kDisagreeColor : kAgreeColor);
    check.Set(drawn, "fontcolor", disagree ? kDisagreeColor : kAgreeColor);
    check.Set(drawn, "style", disagree ? "dashed" : "solid");
    check.Set(drawn, "penwidth",
              Decimal(1.0 + 3.0 * (strongest > 0 ? std::abs(edge.weight) / strongest : 0), 2));
    check.Set(drawn, "fontname", kFontName);
    check.Set(drawn, "tooltip", EscString(from.name + " -- " + to.name + ": " + weight));
  }
  if (!check.ok()) return check.problem();

  std::string text;
  if (!root->WriteDot(&text)) {
    return Problem{"", "graphviz: cannot write dot: " + errors.Text("agwrite failed")};
  }
  return text;
}

// A name as a CSV field, made valid UTF-8 first (invalid bytes become
// U+FFFD) so that every reader decodes the file.
std::string NameField(const std::string& raw) {
  return CsvField(IsValidUtf8(raw) ? raw : ToValidUtf8(raw));
}

}  // namespace

std::string FormatWeight(double weight) {
  if (!std::isfinite(weight)) return "0";
  char buffer[64];
  auto [end, error] =
      std::to_chars(buffer, buffer + sizeof buffer, weight, std::chars_format::fixed, 6);
  if (error != std::errc()) return "0";
  std::string text(buffer, end);
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  if (text == "-0") text = "0";
  return text;
}

std::string NetworkDescription(const Network& network) {
  std::string text = network.name + " network, normalization " +
                     std::string(networks::NormalizationName(network.normalization)) +
                     ", duplicates " + std::string(networks::DuplicatesName(network.duplicates));
  if (network.window) {
    text += ", " + networks::IsoDay(network.window->first) + " to " +
            networks::IsoDay(network.window->last);
  }
  return text;
}

std::string NetworkDotText(const Network& network, const std::string& title) {
  std::variant<std::string, Problem> text = RenderDot(network, title);
  if (auto* problem = std::get_if<Problem>(&text)) throw std::runtime_error(problem->ToString());
  return std::get<std::string>(std::move(text));
}

std::optional<Problem> WriteNetworkDot(const Network& network, const std::string& path,
                                       const std::string& title) {
  std::variant<std::string, Problem> text = RenderDot(network, title);
  if (auto* problem = std::get_if<Problem>(&text)) return Problem{path, problem->message};
  return WriteFileAtomically(path, std::get<std::string>(text));
}

std::string NetworkCsvText(const Network& network) {
  std::string text = "source,target,weight\n";
  for (const NetworkEdge& edge : network.edges) {
    text += NameField(network.nodes[edge.source].name) + "," +
            NameField(network.nodes[edge.target].name) + "," + FormatWeight(edge.weight) + "\n";
  }
  return text;
}

std::optional<Problem> WriteNetworkCsv(const Network& network, const std::string& path) {
  return WriteFileAtomically(path, NetworkCsvText(network));
}

}  // namespace stancegraph::exporters
