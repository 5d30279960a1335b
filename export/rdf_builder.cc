// GenerateNodes (rdf_builder.h): the RDF of a StanceGraph, node by node.
// Each top-level node is built, handed to the sink and dropped; only the
// derived networks (bounded by the actor cap) and, once the statements are
// out, the index of source documents are held for the whole graph. The
// choices forced by the processors that read it (see
// /work/shared/ECOSYSTEM.md): every @id is a compact IRI on a prefix of the
// context, never relative; every key is a term of the context with its
// datatype coerced there, since processors silently drop undefined terms;
// nothing in a named graph; no JSON-LD-star annotations.
#include "export/rdf_builder.h"

#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <unordered_map>

#include "core/date.h"
#include "core/utf8.h"
#include "export/evidence_order.h"
#include "export/url_template.h"
#include "graph/networks.h"

namespace stancegraph::exporters::rdf {
namespace {

// The ids of everything not taken from the graph's node ids.
std::string IdIri(std::string_view path) {
  return std::string(kIdPrefix) + ":" + std::string(path);
}
std::string AgentIri() { return IdIri("agent/stancegraph"); }

std::string NodeIri(const StanceNode& node) { return IdIri(node.id); }

// "actor/france" -> "france": the part of an id after its kind.
std::string_view SlugPart(std::string_view id) {
  size_t slash = id.find('/');
  return slash == std::string_view::npos ? id : id.substr(slash + 1);
}

std::string StatementIri(const StanceGraph::Graph& g, const StanceGraph::Edge& edge) {
  return IdIri("stance/" + std::string(SlugPart(g[source(edge, g)].id)) + "/" +
               std::string(StanceName(g[edge].stance)) + "/" +
               std::string(SlugPart(g[target(edge, g)].id)));
}

// A document id that is already an http(s) IRI is used as is; any other id
// becomes <base>doc/<percent-encoded id>.
std::string DocumentIri(std::string_view doc) {
  bool web = doc.starts_with("http://") || doc.starts_with("https://");
  if (web && IsAbsoluteIri(doc)) return std::string(doc);
  return IdIri("doc/" + PercentEncode(doc));
}

const char* ActorClass(ActorType type) {
  switch (type) {
    case ActorType::kPerson: return "schema:Person";
    case ActorType::kOrganization: return "schema:Organization";
    case ActorType::kCountry: return "schema:Country";
    case ActorType::kGroup: return "sg:Group";
    case ActorType::kUnknown: break;
  }
  return "sg:Actor";
}

template <typename Texts>
std::vector<Value> Strings(const Texts& texts) {
  std::vector<Value> values;
  for (std::string_view text : texts) values.push_back(std::string(text));
  return values;
}

std::vector<Value> Iris(const std::set<std::string>& iris) {
  std::vector<Value> values;
  for (const std::string& iri : iris) values.push_back(Iri{iri});
  return values;
}

Value Nested(Node node) { return std::make_shared<const Node>(std::move(node)); }

// Mentions other than the canonical name itself, sorted.
std::set<std::string> Aliases(const StanceNode& node) {
  std::set<std::string> aliases = node.mentions;
  aliases.erase(node.name);
  return aliases;
}

// ---------------------------------------------------------------------------
// Derived networks

// The two actor networks written, with the direct link each gives actors.
struct ActorNetwork {
  networks::Network network;
  const char* link;  // "agreesWith" or "conflictsWith"
};

std::vector<ActorNetwork> ActorNetworks(const StanceGraph& graph, const JsonLdOptions& json_ld) {
  std::vector<ActorNetwork> result;
  for (auto [type, link] : {std::pair{networks::NetworkType::kCongruence, "agreesWith"},
                            std::pair{networks::NetworkType::kConflict, "conflictsWith"}}) {
    networks::NetworkOptions options;  // normalization none, duplicates statement
    options.type = type;
    options.most_active = json_ld.network_actors;
    for (networks::Network& network : networks::DeriveNetworks(graph, options)) {
      result.push_back({std::move(network), link});
    }
  }
  return result;
}

// Actor IRI -> link term -> IRIs of the actors it is tied to, both ways.
using ActorLinks = std::map<std::string, std::map<std::string, std::set<std::string>>>;

ActorLinks LinksOf(const std::vector<ActorNetwork>& derived) {
  ActorLinks links;
  for (const ActorNetwork& actor_network : derived) {
    const networks::Network& network = actor_network.network;
    for (const networks::NetworkEdge& edge : network.edges) {
      const std::string a = IdIri(network.nodes[edge.source].id);
      const std::string b = IdIri(network.nodes[edge.target].id);
      links[a][actor_network.link].insert(b);
      links[b][actor_network.link].insert(a);
    }
  }
  return links;
}

// sgid:network/<name>, and one tie per edge:
// sgid:network/<name>/<actor slug>/<actor slug>, the actors in id order.
void EmitNetwork(const NodeSink& sink, const networks::Network& network) {
  const std::string iri = IdIri("network/" + network.name);
  Node described{iri, {"sg:Network"}, {}};
  described.Add("networkType", std::string(networks::NetworkTypeName(network.type)));
  described.Add("normalization", std::string(networks::NormalizationName(network.normalization)));
  described.Add("duplicates", std::string(networks::DuplicatesName(network.duplicates)));
  described.Add("wasAttributedTo", Iri{AgentIri()});
  sink(described);
  for (const networks::NetworkEdge& edge : network.edges) {
    const networks::NetworkNode& a = network.nodes[edge.source];
    const networks::NetworkNode& b = network.nodes[edge.target];
    Node tie{iri + "/" + std::string(SlugPart(a.id)) + "/" + std::string(SlugPart(b.id)),
             {"sg:NetworkTie"},
             {}};
    tie.Add("network", Iri{iri});
    tie.AddAll("between", Iris({IdIri(a.id), IdIri(b.id)}));
    tie.Add("weight", edge.weight);
    sink(tie);
  }
}

// ---------------------------------------------------------------------------
// Actors, topics, statements, documents

// The IRIs of the bodies an actor speaks for, sorted.
std::set<std::string> AffiliationIris(const StanceGraph& graph, const StanceNode& node) {
  std::set<std::string> iris;
  for (const auto& [body, count] : node.affiliations) {
    if (auto vertex = graph.FindActor(body)) iris.insert(NodeIri(graph.graph()[*vertex]));
  }
  return iris;
}

Node ActorNode(const StanceGraph& graph, StanceGraph::Vertex vertex, const ActorLinks& links) {
  const StanceGraph::Graph& g = graph.graph();
  const StanceNode& actor = g[vertex];
  Node node{NodeIri(actor), {ActorClass(actor.actor_type)}, {}};
  node.Add("name", actor.name);
  node.AddAll("alternateName", Strings(Aliases(actor)));
  node.AddAll("affiliation", Iris(AffiliationIris(graph, actor)));

  // Direct links for simple queries; edges leave actors, sorted by topic IRI.
  std::map<Stance, std::set<std::string>> topics;
  for (auto [it, end] = out_edges(vertex, g); it != end; ++it) {
    topics[g[*it].stance].insert(NodeIri(g[target(*it, g)]));
  }
  node.AddAll("supports", Iris(topics[Stance::kSupport]));
  node.AddAll("opposes", Iris(topics[Stance::kOppose]));
  if (auto found = links.find(node.id); found != links.end()) {
    for (const char* link : {"agreesWith", "conflictsWith"}) {
      if (auto partners = found->second.find(link); partners != found->second.end()) {
        node.AddAll(link, Iris(partners->second));
      }
    }
  }
  return node;
}

Node TopicNode(const StanceNode& topic) {
  Node node{NodeIri(topic), {"skos:Concept"}, {}};
  node.Add("prefLabel", topic.name);
  node.AddAll("altLabel", Strings(Aliases(topic)));
  return node;
}

// One place the evidence sentence was seen, as a Web Annotation target.
Node TargetNode(const std::string& doc, int64_t start, int64_t end, const std::string& sentence) {
  Node target{"", {"oa:SpecificResource"}, {}};
  target.Add("hasSource", Iri{DocumentIri(doc)});
  std::vector<Value> selectors;
  if (start >= 0 && end >= start) {
    Node position{"", {"oa:TextPositionSelector"}, {}};
    position.Add("start", static_cast<uint64_t>(start));
    position.Add("end", static_cast<uint64_t>(end));
    selectors.push_back(Nested(std::move(position)));
  }
  Node quote{"", {"oa:TextQuoteSelector"}, {}};
  quote.Add("exact", sentence);
  selectors.push_back(Nested(std::move(quote)));
  target.AddAll("hasSelector", std::move(selectors));
  return target;
}

// A sentence seen in one place has one target and one source document; a
// repeated or syndicated one (counted once) has one target per place seen.
Node EvidenceNode(const Evidence& evidence, const std::string& iri) {
  Node node{iri, {"oa:Annotation"}, {}};
  std::vector<Value> targets;
  for (const EvidenceSource& source : evidence.sources) {
    targets.push_back(Nested(TargetNode(source.doc, source.start, source.end, evidence.sentence)));
  }
  node.AddAll("hasTarget", std::move(targets));
  if (!evidence.cue.empty()) node.Add("cue", evidence.cue);
  if (!evidence.actor_mention.empty()) node.Add("actorMention", evidence.actor_mention);
  if (!evidence.topic_mention.empty()) node.Add("topicMention", evidence.topic_mention);
  if (std::isfinite(evidence.confidence)) node.Add("confidence", evidence.confidence);
  if (IsIsoDate(evidence.date())) {
    node.Add("date", evidence.date());
  } else if (!evidence.date().empty()) {
    node.Add("dateText", evidence.date());
  }
  std::set<std::string> documents;
  for (const EvidenceSource& source : evidence.sources) documents.insert(DocumentIri(source.doc));
  node.AddAll("wasDerivedFrom", Iris(documents));
  return node;
}

Node StatementNode(const StanceGraph::Graph& g, const StanceGraph::Edge& edge) {
  const StanceEdge& properties = g[edge];
  Node node{StatementIri(g, edge), {"sg:StanceStatement"}, {}};
  node.Add("actor", Iri{NodeIri(g[source(edge, g)])});
  node.Add("stance", std::string(StanceName(properties.stance)));
  node.Add("topic", Iri{NodeIri(g[target(edge, g)])});
  node.Add("mentions", static_cast<uint64_t>(properties.mentions));
  if (std::isfinite(properties.confidence)) node.Add("confidence", properties.confidence);
  std::vector<Value> evidence;
  size_t number = 0;
  for (const Evidence* item : SortedEvidence(properties.evidence)) {
    evidence.push_back(
        Nested(EvidenceNode(*item, node.id + "/evidence/" + std::to_string(++number))));
  }
  node.AddAll("evidence", std::move(evidence));
  node.Add("wasAttributedTo", Iri{AgentIri()});
  return node;
}

// A "speaks for" link with its count of distinct sentences (0: given by an
// ontology), beside the plain schema:affiliation on the actor:
// sgid:affiliation/<actor slug>/<body slug>.
void EmitAffiliations(const NodeSink& sink, const StanceGraph& graph, StanceGraph::Vertex vertex) {
  const StanceGraph::Graph& g = graph.graph();
  const StanceNode& actor = g[vertex];
  std::map<std::string, std::pair<std::string, size_t>> links;  // body IRI -> (slug, count)
  for (const auto& [body, count] : actor.affiliations) {
    if (auto found = graph.FindActor(body)) {
      links[NodeIri(g[*found])] = {std::string(SlugPart(g[*found].id)), count};
    }
  }
  for (const auto& [iri, link] : links) {
    Node node{IdIri("affiliation/" + std::string(SlugPart(actor.id)) + "/" + link.first),
              {"sg:AffiliationStatement"},
              {}};
    node.Add("actor", Iri{NodeIri(actor)});
    node.Add("affiliation", Iri{iri});
    node.Add("mentions", static_cast<uint64_t>(link.second));
    node.Add("wasAttributedTo", Iri{AgentIri()});
    sink(node);
  }
}

// Documents by IRI, with the document ids and dates seen for them (views
// into the graph).
struct SourceDocument {
  std::set<std::string_view> ids;
  std::set<std::string_view> dates;
};

std::map<std::string, SourceDocument> SourceDocuments(const StanceGraph& graph) {
  // The dates of each document id first: an id comes back with every
  // sentence seen in it, and its IRI (percent-encoded) is better made once.
  std::unordered_map<std::string_view, std::set<std::string_view>> dates_by_id;
  auto note = [&](const std::string& doc, const std::string& date) {
    std::set<std::string_view>& dates = dates_by_id[doc];
    if (IsIsoDate(date)) dates.insert(date);
  };
  const StanceGraph::Graph& g = graph.graph();
  for (auto [it, end] = edges(g); it != end; ++it) {
    for (const Evidence& evidence : g[*it].evidence) {
      for (const EvidenceSource& source : evidence.sources) note(source.doc, source.date);
    }
  }
  std::map<std::string, SourceDocument> documents;
  for (const auto& [id, dates] : dates_by_id) {
    SourceDocument& document = documents[DocumentIri(id)];
    document.ids.insert(id);
    document.dates.insert(dates.begin(), dates.end());
  }
  return documents;
}

Node DocumentNode(const std::string& iri, const SourceDocument& document) {
  Node node{iri, {"schema:NewsArticle"}, {}};
  node.AddAll("identifier", Strings(document.ids));
  node.AddAll("datePublished", Strings(document.dates));
  return node;
}

// The program the statements are attributed to. No version or run time:
// the output must not change with the clock.
Node AgentNode() {
  Node node{AgentIri(), {"prov:SoftwareAgent"}, {}};
  node.Add("name", std::string("stancegraph"));
  return node;
}

}  // namespace

std::optional<Problem> OptionsProblem(const JsonLdOptions& options) {
  if (IsAbsoluteIri(options.base_iri)) return std::nullopt;
  return Problem{"", "base IRI `" + options.base_iri + "` is not an absolute IRI"};
}

void GenerateNodes(const StanceGraph& graph, const JsonLdOptions& options, const NodeSink& sink) {
  std::vector<ActorNetwork> derived;
  if (options.networks) derived = ActorNetworks(graph, options);
  const ActorLinks links = LinksOf(derived);

  const StanceGraph::Graph& g = graph.graph();
  const std::vector<StanceGraph::Vertex> vertices = graph.VerticesInOrder();
  for (StanceGraph::Vertex vertex : vertices) {
    if (g[vertex].kind == NodeKind::kActor) sink(ActorNode(graph, vertex, links));
  }
  for (StanceGraph::Vertex vertex : vertices) {
    if (g[vertex].kind == NodeKind::kTopic) sink(TopicNode(g[vertex]));
  }
  for (const StanceGraph::Edge& edge : graph.EdgesInOrder()) sink(StatementNode(g, edge));
  for (StanceGraph::Vertex vertex : vertices) {
    if (g[vertex].kind == NodeKind::kActor) EmitAffiliations(sink, graph, vertex);
  }
  for (const auto& [iri, source] : SourceDocuments(graph)) sink(DocumentNode(iri, source));
  sink(AgentNode());
  for (const ActorNetwork& actor_network : derived) EmitNetwork(sink, actor_network.network);
}

}  // namespace stancegraph::exporters::rdf

namespace stancegraph::exporters {

bool IsAbsoluteIri(std::string_view iri) {
  size_t colon = iri.find(':');
  if (colon == 0 || colon == std::string_view::npos || colon + 1 == iri.size()) return false;
  auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (!alpha(iri[0])) return false;
  for (char c : iri.substr(0, colon)) {
    if (!alpha(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') return false;
  }
  for (unsigned char c : iri) {
    if (c <= 0x20 || c == 0x7F ||
        std::string_view("<>\"{}|\\^`").find(static_cast<char>(c)) != std::string_view::npos) {
      return false;
    }
  }
  return IsValidUtf8(iri);
}

}  // namespace stancegraph::exporters
