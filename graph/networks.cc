// Derived networks: counting statements under a duplicates policy, and the
// congruence, conflict, subtract and topic networks with their
// normalizations (see networks.h for the formulas).
#include "graph/networks.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/date.h"

namespace stancegraph::networks {
namespace {

namespace chrono = std::chrono;

constexpr int64_t kMaxPeriodUnits = 36600;

// ---------------------------------------------------------------------------
// Statements: one per evidence item, placed at one of its sources.

// The source a statement is counted at: its earliest dated source (within
// `window` when given), ties in source order; without a window and with no
// dated source, its first source. nullptr when it has none in the window.
struct Placement {
  const std::string* doc = nullptr;
  std::optional<std::string> date;  // ISO day, when dated
};

std::optional<Placement> Place(const Evidence& evidence, const std::optional<TimeWindow>& window) {
  std::optional<Placement> best;
  std::optional<int64_t> best_day;
  auto consider = [&](const std::string& doc, const std::string& date) {
    const std::optional<std::string> day_text = IsoDatePrefix(date);
    const std::optional<int64_t> day = day_text ? DayNumber(*day_text) : std::nullopt;
    if (window && (!day || !window->Contains(*day))) return;
    if (!day) {
      if (!best) best = Placement{&doc, std::nullopt};
      return;
    }
    if (!best_day || *day < *best_day) {
      best = Placement{&doc, day_text};
      best_day = day;
    }
  };
  for (const EvidenceSource& source : evidence.sources) consider(source.doc, source.date);
  return best;
}

// The duplicates key of a placed statement: statements with equal keys count once.
std::string DuplicateKey(const Placement& placement, Duplicates duplicates) {
  if (duplicates == Duplicates::kDocument || !placement.date) return "doc\n" + *placement.doc;
  const DateWindow period = duplicates == Duplicates::kWeek    ? DateWindow::kWeek
                            : duplicates == Duplicates::kMonth ? DateWindow::kMonth
                                                               : DateWindow::kYear;
  return "date\n" + WindowOf(*placement.date, period);
}

// ---------------------------------------------------------------------------
// Pair sums over rows of two-slot cells.
//
// A row (an actor, or a topic) has cells grouped by a column (a topic, or an
// actor); each group has two slots (support, oppose for actors; the one
// stance for topic networks, the other slot zero). For a pair of rows the
// sums below give every numerator and the jaccard denominator.

using Slots = std::array<double, 2>;

struct PairSums {
  double same = 0;      // sum over groups of x0*y0 + x1*y1 (= m11)
  double opposite = 0;  // sum over groups of x0*y1 + x1*y0
  double shared_x = 0;  // sum of x_c over cells where both are > 0
  double shared_y = 0;  // sum of y_c over cells where both are > 0
};

struct RowTotals {
  double sum = 0;      // |x|
  double squares = 0;  // sum of x_c^2
};

// Calls on_pair(i, j, sums) for every pair of rows i < j that share a
// group, in (i, j) order. groups: per column, the rows with a non-zero cell
// there, in row order. Row by row, so memory beyond the input is one slot
// per row, however dense the network.
template <typename OnPair>
void SumPairs(size_t rows, const std::vector<std::vector<std::pair<size_t, Slots>>>& groups,
              OnPair on_pair) {
  // Per row: (group, position of the row in the group).
  std::vector<std::vector<std::pair<size_t, size_t>>> places(rows);
  for (size_t group = 0; group < groups.size(); ++group) {
    for (size_t position = 0; position < groups[group].size(); ++position) {
      places[groups[group][position].first].emplace_back(group, position);
    }
  }
  std::vector<PairSums> sums(rows);
  std::vector<bool> seen(rows, false);
  std::vector<size_t> touched;
  for (size_t i = 0; i < rows; ++i) {
    touched.clear();
    for (const auto& [group_index, position] : places[i]) {
      const auto& group = groups[group_index];
      const Slots& x = group[position].second;
      for (size_t k = position + 1; k < group.size(); ++k) {
        const size_t j = group[k].first;
        const Slots& y = group[k].second;
        if (!seen[j]) {
          seen[j] = true;
          sums[j] = PairSums{};
          touched.push_back(j);
        }
        PairSums& pair = sums[j];
        pair.same += x[0] * y[0] + x[1] * y[1];
        pair.opposite += x[0] * y[1] + x[1] * y[0];
        for (size_t slot = 0; slot < 2; ++slot) {
          if (x[slot] > 0 && y[slot] > 0) {
            pair.shared_x += x[slot];
            pair.shared_y += y[slot];
          }
        }
      }
    }
    std::sort(touched.begin(), touched.end());
    for (size_t j : touched) {
      on_pair(i, j, sums[j]);
      seen[j] = false;
    }
  }
}

double Denominator(Normalization normalization, const RowTotals& x, const RowTotals& y,
                   const PairSums& sums) {
  switch (normalization) {
    case Normalization::kNone: return 1;
    case Normalization::kAverage: return (x.sum + y.sum) / 2;
    case Normalization::kJaccard:
      return (x.sum - sums.shared_x) + (y.sum - sums.shared_y) + sums.same;
    case Normalization::kCosine: return std::sqrt(x.squares) * std::sqrt(y.squares);
  }
  return 1;
}

// The rows of one network and their cells, from the graph.
struct Table {
  std::vector<StanceGraph::Vertex> rows;  // sorted by id
  std::vector<RowTotals> totals;
  std::vector<std::vector<std::pair<size_t, Slots>>> groups;
};

// Actor rows, topic groups: slot 0 support, slot 1 oppose.
// Topic rows, actor groups: slot 0 the counts of `stance`.
// With most_active > 0, only that many rows, those with most statements (ties by id).
Table MakeTable(const StanceGraph& graph, bool actor_rows, Stance stance, Duplicates duplicates,
                size_t most_active, const std::optional<TimeWindow>& window) {
  const StanceGraph::Graph& g = graph.graph();
  // Vertices by rank in id order: cells are kept and compared by rank, which
  // orders them as their ids would, without a string in sight.
  const std::vector<StanceGraph::Vertex> by_rank = graph.VerticesInOrder();
  const std::vector<size_t> rank = graph.VertexRanks();

  struct Cell {
    size_t row;     // ranks
    size_t column;
    Slots slots{};
  };
  // One entry per counted edge; an actor's support and oppose edges to one
  // topic are two entries of the same cell, joined once sorted.
  std::vector<Cell> entries;
  for (const StanceGraph::Edge& edge : graph.EdgesInOrder()) {
    const StanceEdge& stance_edge = g[edge];
    if (!actor_rows && stance_edge.stance != stance) continue;
    const double count = CountStatements(stance_edge, duplicates, window);
    if (count == 0) continue;
    const size_t actor = rank[source(edge, g)];
    const size_t topic = rank[target(edge, g)];
    Cell cell{actor_rows ? actor : topic, actor_rows ? topic : actor, {}};
    cell.slots[actor_rows && stance_edge.stance == Stance::kOppose ? 1 : 0] = count;
    entries.push_back(cell);
  }
  std::sort(entries.begin(), entries.end(), [](const Cell& a, const Cell& b) {
    return std::tie(a.row, a.column) < std::tie(b.row, b.column);
  });
  std::vector<Cell> cells;
  for (const Cell& entry : entries) {
    if (!cells.empty() && cells.back().row == entry.row && cells.back().column == entry.column) {
      cells.back().slots[0] += entry.slots[0];
      cells.back().slots[1] += entry.slots[1];
    } else {
      cells.push_back(entry);
    }
  }
  entries = {};

  // The rows, in rank order; with most_active, only the most active ones.
  std::vector<size_t> rows;
  std::vector<double> activity;
  for (const Cell& cell : cells) {
    if (rows.empty() || rows.back() != cell.row) {
      rows.push_back(cell.row);
      activity.push_back(0);
    }
    activity.back() += cell.slots[0] + cell.slots[1];
  }
  std::vector<bool> kept_rank(by_rank.size(), true);
  if (most_active > 0 && rows.size() > most_active) {
    std::vector<std::pair<double, size_t>> ranked;
    for (size_t i = 0; i < rows.size(); ++i) ranked.emplace_back(-activity[i], rows[i]);
    std::sort(ranked.begin(), ranked.end());
    for (size_t i = most_active; i < ranked.size(); ++i) kept_rank[ranked[i].second] = false;
    std::erase_if(rows, [&](size_t row) { return !kept_rank[row]; });
    std::erase_if(cells, [&](const Cell& cell) { return !kept_rank[cell.row]; });
  }

  Table table;
  std::vector<size_t> row_index(by_rank.size());
  for (size_t row : rows) {
    row_index[row] = table.rows.size();
    table.rows.push_back(by_rank[row]);
  }
  table.totals.resize(table.rows.size());
  std::unordered_map<size_t, size_t> group_index;  // column rank -> group
  for (const Cell& cell : cells) {
    const size_t row = row_index[cell.row];
    for (double value : cell.slots) {
      table.totals[row].sum += value;
      table.totals[row].squares += value * value;
    }
    auto [it, added] = group_index.emplace(cell.column, table.groups.size());
    if (added) table.groups.emplace_back();
    table.groups[it->second].emplace_back(row, cell.slots);
  }
  // Cells were visited by row, so each group lists its rows in row order.
  return table;
}

Network MakeNetwork(const StanceGraph& graph, const Table& table, std::string name,
                    NetworkType type, const NetworkOptions& options,
                    const std::optional<TimeWindow>& window) {
  const StanceGraph::Graph& g = graph.graph();
  Network network;
  network.name = std::move(name);
  network.type = type;
  network.normalization = options.normalization;
  network.duplicates = options.duplicates;
  network.window = window;
  for (size_t i = 0; i < table.rows.size(); ++i) {
    const StanceNode& node = g[table.rows[i]];
    network.nodes.push_back({node.id, node.name, node.kind, node.actor_type, table.totals[i].sum});
  }
  SumPairs(table.rows.size(), table.groups, [&](size_t i, size_t j, const PairSums& sums) {
    double numerator = 0;
    switch (type) {
      case NetworkType::kCongruence:
      case NetworkType::kTopics: numerator = sums.same; break;
      case NetworkType::kConflict: numerator = sums.opposite; break;
      case NetworkType::kSubtract: numerator = sums.same - sums.opposite; break;
    }
    if (numerator == 0) return;
    const double denominator =
        Denominator(options.normalization, table.totals[i], table.totals[j], sums);
    if (denominator <= 0) return;  // cannot happen: both rows have statements
    network.edges.push_back({i, j, numerator / denominator});
  });
  return network;
}

// The dated range of the graph's evidence sources.
std::optional<std::pair<int64_t, int64_t>> DatedRange(const StanceGraph& graph) {
  std::optional<std::pair<int64_t, int64_t>> range;
  auto take = [&](const std::string& date) {
    const std::optional<int64_t> day = DayNumber(date);
    if (!day) return;
    if (!range) {
      range = std::make_pair(*day, *day);
    } else {
      range->first = std::min(range->first, *day);
      range->second = std::max(range->second, *day);
    }
  };
  const StanceGraph::Graph& g = graph.graph();
  for (const StanceGraph::Edge& edge : graph.EdgesInOrder()) {
    for (const Evidence& evidence : g[edge].evidence) {
      for (const EvidenceSource& source : evidence.sources) take(source.date);
    }
  }
  return range;
}

}  // namespace

// ---------------------------------------------------------------------------
// Names

std::optional<NetworkType> ParseNetworkType(std::string_view name) {
  if (name == "congruence") return NetworkType::kCongruence;
  if (name == "conflict") return NetworkType::kConflict;
  if (name == "subtract") return NetworkType::kSubtract;
  if (name == "topics") return NetworkType::kTopics;
  return std::nullopt;
}

std::optional<Normalization> ParseNormalization(std::string_view name) {
  if (name == "none") return Normalization::kNone;
  if (name == "average") return Normalization::kAverage;
  if (name == "jaccard") return Normalization::kJaccard;
  if (name == "cosine") return Normalization::kCosine;
  return std::nullopt;
}

std::optional<Duplicates> ParseDuplicates(std::string_view name) {
  if (name == "statement") return Duplicates::kStatement;
  if (name == "document") return Duplicates::kDocument;
  if (name == "week") return Duplicates::kWeek;
  if (name == "month") return Duplicates::kMonth;
  if (name == "year") return Duplicates::kYear;
  return std::nullopt;
}

std::string_view NetworkTypeName(NetworkType type) {
  switch (type) {
    case NetworkType::kCongruence: return "congruence";
    case NetworkType::kConflict: return "conflict";
    case NetworkType::kSubtract: return "subtract";
    case NetworkType::kTopics: return "topics";
  }
  return "congruence";
}

std::string_view NormalizationName(Normalization normalization) {
  switch (normalization) {
    case Normalization::kNone: return "none";
    case Normalization::kAverage: return "average";
    case Normalization::kJaccard: return "jaccard";
    case Normalization::kCosine: return "cosine";
  }
  return "none";
}

std::string_view DuplicatesName(Duplicates duplicates) {
  switch (duplicates) {
    case Duplicates::kStatement: return "statement";
    case Duplicates::kDocument: return "document";
    case Duplicates::kWeek: return "week";
    case Duplicates::kMonth: return "month";
    case Duplicates::kYear: return "year";
  }
  return "statement";
}

// ---------------------------------------------------------------------------
// Days and windows

std::optional<int64_t> DayNumber(std::string_view text) { return DaysSinceEpoch(text); }

std::string IsoDay(int64_t day) {
  const chrono::year_month_day ymd{chrono::sys_days{chrono::days{day}}};
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return text;
}

std::optional<Period> ParsePeriod(std::string_view text) {
  Period period;
  if (!text.empty() && (text.back() == 'd' || text.back() == 'w' || text.back() == 'm')) {
    period.unit = text.back() == 'd'   ? Period::Unit::kDays
                  : text.back() == 'w' ? Period::Unit::kWeeks
                                       : Period::Unit::kMonths;
    text.remove_suffix(1);
  }
  if (text.empty() || text.size() > 5) return std::nullopt;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    period.count = period.count * 10 + (c - '0');
  }
  if (period.count < 1 || period.count > kMaxPeriodUnits) return std::nullopt;
  return period;
}

