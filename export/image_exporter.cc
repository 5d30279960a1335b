// SVG, PNG and PDF export: the diagram from BuildDiagram laid out by the
// chosen engine and rendered in-process by gvc (PNG and PDF through the
// cairo renderer of libgvc6's pango plugin).
#include <gvc.h>

#include <cstdlib>
#include <ctime>
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

// cairo (1.16, Debian 12) stamps a PDF with the time of rendering and does
// not honour SOURCE_DATE_EPOCH; the stamp is overwritten in place (same
// length, so the PDF's byte offsets stay right) with SOURCE_DATE_EPOCH when
// set, else 1970-01-01, so the file depends only on the graph.
void FixPdfCreationDate(std::string* pdf) {
  const std::string key = "/CreationDate (D:";
  const size_t at = pdf->find(key);
  constexpr size_t kDigits = 14;  // YYYYMMDDHHMMSS
  if (at == std::string::npos || at + key.size() + kDigits > pdf->size()) return;
  std::time_t seconds = 0;
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
    char* end = nullptr;
    const long long value = std::strtoll(epoch, &end, 10);
    if (end != epoch && *end == '\0' && value >= 0) seconds = static_cast<std::time_t>(value);
  }
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char stamp[kDigits + 1];
  if (std::strftime(stamp, sizeof stamp, "%Y%m%d%H%M%S", &utc) != kDigits) return;
  pdf->replace(at + key.size(), kDigits, stamp);
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
  if (format == ImageFormat::kPdf) FixPdfCreationDate(&rendered);
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
