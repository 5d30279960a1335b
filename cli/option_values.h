// Reading the values of command-line options that all commands share in
// kind: whole numbers written plainly.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "core/problem.h"

namespace stancegraph::cli {

// A whole number from `min` to `max` written with digits only: "2.5",
// "1e2", "+3" and " 5" are refused (a Problem naming `option`, the range
// and the value) rather than truncated or read in another way.
std::optional<Problem> ParseCount(const std::string& option, const std::string& value, size_t min,
                                  size_t max, size_t* out);

}  // namespace stancegraph::cli
