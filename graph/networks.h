// Derived networks, as discourse network analysis (DNA, rDNA) defines them.
//
// The stance graph is two-mode: actors state a stance (support, oppose) on
// topics. Analysts read one-mode networks out of it:
//
//   congruence  actor -- actor: they take the same stance on a topic
//   conflict    actor -- actor: they take opposite stances on a topic
//   subtract    congruence minus conflict: a signed actor network
//   topics      topic -- topic: backed by the same actors, as two networks,
//               "topics-support" (shared supporters) and "topics-oppose"
//               (shared opponents)
//
// The counts. A *statement* is one distinct evidence sentence of a stance
// edge (StanceEdge::evidence; a sentence repeated or syndicated is one
// statement, seen in several sources). a[i][t][q] is the number of
// statements actor i made on topic t with stance q (s = support, o =
// oppose), after the duplicates policy:
//
//   statement  every statement counts
//   document   statements of one (actor, topic, stance) count once per document
//   week       ... once per ISO 8601 calendar week (2024-W07)
//   month      ... once per calendar month
//   year       ... once per calendar year
//
// A statement's document and date are those of its earliest dated source
// (ties and undated statements: its first source); with a time window, of
// its earliest source inside the window, and statements with no source in
// the window, undated ones included, are left out. Under week, month and
// year an undated statement counts once per document (its date is unknown,
// so each document stands for its own period).
//
// The weights, for actors i != j (DNA's "qualifier aggregation"):
//
//   congruence(i,j) = sum_t ( s_it * s_jt + o_it * o_jt )
//   conflict(i,j)   = sum_t ( s_it * o_jt + o_it * s_jt )
//   subtract(i,j)   = congruence(i,j) - conflict(i,j)
//
// and for topics t != u, stance q fixed, over actors i:
//
//   topics-q(t,u)   = sum_i ( q_it * q_iu )
//
// then divided by a normalization, computed on the two rows' vectors x and y
// (an actor's row: its counts over all (topic, stance) cells; a topic's row
// in topics-q: its q-counts over all actors):
//
//   none     1
//   average  (|x| + |y|) / 2                where |x| = sum_c x_c, the row's activity
//   jaccard  m10 + m01 + m11                m10 = sum of x_c over cells where y_c = 0,
//                                           m01 = sum of y_c where x_c = 0,
//                                           m11 = sum of x_c * y_c where both > 0
//   cosine   sqrt(sum_c x_c^2) * sqrt(sum_c y_c^2)
//
// average and jaccard are DNA's (Exporter.java); cosine is the textbook
// cosine similarity, so congruence under it is at most 1 (DNA's code
// divides by |x| * |y| instead). With counts of 0 and 1 (duplicates `year`
// on a one-year corpus, say), jaccard congruence is |shared cells| /
// |union of cells| and cosine |shared cells| / sqrt(|x| * |y|).
//
// A network holds every row with at least one counted statement as a node
// (isolates included) and one undirected edge per pair with a non-zero
// weight (subtract: positive or negative). Everything is sorted (nodes by
// id, edges by node order) and depends only on the graph's content.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/triple.h"
#include "graph/stance_graph.h"

namespace stancegraph::networks {

enum class NetworkType { kCongruence, kConflict, kSubtract, kTopics };
enum class Normalization { kNone, kAverage, kJaccard, kCosine };
enum class Duplicates { kStatement, kDocument, kWeek, kMonth, kYear };

// Names as the command line writes them: "congruence", "conflict",
// "subtract", "topics"; "none", "average", "jaccard", "cosine";
// "statement", "document", "week", "month", "year".
std::optional<NetworkType> ParseNetworkType(std::string_view name);
std::optional<Normalization> ParseNormalization(std::string_view name);
std::optional<Duplicates> ParseDuplicates(std::string_view name);
std::string_view NetworkTypeName(NetworkType type);
std::string_view NormalizationName(Normalization normalization);
std::string_view DuplicatesName(Duplicates duplicates);

// ---------------------------------------------------------------------------
// Days and time windows

// Days since 1970-01-01 of the date at the start of `text` (IsoDatePrefix:
// "2024-07-09" or "2024-07-09T10:00Z"); nullopt when there is none.
std::optional<int64_t> DayNumber(std::string_view text);
// "YYYY-MM-DD" of a day number.
std::string IsoDay(int64_t day);

// A length of time: N days, weeks (7 days) or calendar months.
struct Period {
  enum class Unit { kDays, kWeeks, kMonths };
  int64_t count = 0;
  Unit unit = Unit::kDays;

