// Calendar dates as the pipeline uses them: ISO 8601 "YYYY-MM-DD" strings.
//
// Documents carry their date in that form (extract/document_reader.h), and
// triples and evidence copy it. These helpers read a date back, filter by
// an inclusive range (`--since`/`--until`) and name the time window a date
// falls in (`stancegraph timeline`). ISO dates compare correctly as strings,
// so a range test is a string comparison once both sides are valid.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace stancegraph {

// True for "YYYY-MM-DD" naming a real day (leap years checked).
bool IsIsoDate(std::string_view text);

// The date at the start of `text` when it is one: "2024-07-09" and
// "2024-07-09T10:00:00Z" give "2024-07-09"; "July 9, 2024", "2024-07",
// "2024-02-30" and "" give nothing.
std::optional<std::string> IsoDatePrefix(std::string_view text);

// Days since 1970-01-01 of the ISO date `text` begins with (IsoDatePrefix);
// nullopt when it begins with none.
std::optional<int64_t> DaysSinceEpoch(std::string_view text);

// An inclusive range of days; either end may be open (empty). A date filter
// is active when either end is set; then only dated text inside the range
// passes: an empty or unreadable date never does.
struct DateRange {
  std::string since;  // "YYYY-MM-DD" or "" (no lower bound)
  std::string until;  // "YYYY-MM-DD" or "" (no upper bound)

  bool active() const { return !since.empty() || !until.empty(); }
  // True when no filter is active, or `date` (read by IsoDatePrefix) is in range.
  bool Contains(std::string_view date) const;
};

enum class DateWindow { kWeek, kMonth, kYear };

std::optional<DateWindow> ParseDateWindow(std::string_view name);  // "week", "month", "year"
std::string_view DateWindowName(DateWindow window);

// The window an ISO date falls in, named so that names sort in time order:
// week "2024-W28" (ISO 8601 week, Monday first; the week-numbering year can
// differ from the calendar year around New Year: 2024-12-30 is "2025-W01"),
// month "2024-07", year "2024". `date` must satisfy IsIsoDate.
std::string WindowOf(std::string_view date, DateWindow window);

}  // namespace stancegraph
