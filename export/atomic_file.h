// The exporters write every file through core/atomic_file.h: a temporary
// beside the target, renamed over it only once complete.
//
// Big graphs make big files (gigabytes of JSON-LD or N-Quads), so the data
// exporters do not build a file's text before writing it: the streamed
// WriteFileAtomically hands their StreamWriter an std::ostream over the
// temporary, with a fixed buffer, and they write into it as they go.
// Private to export/.
#pragma once

#include <optional>
#include <string>

#include "core/atomic_file.h"
#include "core/problem.h"
#include "export/stream_writer.h"

namespace stancegraph::exporters {

using stancegraph::WriteFileAtomically;

// The file at `path`, written atomically with what `write` puts into the
// stream. On a Problem from `write`, an exception it throws or a failed
// write, no file is left under `path` (an exception propagates).
std::optional<Problem> WriteFileAtomically(const std::string& path, const StreamWriter& write);

}  // namespace stancegraph::exporters
