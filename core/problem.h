// Problem: an expected failure at a boundary (a file, a line, an option),
// said in words a user can act on: "news/a.jsonl:12: missing string field `text`".
//
// Functions that read or write outside the process return problems as
// values; only the CLI prints them and decides the exit status.
#pragma once

#include <string>
#include <string_view>

namespace stancegraph {

struct Problem {
  std::string where;    // path, path:line, or an option name
  std::string message;  // what is wrong, lower case, no trailing full stop

  std::string ToString() const { return where.empty() ? message : where + ": " + message; }
};

// A value quoted inside a problem message: in backticks, on one line, cut
// to 40 code points, invalid UTF-8 replaced ("unknown stance `maybe`").
std::string QuoteForProblem(std::string_view value);

// A library's error sentence ("Invalid value.") as problem text
// ("invalid value"): lower-case start, no full stop.
std::string SentenceToProblemText(std::string_view sentence);

}  // namespace stancegraph
