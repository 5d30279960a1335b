// The stance diagram's content and style: one function per part (graph
// attributes, legend, actors and topics, edges), each checking every cgraph
// return value.
#include "export/diagram.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>
#include <cmath>
#include <optional>
#include <set>
#include <string_view>
#include <vector>

#include "core/utf8.h"
#include "export/evidence_order.h"
#include "export/url_template.h"
#include "graph/camps.h"
#include "graph/filter.h"

namespace stancegraph::exporters {
namespace {

constexpr const char* kFontName = "Helvetica";
constexpr const char* kSupportColor = "#1a7f37";
constexpr const char* kOpposeColor = "#c62828";
constexpr const char* kTopicFill = "#ffffff";
constexpr const char* kTopicBorder = "#555555";
constexpr const char* kAffiliationColor = "#888888";
constexpr const char* kGroupBorder = "#bbbbbb";
constexpr size_t kMaxMentionsInTooltip = 10;
// Labels are wrapped at spaces to lines of about this many code points, so
// a long topic does not stretch the diagram.
constexpr size_t kLabelWidth = 24;

struct AttributeDefault {
  int kind;  // AGRAPH, AGNODE or AGEDGE
  const char* name;
  const char* value;
};

// Every attribute the diagram uses, declared once on the root graph with
// Graphviz's own default so agwrite only writes what differs.
constexpr AttributeDefault kAttributes[] = {
    {AGRAPH, "label", ""},      {AGRAPH, "labelloc", ""},    {AGRAPH, "rankdir", ""},
    {AGRAPH, "fontname", ""},   {AGRAPH, "tooltip", ""},     {AGRAPH, "style", ""},
    {AGRAPH, "color", ""},      {AGRAPH, "fontsize", ""},
    {AGNODE, "label", "\\N"},   {AGNODE, "shape", "ellipse"}, {AGNODE, "style", ""},
    {AGNODE, "fillcolor", ""},  {AGNODE, "color", ""},       {AGNODE, "fontname", ""},
    {AGNODE, "tooltip", ""},    {AGNODE, "id", ""},          {AGNODE, "URL", ""},
    {AGNODE, "target", ""},
    {AGEDGE, "label", ""},      {AGEDGE, "color", ""},       {AGEDGE, "fontcolor", ""},
    {AGEDGE, "style", ""},      {AGEDGE, "arrowhead", ""},   {AGEDGE, "penwidth", ""},
    {AGEDGE, "tooltip", ""},    {AGEDGE, "fontname", ""},    {AGEDGE, "id", ""},
    {AGEDGE, "URL", ""},        {AGEDGE, "target", ""},
};

std::string_view StanceVerb(Stance stance) {
  return stance == Stance::kSupport ? "supports" : "opposes";
}

// `text` broken at spaces into lines of about `width` code points (a longer
// word stays whole on its line).
std::string Wrapped(std::string_view text, size_t width) {
  std::string wrapped;
  size_t line = 0;
  size_t start = 0;
  while (start <= text.size()) {
    size_t space = text.find(' ', start);
    if (space == std::string_view::npos) space = text.size();
    const std::string_view word = text.substr(start, space - start);
    const size_t length = CodePointCount(word);
    if (line > 0 && line + 1 + length > width) {
      wrapped += '\n';
      line = 0;
    } else if (start > 0) {
      wrapped += ' ';
      ++line;
    }
    wrapped += word;
    line += length;
    start = space + 1;
  }
  return wrapped;
}

std::string MentionList(const std::set<std::string>& mentions) {
  std::string list;
  size_t shown = 0;
  for (const std::string& mention : mentions) {
    if (shown == kMaxMentionsInTooltip) {
      list += ", … (" + std::to_string(mentions.size() - shown) + " more)";
      break;
    }
    if (shown++ > 0) list += ", ";
    list += mention;
  }
  return list;
}

std::string NodeTooltip(const StanceNode& node) {
  std::string tooltip = node.name + " — ";
  tooltip += node.kind == NodeKind::kActor ? std::string(ActorTypeName(node.actor_type)) + " actor"
                                           : "topic";
  if (!node.mentions.empty()) tooltip += "\nseen as: " + MentionList(node.mentions);
  if (!node.affiliation.empty()) tooltip += "\nspeaks for: " + node.affiliation;
  return tooltip;
}

std::string EdgeTooltip(const StanceGraph::Graph& g, const StanceGraph::Edge& edge,
                        size_t max_evidence) {
  const StanceEdge& properties = g[edge];
  std::string tooltip = g[source(edge, g)].name + " " + std::string(StanceVerb(properties.stance)) +
                        " " + g[target(edge, g)].name + ": " +
                        std::to_string(properties.mentions) + " mention" +
                        (properties.mentions == 1 ? "" : "s") + ", mean confidence " +
                        Decimal(properties.confidence, 2);
  std::vector<const Evidence*> evidence = SortedEvidence(properties.evidence);
  size_t shown = std::min(max_evidence, evidence.size());
  for (size_t i = 0; i < shown; ++i) {
    tooltip += "\n" + evidence[i]->doc().str() + ": " + evidence[i]->sentence.str();
    // A sentence repeated or syndicated elsewhere counts once; say where else.
    if (evidence[i]->sources.size() > 1) {
      size_t others = evidence[i]->sources.size() - 1;
      tooltip += " (and " + std::to_string(others) + " more source" + (others == 1 ? "" : "s") + ")";
    }
  }
  if (shown < evidence.size()) {
    tooltip += "\n(" + std::to_string(evidence.size() - shown) + " more)";
  }
  return tooltip;
}

// "stance/france/support/security-guarantee": the path of the statement's
// JSON-LD @id, so a page can find an edge of the SVG by its statement.
std::string StatementId(const StanceGraph::Graph& g, const StanceGraph::Edge& edge) {
  auto slug = [](const std::string& id) { return id.substr(id.find('/') + 1); };
  return "stance/" + slug(g[source(edge, g)].id) + "/" +
         std::string(StanceName(g[edge].stance)) + "/" + slug(g[target(edge, g)].id);
}

// A link opens in a new tab: the diagram stays where the reader was.
void SetLink(void* object, const std::string& url, Checker* check) {
  if (url.empty()) return;
  check->Set(object, "URL", EscString(url));
  check->Set(object, "target", "_blank");
}

void DeclareAttributes(Agraph_t* root, Checker* check) {
  for (const AttributeDefault& attribute : kAttributes) {
    if (!check->ok()) return;
    check->Created(agattr(root, attribute.kind, Mutable(attribute.name), Mutable(attribute.value)),
                   std::string("attribute `") + attribute.name + "`");
  }
}

// `whole_edges`: the stance edges of the graph before the diagram's own
// limit (DiagramOptions::max_edges), said in the label when it cut.
void StyleGraph(Agraph_t* root, const StanceGraph& graph, size_t whole_edges,
                const DiagramOptions& options, Checker* check) {
  std::string counts = std::to_string(graph.ActorCount()) + " actors, " +
                       std::to_string(graph.TopicCount()) + " topics, " +
                       std::to_string(graph.EdgeCount()) + " stances, " +
                       std::to_string(graph.MentionCount()) + " mentions";
  if (whole_edges > graph.EdgeCount()) {
    counts += "\n(the " + std::to_string(graph.EdgeCount()) + " strongest of " +
              std::to_string(whole_edges) + " stances)";
  }
  check->Set(root, "label", EscString(options.title + "\n" + counts));
  check->Set(root, "labelloc", "t");
  check->Set(root, "rankdir", "LR");
  check->Set(root, "fontname", kFontName);
  check->Set(root, "tooltip", EscString(options.title));
  // The DOT file names its engine, so `dot -Tsvg graph.dot` lays it out as
  // the SVG was; the force-directed engines need overlap removal. Declared
  // only here: an empty `layout` default would be read as an engine name.
  if (options.layout != Layout::kDot) {
    check->Set(root, "layout", options.layout == Layout::kNeato ? "neato" : "sfdp");
    check->Set(root, "overlap", options.layout == Layout::kNeato ? "false" : "prism");
    check->Set(root, "sep", "+8");
  }
}

void StyleActor(Agnode_t* node, const std::string& label, ActorType type, Checker* check) {
  check->Set(node, "label", EscString(Wrapped(label, kLabelWidth)));
  check->Set(node, "shape", "box");
  check->Set(node, "style", "filled,rounded");
  check->Set(node, "fillcolor", ActorFill(type));
  check->Set(node, "color", "#444444");
  check->Set(node, "fontname", kFontName);
}

void StyleTopic(Agnode_t* node, const std::string& label, Checker* check) {
  check->Set(node, "label", EscString(Wrapped(label, kLabelWidth)));
  check->Set(node, "shape", "ellipse");
  check->Set(node, "style", "filled");
  check->Set(node, "fillcolor", kTopicFill);
  check->Set(node, "color", kTopicBorder);
  check->Set(node, "fontname", kFontName);
}

void StyleEdge(Agedge_t* edge, Stance stance, const std::string& label, size_t mentions,
               Checker* check) {
  bool support = stance == Stance::kSupport;
  double width = 1.0 + 1.5 * std::log2(static_cast<double>(std::max<size_t>(mentions, 1)));
  check->Set(edge, "label", EscString(label));
  check->Set(edge, "color", support ? kSupportColor : kOpposeColor);
  check->Set(edge, "fontcolor", support ? kSupportColor : kOpposeColor);
  check->Set(edge, "style", support ? "solid" : "dashed");
  check->Set(edge, "arrowhead", support ? "normal" : "tee");
  check->Set(edge, "penwidth", Decimal(width, 2));
  check->Set(edge, "fontname", kFontName);
}

// "speaks for": a person's affiliation, dotted and grey.
void StyleAffiliation(Agedge_t* edge, const std::string& label, Checker* check) {
  check->Set(edge, "label", EscString(label));
  check->Set(edge, "color", kAffiliationColor);
  check->Set(edge, "fontcolor", kAffiliationColor);
  check->Set(edge, "style", "dotted");
  check->Set(edge, "arrowhead", "empty");
  check->Set(edge, "fontname", kFontName);
}

// Legend: one box per actor type the graph has (all of them for an empty
// graph), a topic ellipse, one sample edge per polarity and, when the graph
// has any, a "speaks for" edge. Node names start with "legend/", which no
// graph id can.
void AddLegend(Agraph_t* root, const StanceGraph& graph, Checker* check) {
  const bool affiliations = graph.AffiliationCount() > 0;
  std::set<ActorType> types;
  for (auto [it, end] = vertices(graph.graph()); it != end; ++it) {
    if (graph.graph()[*it].kind == NodeKind::kActor) types.insert(graph.graph()[*it].actor_type);
  }
  Agraph_t* legend = check->Created(agsubg(root, Mutable("cluster_legend"), 1), "legend");
  if (!check->ok()) return;
  check->Set(legend, "label", "Legend");
  check->Set(legend, "style", "rounded");
  check->Set(legend, "color", "#999999");
  check->Set(legend, "fontsize", "12");

  for (ActorType type : {ActorType::kPerson, ActorType::kOrganization, ActorType::kCountry,
                         ActorType::kGroup, ActorType::kUnknown}) {
    if (!types.empty() && types.count(type) == 0) continue;
    std::string name = "legend/" + std::string(ActorTypeName(type));
    Agnode_t* node = check->Created(agnode(legend, Mutable(name), 1), "legend node");
    if (!check->ok()) return;
    StyleActor(node, "actor: " + std::string(ActorTypeName(type)), type, check);
    check->Set(node, "tooltip", "actor: " + std::string(ActorTypeName(type)));
  }
  Agnode_t* topic = check->Created(agnode(legend, Mutable("legend/topic"), 1), "legend node");
  if (!check->ok()) return;
  StyleTopic(topic, "topic", check);
  check->Set(topic, "tooltip", "topic");

  for (Stance stance : {Stance::kSupport, Stance::kOppose}) {
    std::string verb(StanceVerb(stance));
    Agnode_t* from = check->Created(agnode(legend, Mutable("legend/" + verb + "/actor"), 1),
                                    "legend node");
    Agnode_t* to = check->Created(agnode(legend, Mutable("legend/" + verb + "/topic"), 1),
                                  "legend node");
    if (!check->ok()) return;
    for (Agnode_t* end : {from, to}) {
      check->Set(end, "label", end == from ? "actor" : "topic");
      check->Set(end, "shape", "plaintext");
      check->Set(end, "fontname", kFontName);
    }
    Agedge_t* edge = check->Created(agedge(legend, from, to, nullptr, 1), "legend edge");
    if (!check->ok()) return;
    StyleEdge(edge, stance, verb + " (width: mentions)", 1, check);
    check->Set(edge, "tooltip", verb);
  }
  if (!affiliations) return;
  Agnode_t* person = check->Created(agnode(legend, Mutable("legend/speaks-for/person"), 1),
                                    "legend node");
  Agnode_t* body = check->Created(agnode(legend, Mutable("legend/speaks-for/body"), 1),
                                  "legend node");
  if (!check->ok()) return;
  for (Agnode_t* end : {person, body}) {
    check->Set(end, "label", end == person ? "person" : "body");
    check->Set(end, "shape", "plaintext");
    check->Set(end, "fontname", kFontName);
  }
  Agedge_t* edge = check->Created(agedge(legend, person, body, nullptr, 1), "legend edge");
  if (!check->ok()) return;
  StyleAffiliation(edge, "speaks for", check);
  check->Set(edge, "tooltip", "speaks for (from titles: U.S. Ambassador ... -> United States)");
}

void AddNodes(Agraph_t* root, const StanceGraph& graph, const DiagramOptions& options,
              Checker* check) {
  const StanceGraph::Graph& g = graph.graph();
  for (StanceGraph::Vertex vertex : graph.VerticesInOrder()) {
    const StanceNode& properties = g[vertex];
    Agnode_t* node = check->Created(agnode(root, Mutable(properties.id), 1),
                                    "node `" + properties.id + "`");
    if (!check->ok()) return;
    if (properties.kind == NodeKind::kActor) {
      StyleActor(node, properties.name, properties.actor_type, check);
    } else {
      StyleTopic(node, properties.name, check);
    }
    check->Set(node, "tooltip", EscString(NodeTooltip(properties)));
    check->Set(node, "id", EscString(properties.id));
    SetLink(node, NodeUrl(options.node_url, properties), check);
  }
}

void AddEdges(Agraph_t* root, const StanceGraph& graph, const DiagramOptions& options,
              Checker* check) {
  const StanceGraph::Graph& g = graph.graph();
  for (const StanceGraph::Edge& edge : graph.EdgesInOrder()) {
    const StanceEdge& properties = g[edge];
    const std::string& from_id = g[source(edge, g)].id;
    const std::string& to_id = g[target(edge, g)].id;
    Agnode_t* from = agnode(root, Mutable(from_id), 0);
    Agnode_t* to = agnode(root, Mutable(to_id), 0);
    Agedge_t* drawn = check->Created(from && to ? agedge(root, from, to, nullptr, 1) : nullptr,
                                     "edge `" + from_id + "` -> `" + to_id + "`");
    if (!check->ok()) return;
    std::string label = std::string(StanceVerb(properties.stance)) + " ×" +
                        std::to_string(properties.mentions);
    StyleEdge(drawn, properties.stance, label, properties.mentions, check);
    check->Set(drawn, "tooltip",
               EscString(EdgeTooltip(g, edge, options.max_evidence_in_tooltip)));
    check->Set(drawn, "id", EscString(StatementId(g, edge)));
    if (const Evidence* best = StanceGraph::BestEvidence(properties)) {
      SetLink(drawn, EvidenceUrl(options.evidence_url, *best), check);
    }
  }
}

// A cluster for a group of actors, drawn as a labelled rounded box.
Agraph_t* AddCluster(Agraph_t* root, const std::string& name, const std::string& label,
                     Checker* check) {
  Agraph_t* cluster = check->Created(agsubg(root, Mutable("cluster_" + name), 1),
                                     "cluster `" + name + "`");
  if (!check->ok()) return nullptr;
  check->Set(cluster, "label", EscString(label));
  check->Set(cluster, "style", "rounded,dashed");
  check->Set(cluster, "color", kGroupBorder);
  check->Set(cluster, "fontsize", "12");
  return cluster;
}

const char* TypeGroupLabel(ActorType type) {
  switch (type) {
    case ActorType::kPerson: return "People";
    case ActorType::kOrganization: return "Organizations";
    case ActorType::kCountry: return "Countries";
    case ActorType::kGroup: return "Groups";
    case ActorType::kUnknown: break;
  }
  return "Other actors";
}

// Grouping::kType: one cluster per actor type that has actors.
void GroupByType(Agraph_t* root, const StanceGraph& graph, Checker* check) {
  const StanceGraph::Graph& g = graph.graph();
  std::map<ActorType, Agraph_t*> clusters;
  for (StanceGraph::Vertex vertex : graph.VerticesInOrder()) {
    const StanceNode& actor = g[vertex];
    if (actor.kind != NodeKind::kActor) continue;
    Agraph_t*& cluster = clusters[actor.actor_type];
    if (cluster == nullptr) {
      cluster = AddCluster(root, "type_" + std::string(ActorTypeName(actor.actor_type)),
                           TypeGroupLabel(actor.actor_type), check);
    }
    if (!check->ok()) return;
    check->Created(agsubnode(cluster, agnode(root, Mutable(actor.id), 0), 1),
                   "node `" + actor.id + "` in its group");
  }
}

// Grouping::kCamp: the main topic's supporters, its opponents, and the
// actors on both sides, each in a cluster; the topic itself stands alone.
void GroupByCamp(Agraph_t* root, const StanceGraph& graph, Checker* check) {
  const std::vector<networks::TopicCamps> camps =
      networks::Camps(graph, networks::Duplicates::kStatement, 1);
  if (camps.empty()) return;
  const networks::TopicCamps& main = camps.front();
  std::set<std::string> supporters;
  std::set<std::string> opponents;
  for (const networks::CampMember& member : main.supporters) supporters.insert(member.name);
  for (const networks::CampMember& member : main.opponents) opponents.insert(member.name);
  std::map<std::string, Agraph_t*> clusters;
  const StanceGraph::Graph& g = graph.graph();
  for (StanceGraph::Vertex vertex : graph.VerticesInOrder()) {
    const StanceNode& actor = g[vertex];
    if (actor.kind != NodeKind::kActor) continue;
    const bool is_for = supporters.count(actor.name) > 0;
    const bool is_against = opponents.count(actor.name) > 0;
    if (!is_for && !is_against) continue;
    const std::string side = is_for && is_against ? "both" : is_for ? "for" : "against";
    Agraph_t*& cluster = clusters[side];
    if (cluster == nullptr) {
      const std::string label = side == "both"   ? "Both for and against " + main.name
                                : side == "for" ? "For " + main.name
                                                  : "Against " + main.name;
      cluster = AddCluster(root, "camp_" + side, label, check);
    }
    if (!check->ok()) return;
    check->Created(agsubnode(cluster, agnode(root, Mutable(actor.id), 0), 1),
                   "node `" + actor.id + "` in its camp");
  }
}

// One dotted "speaks for" edge per (actor, body), labelled with the number
// of distinct sentences that said so; sorted by actor id, then body name.
void AddAffiliations(Agraph_t* root, const StanceGraph& graph, Checker* check) {
  const StanceGraph::Graph& g = graph.graph();
  for (StanceGraph::Vertex vertex : graph.VerticesInOrder()) {
    const StanceNode& person = g[vertex];
    for (const auto& [body_name, count] : person.affiliations) {
      std::optional<StanceGraph::Vertex> body = graph.FindActor(body_name);
      if (!body) continue;
      Agnode_t* from = agnode(root, Mutable(person.id), 0);
      Agnode_t* to = agnode(root, Mutable(g[*body].id), 0);
      Agedge_t* drawn = check->Created(from && to ? agedge(root, from, to, nullptr, 1) : nullptr,
                                       "edge `" + person.id + "` -> `" + g[*body].id + "`");
      if (!check->ok()) return;
      const std::string sentences =
          count == 0 ? "given by the ontology"
                     : std::to_string(count) + " sentence" + (count == 1 ? "" : "s");
      StyleAffiliation(drawn, count == 0 ? "speaks for" : "speaks for ×" + std::to_string(count),
                       check);
      check->Set(drawn, "tooltip",
                 EscString(person.name + " speaks for " + g[*body].name + ": " + sentences));
    }
  }
}

}  // namespace

std::string Decimal(double value, int digits) {
  char buffer[64];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value,
                                    std::chars_format::fixed, digits);
  return error == std::errc() ? std::string(buffer, end) : "0";
}