int64_t AddPeriods(int64_t day, Period period, int64_t times) {
  switch (period.unit) {
    case Period::Unit::kDays: return day + period.count * times;
    case Period::Unit::kWeeks: return day + 7 * period.count * times;
    case Period::Unit::kMonths: break;
  }
  const chrono::year_month_day start{chrono::sys_days{chrono::days{day}}};
  const chrono::year_month_day moved = start + chrono::months{period.count * times};
  const chrono::year_month_day_last month_end{moved.year(), chrono::month_day_last{moved.month()}};
  const chrono::year_month_day clamped = moved.ok() ? moved : chrono::year_month_day{month_end};
  return chrono::sys_days{clamped}.time_since_epoch().count();
}

std::vector<TimeWindow> MovingWindows(int64_t first, int64_t last, Period window, Period step) {
  std::vector<TimeWindow> windows;
  for (int64_t k = 0;; ++k) {
    const int64_t start = AddPeriods(first, step, k);
    if (start > last) break;
    const TimeWindow current{start, AddPeriods(start, window, 1) - 1};
    windows.push_back(current);
    if (current.last >= last) break;
  }
  return windows;
}

std::vector<TimeWindow> MovingWindows(const StanceGraph& graph, Period window, Period step) {
  const std::optional<std::pair<int64_t, int64_t>> range = DatedRange(graph);
  if (!range) return {};
  return MovingWindows(range->first, range->second, window, step);
}

