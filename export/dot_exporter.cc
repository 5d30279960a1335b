// DOT export: the diagram from BuildDiagram written by cgraph's agwrite, so
// quoting and escaping follow Graphviz's own rules.
#include <stdexcept>
#include <variant>

#include "export/atomic_file.h"
#include "export/cgraph_graph.h"
#include "export/diagram.h"
#include "export/exporters.h"

namespace stancegraph::exporters {
namespace {

// The DOT text, or a Problem with `where` empty.
std::variant<std::string, Problem> RenderDot(const StanceGraph& graph,
                                             const DiagramOptions& options) {
  std::variant<CGraph, Problem> diagram = BuildDiagram(graph, options);
  if (auto* problem = std::get_if<Problem>(&diagram)) return *problem;
  GraphvizErrors errors;
  std::string text;
  if (!std::get<CGraph>(diagram).WriteDot(&text)) {
    return Problem{"", "graphviz: cannot write dot: " + errors.Text("agwrite failed")};
  }
  return text;
}

}  // namespace

// cgraph fails only when memory runs out; DotText has no error value, so it
// throws std::runtime_error then (WriteDot reports a Problem instead).
std::string DotText(const StanceGraph& graph, const DiagramOptions& options) {
  std::variant<std::string, Problem> text = RenderDot(graph, options);
  if (auto* problem = std::get_if<Problem>(&text)) throw std::runtime_error(problem->ToString());
  return std::get<std::string>(std::move(text));
}

std::optional<Problem> WriteDot(const StanceGraph& graph, const std::string& path,
                                const DiagramOptions& options) {
  std::variant<std::string, Problem> text = RenderDot(graph, options);
  if (auto* problem = std::get_if<Problem>(&text)) return Problem{path, problem->message};
  return WriteFileAtomically(path, std::get<std::string>(text));
}

}  // namespace stancegraph::exporters
