#include "cli/option_values.h"

namespace stancegraph::cli {

std::optional<Problem> ParseCount(const std::string& option, const std::string& value, size_t min,
                                  size_t max, size_t* out) {
  const bool digits = !value.empty() && value.size() <= 9 &&
                      value.find_first_not_of("0123456789") == std::string::npos;
  const size_t number = digits ? std::stoul(value) : 0;
  if (!digits || number < min || number > max) {
    return Problem{option, "expects a whole number from " + std::to_string(min) + " to " +
                               std::to_string(max) + ", got `" + value + "`"};
  }
  *out = number;
  return std::nullopt;
}

}  // namespace stancegraph::cli