// ---------------------------------------------------------------------------
// Counts and networks

double CountStatements(const StanceEdge& edge, Duplicates duplicates,
                       const std::optional<TimeWindow>& window) {
  // Exact even when the graph keeps only a sample of the evidence.
  if (duplicates == Duplicates::kStatement && !window) return static_cast<double>(edge.mentions);
  size_t statements = 0;
  std::set<std::string> keys;
  for (const Evidence& evidence : edge.evidence) {
    const std::optional<Placement> placement = Place(evidence, window);
    if (!placement) continue;
    if (duplicates == Duplicates::kStatement) {
      ++statements;
    } else {
      keys.insert(DuplicateKey(*placement, duplicates));
    }
  }
  return static_cast<double>(duplicates == Duplicates::kStatement ? statements : keys.size());
}

std::vector<Network> DeriveNetworks(const StanceGraph& graph, const NetworkOptions& options,
                                    const std::optional<TimeWindow>& window) {
  std::vector<Network> networks;
  if (options.type == NetworkType::kTopics) {
    for (Stance stance : {Stance::kSupport, Stance::kOppose}) {
      const Table table =
          MakeTable(graph, false, stance, options.duplicates, options.most_active, window);
      networks.push_back(MakeNetwork(graph, table, "topics-" + std::string(StanceName(stance)),
                                     options.type, options, window));
    }
  } else {
    const Table table =
        MakeTable(graph, true, Stance::kSupport, options.duplicates, options.most_active, window);
    networks.push_back(MakeNetwork(graph, table, std::string(NetworkTypeName(options.type)),
                                   options.type, options, window));
  }
  return networks;
}

}  // namespace stancegraph::networks
