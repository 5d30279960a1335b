#include "cli/networks_command.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/graph_output.h"
#include "core/problem.h"
#include "export/network_exporter.h"
#include "graph/camps.h"
#include "graph/networks.h"

namespace stancegraph::cli {
namespace {

constexpr size_t kMainTopics = 3;      // topics whose camps the summary shows
constexpr size_t kCampNames = 4;       // names shown per camp
constexpr size_t kCoalitions = 3;      // coalitions shown
constexpr size_t kCoalitionNames = 6;  // names shown per coalition
constexpr size_t kBrokers = 5;
// Coalitions and brokers are computed among this many most active actors at
// most, so that betweenness (time: actors x agreements) stays quick on a
// corpus-scale graph.
constexpr size_t kSummaryActors = 500;

// " Poland 2, Lithuania 1 (+3 more)"; "" for no members.
std::string CampText(const std::vector<networks::CampMember>& members) {
  std::string text;
  for (size_t i = 0; i < members.size() && i < kCampNames; ++i) {
    text += i > 0 ? ", " : " ";
    text += members[i].name + " " + exporters::FormatWeight(members[i].statements);
  }
  if (members.size() > kCampNames) {
    text += " (+" + std::to_string(members.size() - kCampNames) + " more)";
  }
  return text;
}

}  // namespace

int WriteNetworks(const StanceGraph& graph, const Options& options, std::ostream& err) {
  if (!CreateOutputDirectory(options, err)) return kOutputFailed;
  const NetworksOptions& chosen = options.networks;
  networks::NetworkOptions network_options;
  network_options.type = chosen.type;
  network_options.normalization = chosen.normalization;
  network_options.duplicates = chosen.duplicates;

  std::vector<std::optional<networks::TimeWindow>> windows;
  if (chosen.window) {
    for (const networks::TimeWindow& window :
         networks::MovingWindows(graph, *chosen.window, chosen.step.value_or(*chosen.window))) {
      windows.emplace_back(window);
    }
    if (windows.empty() && !options.quiet) {
      err << "stancegraph networks: no dated statements, so no time windows\n";
    }
  } else {
    windows.emplace_back(std::nullopt);
  }

  const std::filesystem::path dir(options.output_directory);
  int result = kOk;
  for (const std::optional<networks::TimeWindow>& window : windows) {
    for (const networks::Network& network :
         networks::DeriveNetworks(graph, network_options, window)) {
      std::string stem = network.name;
      if (window) {
        stem += "_" + networks::IsoDay(window->first) + "_" + networks::IsoDay(window->last);
      }
      const std::string kind = network.type == networks::NetworkType::kTopics ? "topic" : "actor";
      const std::string counts =
          Counted(network.nodes.size(), kind.c_str()) + ", " + Counted(network.edges.size(), "edge");
      const std::string dot = (dir / (stem + ".dot")).string();
      const std::string csv = (dir / (stem + ".csv")).string();
      std::vector<std::string> written;
      for (const auto& [path, problem] :
           {std::pair{dot, exporters::WriteNetworkDot(network, dot, "")},
            std::pair{csv, exporters::WriteNetworkCsv(network, csv)}}) {
        if (problem) {
          err << "stancegraph: " << problem->ToString() << "\n";
          result = kOutputFailed;
        } else {
          written.push_back(path);
        }
      }
      if (!options.quiet && !written.empty()) {
        err << "wrote " << written.front();
        if (written.size() == 2) err << " and .csv";
        err << " (" << counts << ")\n";
      }
    }
  }
  return result;
}

void PrintCampsSummary(const StanceGraph& graph, std::ostream& err) {
  // Camps of the main topics: those with most actors, and at least two.
  std::vector<networks::TopicCamps> camps =
      networks::Camps(graph, networks::Duplicates::kStatement, kMainTopics);
  size_t shown = 0;
  for (const networks::TopicCamps& topic : camps) {
    if (shown == kMainTopics || topic.actors < 2) break;
    if (shown++ == 0) err << "camps of the main topics (actors, statements):\n";
    err << "  " << topic.name << ": for (" << topic.supporters.size() << ")"
        << CampText(topic.supporters) << "; against (" << topic.opponents.size() << ")"
        << CampText(topic.opponents) << "\n";
  }

  // Coalitions and brokers in the congruence network.
  networks::NetworkOptions congruence;
  congruence.type = networks::NetworkType::kCongruence;
  congruence.most_active = kSummaryActors;
  const std::vector<networks::Network> derived = networks::DeriveNetworks(graph, congruence);
  const networks::Network& network = derived.front();
  std::vector<std::vector<size_t>> coalitions;
  for (std::vector<size_t>& component : networks::Components(network)) {
    if (component.size() < 2) continue;
    // Most active first, then in node (id) order.
    std::stable_sort(component.begin(), component.end(), [&](size_t a, size_t b) {
      return network.nodes[a].activity > network.nodes[b].activity;
    });
    coalitions.push_back(std::move(component));
  }
  const std::string among =
      graph.ActorCount() > kSummaryActors
          ? " among the " + std::to_string(kSummaryActors) + " most active actors"
          : "";
  if (!coalitions.empty()) {
    err << "coalitions (actors linked by shared stances" << among << "): " << coalitions.size()
        << "\n";
    for (size_t i = 0; i < coalitions.size() && i < kCoalitions; ++i) {
      const std::vector<size_t>& members = coalitions[i];
      err << "  ";
      for (size_t k = 0; k < members.size() && k < kCoalitionNames; ++k) {
        err << (k > 0 ? ", " : "") << network.nodes[members[k]].name;
      }
      if (members.size() > kCoalitionNames) {
        err << " (+" << members.size() - kCoalitionNames << " more)";
      }
      err << "\n";
    }
    if (coalitions.size() > kCoalitions) {
      err << "  (+" << coalitions.size() - kCoalitions << " more)\n";
    }
  }
  const std::vector<networks::Broker> brokers = networks::Brokers(network, kBrokers);
  if (!brokers.empty()) {
    err << "brokers (betweenness in the congruence network" << among << "): ";
    for (size_t i = 0; i < brokers.size(); ++i) {
      // One decimal is enough to rank brokers; the CSV exports keep full precision.
      char score[32];
      std::snprintf(score, sizeof score, "%.1f", brokers[i].betweenness);
      err << (i > 0 ? ", " : "") << network.nodes[brokers[i].node].name << " " << score;
    }
    err << "\n";
  }
}

}  // namespace stancegraph::cli
