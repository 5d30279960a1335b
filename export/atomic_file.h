// WriteFileAtomically: replace a file's content all at once or not at all.
//
// The content goes to a new temporary file beside `path` (same directory,
// so the final rename cannot cross file systems), which is then renamed over
// `path`. On any failure the temporary is removed and a Problem naming
// `path` says what failed; an existing file at `path` is left untouched.
// No fsync: this protects readers from half-written files, not against
// power loss. Private to export/.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/problem.h"

namespace stancegraph::exporters {

std::optional<Problem> WriteFileAtomically(const std::string& path, std::string_view content);

}  // namespace stancegraph::exporters