const char* ActorFill(ActorType type) {
  switch (type) {
    case ActorType::kPerson: return "#cfe2f3";        // light blue
    case ActorType::kOrganization: return "#fff2cc";  // light yellow
    case ActorType::kCountry: return "#e4d7f5";       // lavender
    case ActorType::kGroup: return "#fce5cd";         // light orange
    case ActorType::kUnknown: break;
  }
  return "#e0e0e0";  // grey
}

// Whether the '&' at text[at] starts what Graphviz reads as a character
// reference ("&amp;", "&#1;", "&#x1F;"): a run of letters, digits and '#'
// closed by ';'.
bool StartsReference(std::string_view text, size_t at) {
  constexpr size_t kLongest = 32;
  size_t i = at + 1;
  while (i < text.size() && i - at <= kLongest &&
         (std::isalnum(static_cast<unsigned char>(text[i])) != 0 || text[i] == '#')) {
    ++i;
  }
  return i > at + 1 && i < text.size() && text[i] == ';';
}

std::string EscString(std::string_view text) {
  std::string valid = IsValidUtf8(text) ? std::string(text) : ToValidUtf8(text);
  std::string escaped;
  escaped.reserve(valid.size());
  for (size_t i = 0; i < valid.size(); ++i) {
    char c = valid[i];
    const auto byte = static_cast<unsigned char>(c);
    if (c == '\\') {
      escaped += "\\\\";
    } else if (c == '&' && StartsReference(valid, i)) {
      escaped += "&amp;";
    } else if (byte < 0x20 && c != '\n' && c != '\r' && c != '\t') {
      escaped += "\xEF\xBF\xBD";  // U+FFFD: XML (the SVG) has no place for C0 controls
    } else if (c == '\n') {
      escaped += "\\n";
    } else if (c == '\r') {
      if (i + 1 >= valid.size() || valid[i + 1] != '\n') escaped += "\\n";  // lone CR
    } else {
      escaped += c;
    }
  }
  return escaped;
}

