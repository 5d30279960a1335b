// --ontology, --roll-up and --explain-merges: the identity options of the
// commands that merge triples into a graph (build, merge, networks, query,
// timeline). Each command loads the ontology before reading its inputs,
// adds every triple to NewGraph(ontology), and resolves identities over the
// whole graph once all are in (graph/identity.h), so no join depends on the
// order triples arrive in.
#pragma once

#include <optional>
#include <ostream>
#include <string>

#include "cli/options.h"
#include "graph/identity.h"
#include "graph/stance_graph.h"

namespace stancegraph::cli {

// The ontology named by --ontology (an empty one without the option). A bad
// file is reported on `err` ("stancegraph: FILE: reason") and gives nullopt:
// the command exits with kUsage.
std::optional<Ontology> LoadOntologyOption(const Options& options, std::ostream& err);

// Resolves identities (ontology, surname joins, --roll-up) over the whole
// graph and writes --explain-merges. Returns kOk, or kOutputFailed (after
// reporting it) when the explanations could not be written; the graph is
// resolved either way.
int ResolveIdentities(const Options& options, const Ontology& ontology, StanceGraph* graph,
                      std::ostream& err);

// The options' lines for a command's --help.
std::string IdentityHelpText();

}  // namespace stancegraph::cli
