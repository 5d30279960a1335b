// SVG export: the diagram from BuildDiagram laid out by the `dot` engine and
// rendered in-process by gvc.
#include <gvc.h>

#include <variant>

#include "export/atomic_file.h"
#include "export/cgraph_graph.h"
#include "export/diagram.h"
#include "export/exporters.h"

namespace stancegraph::exporters {
namespace {

// One GVC_t for the whole process, created on first use and never freed
// (Graphviz's own `dot` program also lays out every graph in one context).
// A context per call is unsafe with Graphviz 2.42/2.43: the pango plugin
// keeps a static pointer to the last font name, which lives in the context's
// font dictionary, so the first layout in a second context reads memory the
// first gvFreeContext released (AddressSanitizer: heap-use-after-free in
// libgvplugin_pango, from textspan_size). nullptr if gvc cannot start.
GVC_t* SharedContext() {
  static GVC_t* context = nullptr;
  if (context == nullptr) context = gvContext();
  return context;
}

// Frees the layout of `graph` when the scope ends.
class LayoutGuard {
 public:
  LayoutGuard(GVC_t* context, Agraph_t* graph) : context_(context), graph_(graph) {}
  ~LayoutGuard() { gvFreeLayout(context_, graph_); }
  LayoutGuard(const LayoutGuard&) = delete;
  LayoutGuard& operator=(const LayoutGuard&) = delete;

 private:
  GVC_t* context_;
  Agraph_t* graph_;
};

// The SVG text, or a Problem with `where` empty.
std::variant<std::string, Problem> RenderSvg(const StanceGraph& graph,
                                             const DiagramOptions& options) {
  std::variant<CGraph, Problem> built = BuildDiagram(graph, options);
  if (auto* problem = std::get_if<Problem>(&built)) return *problem;
  CGraph& diagram = std::get<CGraph>(built);

  GraphvizErrors errors;
  GVC_t* context = SharedContext();
  if (context == nullptr) {
    return Problem{"", "graphviz: cannot create a context: " + errors.Text("no detail")};
  }
  LayoutGuard layout(context, diagram.get());  // safe even if layout fails
  if (gvLayout(context, diagram.get(), "dot") != 0) {
    return Problem{"", "graphviz layout failed: " + errors.Text("no detail")};
  }

  char* data = nullptr;
  unsigned int length = 0;
  if (gvRenderData(context, diagram.get(), "svg", &data, &length) != 0 || data == nullptr) {
    if (data != nullptr) gvFreeRenderData(data);
    return Problem{"", "graphviz svg rendering failed: " + errors.Text("no detail")};
  }
  std::string svg(data, length);
  gvFreeRenderData(data);
  return svg;
}

}  // namespace

std::optional<Problem> WriteSvg(const StanceGraph& graph, const std::string& path,
                                const DiagramOptions& options) {
  std::variant<std::string, Problem> svg = RenderSvg(graph, options);
  if (auto* problem = std::get_if<Problem>(&svg)) return Problem{path, problem->message};
  return WriteFileAtomically(path, std::get<std::string>(svg));
}

}  // namespace stancegraph::exporters