std::variant<CGraph, Problem> BuildDiagram(const StanceGraph& whole,
                                           const DiagramOptions& options) {
  // Graphviz lays out a few hundred edges in a second, a million never.
  StanceGraph strongest;
  if (options.max_edges > 0 && whole.EdgeCount() > options.max_edges) {
    GraphFilter filter;
    filter.top = options.max_edges;
    strongest = Filtered(whole, filter);
  }
  const StanceGraph& graph = strongest.EdgeCount() > 0 ? strongest : whole;
  GraphvizErrors errors;
  std::optional<CGraph> diagram = CGraph::OpenDirected("stancegraph");
  if (!diagram) return Problem{"", "graphviz: cannot create a graph: " + errors.Text("no detail")};

  Checker check(errors);
  Agraph_t* root = diagram->get();
  DeclareAttributes(root, &check);
  if (check.ok()) StyleGraph(root, graph, whole.EdgeCount(), options, &check);
  if (check.ok()) AddLegend(root, graph, &check);
  if (check.ok()) AddNodes(root, graph, options, &check);
  if (check.ok() && options.grouping == Grouping::kType) GroupByType(root, graph, &check);
  if (check.ok() && options.grouping == Grouping::kCamp) GroupByCamp(root, graph, &check);
  if (check.ok()) AddEdges(root, graph, options, &check);
  if (check.ok()) AddAffiliations(root, graph, &check);
  if (!check.ok()) return check.problem();
  return std::move(*diagram);
}

}  // namespace stancegraph::exporters
