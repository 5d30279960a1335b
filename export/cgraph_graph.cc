// CGraph, SetAttribute and GraphvizErrors: the cgraph calls and their checks.
#include "export/cgraph_graph.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>

namespace stancegraph::exporters {
namespace {

std::string& CollectedMessages() {
  static std::string messages;
  return messages;
}

// cgraph hands a message over in pieces ("Error", ": ", text).
int CollectMessage(char* piece) {
  CollectedMessages() += piece;
  return 0;
}

}  // namespace

std::optional<CGraph> CGraph::OpenDirected(const std::string& name) {
  Agraph_t* graph = agopen(Mutable(name), Agdirected, nullptr);
  if (graph == nullptr) return std::nullopt;
  return CGraph(graph);
}

std::optional<CGraph> CGraph::OpenUndirected(const std::string& name) {
  Agraph_t* graph = agopen(Mutable(name), Agundirected, nullptr);
  if (graph == nullptr) return std::nullopt;
  return CGraph(graph);
}

CGraph& CGraph::operator=(CGraph&& other) noexcept {
  if (this != &other) {
    if (graph_ != nullptr) agclose(graph_);
    graph_ = other.graph_;
    other.graph_ = nullptr;
  }
  return *this;
}

CGraph::~CGraph() {
  if (graph_ != nullptr) agclose(graph_);
}

bool CGraph::WriteDot(std::string* text) const {
  char* buffer = nullptr;
  size_t size = 0;
  FILE* stream = open_memstream(&buffer, &size);
  if (stream == nullptr) return false;
  bool written = agwrite(graph_, stream) == 0;
  // fclose publishes buffer/size and must run whether agwrite succeeded or not.
  bool closed = std::fclose(stream) == 0;
  if (written && closed && buffer != nullptr) text->assign(buffer, size);
  std::free(buffer);
  return written && closed;
}

bool SetAttribute(void* object, const char* name, const std::string& value) {
  return agsafeset(object, Mutable(name), Mutable(value), Mutable("")) == 0;
}

GraphvizErrors::GraphvizErrors() : previous_(agseterrf(CollectMessage)) {
  CollectedMessages().clear();
  agreseterrors();
}

GraphvizErrors::~GraphvizErrors() {
  agseterrf(previous_);
  CollectedMessages().clear();
}

std::string GraphvizErrors::Text(const std::string& fallback) const {
  std::string text;
  for (char c : CollectedMessages()) {
    if (c == '\n' || c == '\r') {
      if (!text.empty() && text.back() != ' ') text += ' ';
    } else {
      text += c;
    }
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == '.')) text.pop_back();
  if (text.empty()) return fallback;
  text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

}  // namespace stancegraph::exporters
