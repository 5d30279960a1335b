// StreamWriter: how the data exporters produce a file's content, written
// into an std::ostream as it is generated, so that the content of a big
// graph is never held whole in memory. Its two destinations: a file written
// atomically (export/atomic_file.h), and, for the *Text functions of
// exporters.h (small graphs, tests), a string. Private to export/.
#pragma once

#include <functional>
#include <optional>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "core/problem.h"

namespace stancegraph::exporters {

// Writes a file's content into `out`: nullopt when done, or the Problem that
// abandons it (`where` empty: the file being written).
using StreamWriter = std::function<std::optional<Problem>(std::ostream& out)>;

// What `write` writes, as a string. Throws std::invalid_argument with the
// Problem's message when it returns one.
inline std::string StreamedText(const StreamWriter& write) {
  std::ostringstream out;
  out.imbue(std::locale::classic());  // as WriteFileAtomically does
  if (std::optional<Problem> problem = write(out)) throw std::invalid_argument(problem->message);
  return std::move(out).str();
}

}  // namespace stancegraph::exporters
