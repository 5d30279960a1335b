// CGraph, SetAttribute and GraphvizErrors: the cgraph calls and their checks.
#include "export/cgraph_graph.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <unordered_map>
#include <vector>

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

// Object ids in order of creation. cgraph's default id discipline uses the
// address of the interned name as the id, and agwrite lists subgraphs in id
// order, so the order of the diagram's clusters would follow the heap. Here
// a name's id is 2 * (its number in creation order); names print as given;
// anonymous objects get odd ids, as in the default discipline.
struct CreationOrderIds {
  Agraph_t* graph = nullptr;
  std::unordered_map<std::string, IDTYPE> id_by_name;
  std::vector<char*> names;  // interned in the graph's string dictionary
  IDTYPE next_anonymous = 1;
};

void* OpenIds(Agraph_t* graph, Agdisc_t*) {
  auto* ids = new CreationOrderIds;
  ids->graph = graph;
  return ids;
}

long MapId(void* state, int, char* name, IDTYPE* id, int create) {
  auto* ids = static_cast<CreationOrderIds*>(state);
  if (name == nullptr) {
    *id = ids->next_anonymous;
    ids->next_anonymous += 2;
    return 1;
  }
  if (auto it = ids->id_by_name.find(name); it != ids->id_by_name.end()) {
    *id = it->second;
    return 1;
  }
  if (!create) return 0;
  ids->names.push_back(agstrdup(ids->graph, name));
  *id = 2 * static_cast<IDTYPE>(ids->names.size());
  ids->id_by_name.emplace(name, *id);
  return 1;
}

long AllocateId(void*, int, IDTYPE) { return 0; }  // ids are never requested by number
void FreeId(void*, int, IDTYPE) {}  // names live until the graph closes

char* PrintId(void* state, int, IDTYPE id) {
  auto* ids = static_cast<CreationOrderIds*>(state);
  if (id % 2 != 0 || id == 0 || id / 2 > ids->names.size()) return nullptr;
  return ids->names[id / 2 - 1];
}

void CloseIds(void* state) { delete static_cast<CreationOrderIds*>(state); }
void RegisterId(void*, int, void*) {}

Agiddisc_t kCreationOrderIdDisc = {OpenIds, MapId,   AllocateId, FreeId,
                                   PrintId, CloseIds, RegisterId};
Agdisc_t kDiagramDisc = {&AgMemDisc, &kCreationOrderIdDisc, &AgIoDisc};

}  // namespace

std::optional<CGraph> CGraph::Open(const std::string& name, Agdesc_t kind) {
  Agraph_t* graph = agopen(Mutable(name), kind, &kDiagramDisc);
  if (graph == nullptr) return std::nullopt;
  return CGraph(graph);
}

std::optional<CGraph> CGraph::OpenDirected(const std::string& name) {
  return Open(name, Agdirected);
}

std::optional<CGraph> CGraph::OpenUndirected(const std::string& name) {
  return Open(name, Agundirected);
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