  bool operator==(const Period&) const = default;
};

// "30d", "30" (days), "2w", "1m"; 1 to 36600 units. nullopt otherwise.
std::optional<Period> ParsePeriod(std::string_view text);
// The day `times` periods after `day`. Months keep the day of the month,
// clamped to the month's last day (2024-01-31 + 1m = 2024-02-29).
int64_t AddPeriods(int64_t day, Period period, int64_t times);

// The days first..last, both included.
struct TimeWindow {
  int64_t first = 0;
  int64_t last = 0;

  bool Contains(int64_t day) const { return day >= first && day <= last; }
  bool operator==(const TimeWindow&) const = default;
};

// Moving windows over the days first..last: the k-th window starts `k`
// steps after `first` and is `window` long (ends the day before
// first + (k steps) + window); windows are made until one reaches `last`.
// With a step longer than the window, days between windows are in none.
std::vector<TimeWindow> MovingWindows(int64_t first, int64_t last, Period window, Period step);
// The same over the dated evidence of `graph` (its earliest and latest
// source dates); none when nothing is dated.
std::vector<TimeWindow> MovingWindows(const StanceGraph& graph, Period window, Period step);

// ---------------------------------------------------------------------------
// Counts and networks

// One row of a network: an actor or a topic of the stance graph.
struct NetworkNode {
  std::string id;    // StanceNode::id, "actor/france"
  std::string name;  // StanceNode::name
  NodeKind kind = NodeKind::kActor;
  ActorType actor_type = ActorType::kUnknown;
  double activity = 0;  // |x|: the row's counted statements
};

struct NetworkEdge {
  size_t source = 0;  // indices into Network::nodes, source < target
  size_t target = 0;
  double weight = 0;
};

struct Network {
  std::string name;  // "congruence", "conflict", "subtract", "topics-support", "topics-oppose"
  NetworkType type = NetworkType::kCongruence;
  Normalization normalization = Normalization::kNone;
  Duplicates duplicates = Duplicates::kStatement;
  std::optional<TimeWindow> window;
  std::vector<NetworkNode> nodes;  // sorted by id
  std::vector<NetworkEdge> edges;  // sorted by (source, target), weight != 0
};

struct NetworkOptions {
  NetworkType type = NetworkType::kCongruence;
  Normalization normalization = Normalization::kNone;
  Duplicates duplicates = Duplicates::kStatement;
  // When > 0, only this many rows (actors; topics in topic networks): those
  // with most counted statements, ties by id. Their weights are as in the
  // whole network; the rows left out are simply not there.
  size_t most_active = 0;
};

// One stance edge's count under the duplicates policy, within `window`
// when given (see the top of this file). Statements with no window are the
// edge's exact `mentions`; the other policies and windows read the evidence
// items, so they need a graph that keeps all of them (no SetMaxEvidence).
double CountStatements(const StanceEdge& edge, Duplicates duplicates,
                       const std::optional<TimeWindow>& window = std::nullopt);

// The networks of `options.type` (one; two for kTopics: support, oppose).
std::vector<Network> DeriveNetworks(const StanceGraph& graph, const NetworkOptions& options,
                                    const std::optional<TimeWindow>& window = std::nullopt);

}  // namespace stancegraph::networks
