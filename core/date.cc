#include "core/date.h"

#include <cstdint>
#include <cstdio>

namespace stancegraph {
namespace {

struct Ymd {
  int year;
  int month;
  int day;
};

int Digits(std::string_view text, size_t from, size_t count) {
  int value = 0;
  for (size_t i = from; i < from + count; ++i) value = value * 10 + (text[i] - '0');
  return value;
}

bool IsLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

Ymd Parse(std::string_view date) {
  return {Digits(date, 0, 4), Digits(date, 5, 2), Digits(date, 8, 2)};
}

// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
int64_t DaysFromCivil(int year, int month, int day) {
  year -= month <= 2 ? 1 : 0;
  const int64_t era = (year >= 0 ? year : year - 399) / 400;
  const int64_t year_of_era = year - era * 400;
  const int64_t day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

// ISO weekday, 1 = Monday .. 7 = Sunday (1970-01-01 was a Thursday).
int Weekday(int64_t days) {
  int64_t weekday = (days + 3) % 7;  // 0 = Monday
  if (weekday < 0) weekday += 7;
  return static_cast<int>(weekday) + 1;
}

// The number of ISO weeks in `year`: 53 when it starts on a Thursday, or is
// a leap year starting on a Wednesday.
int WeeksInYear(int year) {
  const int first = Weekday(DaysFromCivil(year, 1, 1));
  return first == 4 || (IsLeap(year) && first == 3) ? 53 : 52;
}

}  // namespace

bool IsIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  const Ymd date = Parse(text);
  return date.month >= 1 && date.month <= 12 && date.day >= 1 &&
         date.day <= DaysInMonth(date.year, date.month);
}

std::optional<std::string> IsoDatePrefix(std::string_view text) {
  if (text.size() < 10 || !IsIsoDate(text.substr(0, 10))) return std::nullopt;
  if (text.size() > 10 && text[10] != 'T' && text[10] != 't' && text[10] != ' ') {
    return std::nullopt;
  }
  return std::string(text.substr(0, 10));
}

bool DateRange::Contains(std::string_view date) const {
  if (!active()) return true;
  const std::optional<std::string> day = IsoDatePrefix(date);
  if (!day) return false;
  return (since.empty() || *day >= since) && (until.empty() || *day <= until);
}

std::optional<DateWindow> ParseDateWindow(std::string_view name) {
  if (name == "week") return DateWindow::kWeek;
  if (name == "month") return DateWindow::kMonth;
  if (name == "year") return DateWindow::kYear;
  return std::nullopt;
}

std::string_view DateWindowName(DateWindow window) {
  switch (window) {
    case DateWindow::kWeek: return "week";
    case DateWindow::kMonth: return "month";
    case DateWindow::kYear: return "year";
  }
  return "month";
}

std::string WindowOf(std::string_view date, DateWindow window) {
  if (window == DateWindow::kYear) return std::string(date.substr(0, 4));
  if (window == DateWindow::kMonth) return std::string(date.substr(0, 7));
  const Ymd ymd = Parse(date);
  const int64_t days = DaysFromCivil(ymd.year, ymd.month, ymd.day);
  const int day_of_year = static_cast<int>(days - DaysFromCivil(ymd.year, 1, 1)) + 1;
  int year = ymd.year;
  int week = (day_of_year - Weekday(days) + 10) / 7;
  if (week < 1) {
    --year;
    week = WeeksInYear(year);
  } else if (week > WeeksInYear(year)) {
    ++year;
    week = 1;
  }
  char name[16];
  std::snprintf(name, sizeof name, "%04d-W%02d", year, week);
  return name;
}

std::optional<int64_t> DaysSinceEpoch(std::string_view text) {
  const std::optional<std::string> date = IsoDatePrefix(text);
  if (!date) return std::nullopt;
  const Ymd ymd = Parse(*date);
  return DaysFromCivil(ymd.year, ymd.month, ymd.day);
}

}  // namespace stancegraph
