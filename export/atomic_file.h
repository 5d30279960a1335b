// The exporters write every file through core/atomic_file.h: a temporary
// beside the target, renamed over it only once complete. Private to export/.
#pragma once

#include "core/atomic_file.h"

namespace stancegraph::exporters {

using stancegraph::WriteFileAtomically;

}  // namespace stancegraph::exporters
