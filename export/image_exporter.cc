// SVG, PNG and PDF export: the diagram from BuildDiagram laid out by the
// chosen engine and rendered in-process by gvc (PNG and PDF through the
// cairo renderer of libgvc6's pango plugin).
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

const char* EngineName(Layout layout) {
  switch (layout) {
    case Layout::kNeato: return "neato";
    case Layout::kSfdp: return "sfdp";
    case Layout::kDot: break;
  }
  return "dot";
}

const char* RendererName(ImageFormat format) {
  switch (format) {
    case ImageFormat::kPng: return "png";
    case ImageFormat::kPdf: return "pdf";
    case ImageFormat::kSvg: break;
  }
  return "svg";
}

// The rendered bytes, or a Problem with `where` empty.
std::variant<std::string, Problem> Render(const StanceGraph& graph, ImageFormat format,
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
  const char* engine = EngineName(options.layout);
  if (gvLayout(context, diagram.get(), engine) != 0) {
    return Problem{"", std::string("graphviz ") + engine + " layout failed: " +
                           errors.Text("no detail")};
  }

  char* data = nullptr;
  unsigned int length = 0;
  const char* renderer = RendererName(format);
  if (gvRenderData(context, diagram.get(), renderer, &data, &length) != 0 || data == nullptr ||
      length == 0) {
    if (data != nullptr) gvFreeRenderData(data);
    return Problem{"", std::string("graphviz ") + renderer + " rendering failed: " +
                           errors.Text("no detail")};
  }
  std::string rendered(data, length);
  gvFreeRenderData(data);
  return rendered;
}

}  // namespace

std::optional<Problem> WriteImage(const StanceGraph& graph, const std::string& path,
                                  ImageFormat format, const DiagramOptions& options) {
  std::variant<std::string, Problem> image = Render(graph, format, options);
  if (auto* problem = std::get_if<Problem>(&image)) return Problem{path, problem->message};
  return WriteFileAtomically(path, std::get<std::string>(image));
}

}  // namespace stancegraph::exporters
