// ListInputFiles: the files of a directory input, for the readers of
// documents (extract/document_reader.h) and of triples (`merge`, `query`).
//
// The walk is recursive and in a stable order (element-wise path order, so
// a directory's files stay together whatever the file system returns).
// Symbolic links to directories are not followed, so a link loop cannot
// recurse; links to files are. Nothing is skipped silently: a subdirectory
// that cannot be listed and a file link that dangles or loops are reported
// to `on_problem` by path, and the walk goes on with the rest.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/problem.h"

namespace stancegraph {

// The regular files under `directory` whose extension is one of
// `extensions` (".txt", ".jsonl"). An unreadable `directory` itself is
// reported too (and gives no files).
std::vector<std::string> ListInputFiles(const std::string& directory,
                                        const std::vector<std::string>& extensions,
                                        const std::function<void(const Problem&)>& on_problem);

}  // namespace stancegraph
