// The files of extract/data/, compiled into the binary (see embed_data.cmake).
#pragma once

#include <string_view>

namespace stancegraph {

// Contents of the built-in data file `name` ("cues.tsv"), empty if unknown.
std::string_view EmbeddedDataFile(std::string_view name);

}  // namespace stancegraph
