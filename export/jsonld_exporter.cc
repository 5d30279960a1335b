// JSON-LD export: one inline @context, then a @graph of actors, topics,
// stance statements (with Web Annotation evidence), affiliation statements
// (who speaks for which body, counted) and source documents.
//
// Choices forced by the processors (see /work/shared/ECOSYSTEM.md): every
// @id is a compact IRI on a prefix defined in the context, never relative;
// every key is a term of the context, with its datatype coerced there,
// since processors silently drop undefined terms; no top-level @id, which
// would make the graph a named graph; no JSON-LD-star annotations.
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <stdexcept>
#include <variant>
#include <vector>

#include "export/atomic_file.h"
#include "export/evidence_order.h"
#include "export/exporters.h"
#include "export/json_writer.h"

namespace stancegraph::exporters {
namespace {

// A context entry: a prefix (`id` only) or a term with optional coercion.
struct Term {
  const char* name;
  const char* id;
  const char* type = nullptr;       // "@id" or an xsd datatype
  const char* container = nullptr;  // "@set"
};

constexpr Term kPrefixes[] = {
    {"schema", "https://schema.org/"},
    {"skos", "http://www.w3.org/2004/02/skos/core#"},
    {"prov", "http://www.w3.org/ns/prov#"},
    {"oa", "http://www.w3.org/ns/oa#"},
    {"xsd", "http://www.w3.org/2001/XMLSchema#"},
    {"sg", "https://stancegraph.org/vocab#"},
};

// The id prefix; its IRI comes from JsonLdOptions::base_iri.
constexpr const char* kIdPrefix = "sgid";

constexpr Term kTerms[] = {
    // actors (schema.org) and topics (SKOS)
    {"name", "schema:name"},
    {"alternateName", "schema:alternateName", nullptr, "@set"},
    {"prefLabel", "skos:prefLabel"},
    {"altLabel", "skos:altLabel", nullptr, "@set"},
    {"affiliation", "schema:affiliation", "@id", "@set"},
    {"supports", "sg:supports", "@id", "@set"},
    {"opposes", "sg:opposes", "@id", "@set"},
    // stance statements
    {"actor", "sg:actor", "@id"},
    {"topic", "sg:topic", "@id"},
    {"stance", "sg:stance"},
    {"mentions", "sg:mentions", "xsd:nonNegativeInteger"},
    {"confidence", "sg:confidence", "xsd:double"},
    {"evidence", "sg:evidence", nullptr, "@set"},
    // evidence (W3C Web Annotation, PROV-O)
    {"hasTarget", "oa:hasTarget"},
    {"hasSource", "oa:hasSource", "@id"},
    {"hasSelector", "oa:hasSelector", nullptr, "@set"},
    {"start", "oa:start", "xsd:nonNegativeInteger"},
    {"end", "oa:end", "xsd:nonNegativeInteger"},
    {"exact", "oa:exact"},
    {"cue", "sg:cue"},
    {"actorMention", "sg:actorMention"},
    {"topicMention", "sg:topicMention"},
    {"date", "sg:date", "xsd:date"},
    {"dateText", "sg:dateText"},
    {"wasDerivedFrom", "prov:wasDerivedFrom", "@id"},
    // source documents
    {"identifier", "schema:identifier"},
    {"datePublished", "schema:datePublished", "xsd:date"},
};

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

// "YYYY-MM-DD" with a plausible month and day: the lexical form of xsd:date.
bool IsIsoDate(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (date[i] < '0' || date[i] > '9') return false;
  }
  int month = (date[5] - '0') * 10 + (date[6] - '0');
  int day = (date[8] - '0') * 10 + (date[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// scheme ":" rest, per RFC 3987, with no character an IRI may not contain.
bool IsAbsoluteIri(std::string_view iri) {
  size_t colon = iri.find(':');
  if (colon == 0 || colon == std::string_view::npos || colon + 1 == iri.size()) return false;
  auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (!alpha(iri[0])) return false;
  for (char c : iri.substr(0, colon)) {
    if (!alpha(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') return false;
  }
  for (unsigned char c : iri) {
    if (c <= 0x20 || std::string_view("<>\"{}|\\^`").find(static_cast<char>(c)) !=
                         std::string_view::npos) {
      return false;
    }
  }
  return true;
}

// Percent-encodes every byte but RFC 3986's unreserved characters.
std::string PercentEncode(std::string_view text) {
  std::string encoded;
  for (unsigned char c : text) {
    bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                      (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
    if (unreserved) {
      encoded += static_cast<char>(c);
    } else {
      char hex[4];
      std::snprintf(hex, sizeof hex, "%%%02X", c);
      encoded += hex;
    }
  }
  return encoded;
}

std::string NodeIri(const StanceNode& node) { return std::string(kIdPrefix) + ":" + node.id; }

// "actor/france" -> "france": the part of an id after its kind.
std::string_view SlugPart(const std::string& id) {
  size_t slash = id.find('/');
  return slash == std::string::npos ? std::string_view(id) : std::string_view(id).substr(slash + 1);
}

std::string StatementIri(const StanceGraph::Graph& g, const StanceGraph::Edge& edge) {
  return std::string(kIdPrefix) + ":stance/" + std::string(SlugPart(g[source(edge, g)].id)) + "/" +
         std::string(StanceName(g[edge].stance)) + "/" +
         std::string(SlugPart(g[target(edge, g)].id));
}

// A document id that is already an http(s) IRI is used as is; any other id
// becomes <base>doc/<percent-encoded id>.
std::string DocumentIri(const std::string& doc) {
  bool web = doc.rfind("http://", 0) == 0 || doc.rfind("https://", 0) == 0;
  if (web && IsAbsoluteIri(doc)) return doc;
  return std::string(kIdPrefix) + ":doc/" + PercentEncode(doc);
}

// Documents by IRI, with the document ids and dates seen for them.
struct SourceDocument {
  std::set<std::string> ids;
  std::set<std::string> dates;
};

// An array, or (`single_as_value`) a lone value written without one.
void WriteStrings(JsonWriter& out, std::string_view key, const std::vector<std::string>& values,
                  bool single_as_value = false) {
  if (values.empty()) return;
  out.Key(key);
  if (single_as_value && values.size() == 1) {
    out.String(values.front());
    return;
  }
  out.StartArray();
  for (const std::string& value : values) out.String(value);
  out.EndArray();
}

// Mentions other than the canonical name itself, sorted.
std::vector<std::string> Aliases(const StanceNode& node) {
  std::vector<std::string> aliases;
  for (const std::string& mention : node.mentions) {
    if (mention != node.name) aliases.push_back(mention);
  }
  return aliases;
}

void WriteContext(JsonWriter& out, const JsonLdOptions& options) {
  out.Key("@context");
  out.StartObject();
  out.Key("@version");
  out.Double(1.1);
  for (const Term& prefix : kPrefixes) out.Member(prefix.name, prefix.id);
  // "@prefix": true lets any base IRI act as a prefix; JSON-LD 1.1 only
  // does that implicitly for IRIs ending in '/', '#' and a few others.
  out.Key(kIdPrefix);
  out.StartObject();
  out.Member("@id", options.base_iri);
  out.Key("@prefix");
  out.Bool(true);
  out.EndObject();
  for (const Term& term : kTerms) {
    if (term.type == nullptr && term.container == nullptr) {
      out.Member(term.name, term.id);
      continue;
    }
    out.Key(term.name);
    out.StartObject();
    out.Member("@id", term.id);
    if (term.type != nullptr) out.Member("@type", term.type);
    if (term.container != nullptr) out.Member("@container", term.container);
    out.EndObject();
  }
  out.EndObject();
}

// The IRIs of the bodies an actor speaks for, sorted.
std::vector<std::string> AffiliationIris(const StanceGraph& graph, const StanceNode& node) {
  std::set<std::string> iris;
  for (const auto& [body, count] : node.affiliations) {
    if (auto vertex = graph.FindActor(body)) iris.insert(NodeIri(graph.graph()[*vertex]));
  }
  return {iris.begin(), iris.end()};
}

void WriteActor(JsonWriter& out, const StanceGraph& graph, StanceGraph::Vertex vertex) {
  const StanceGraph::Graph& g = graph.graph();
  const StanceNode& node = g[vertex];
  out.StartObject();
  out.Member("@id", NodeIri(node));
  out.Member("@type", ActorClass(node.actor_type));
  out.Member("name", node.name);
  WriteStrings(out, "alternateName", Aliases(node));
  WriteStrings(out, "affiliation", AffiliationIris(graph, node));

  // Direct links for simple queries; edges leave actors, sorted by topic id.
  std::map<Stance, std::set<std::string>> topics;
  for (auto [it, end] = out_edges(vertex, g); it != end; ++it) {
    topics[g[*it].stance].insert(g[target(*it, g)].id);
  }
  for (Stance stance : {Stance::kSupport, Stance::kOppose}) {
    if (topics[stance].empty()) continue;
    out.Key(stance == Stance::kSupport ? "supports" : "opposes");
    out.StartArray();
    for (const std::string& id : topics[stance]) out.String(std::string(kIdPrefix) + ":" + id);
    out.EndArray();
  }
  out.EndObject();
}

void WriteTopic(JsonWriter& out, const StanceNode& node) {
  out.StartObject();
  out.Member("@id", NodeIri(node));
  out.Member("@type", "skos:Concept");
  out.Member("prefLabel", node.name);
  WriteStrings(out, "altLabel", Aliases(node));
  out.EndObject();
}

// One place the evidence sentence was seen, as a Web Annotation target.
void WriteTarget(JsonWriter& out, const std::string& doc, int64_t start, int64_t end,
                 const std::string& sentence) {
  out.StartObject();
  out.Member("@type", "oa:SpecificResource");
  out.Member("hasSource", DocumentIri(doc));
  out.Key("hasSelector");
  out.StartArray();
  if (start >= 0 && end >= start) {
    out.StartObject();
    out.Member("@type", "oa:TextPositionSelector");
    out.Key("start");
    out.Int64(start);
    out.Key("end");
    out.Int64(end);
    out.EndObject();
  }
  out.StartObject();
  out.Member("@type", "oa:TextQuoteSelector");
  out.Member("exact", sentence);
  out.EndObject();
  out.EndArray();
  out.EndObject();
}

// A sentence seen in one place has one target and one source document; a
// repeated or syndicated one (counted once) has one target per place seen.
void WriteEvidence(JsonWriter& out, const Evidence& evidence, const std::string& iri) {
  std::string document = DocumentIri(evidence.doc);
  out.StartObject();
  out.Member("@id", iri);
  out.Member("@type", "oa:Annotation");
  out.Key("hasTarget");
  if (evidence.sources.size() <= 1) {
    WriteTarget(out, evidence.doc, evidence.start, evidence.end, evidence.sentence);
  } else {
    out.StartArray();
    for (const EvidenceSource& source : evidence.sources) {
      WriteTarget(out, source.doc, source.start, source.end, evidence.sentence);
    }
    out.EndArray();
  }
  if (!evidence.cue.empty()) out.Member("cue", evidence.cue);
  if (!evidence.actor_mention.empty()) out.Member("actorMention", evidence.actor_mention);
  if (!evidence.topic_mention.empty()) out.Member("topicMention", evidence.topic_mention);
  if (std::isfinite(evidence.confidence)) {
    out.Key("confidence");
    out.Double(evidence.confidence);
  }
  if (IsIsoDate(evidence.date)) {
    out.Member("date", evidence.date);
  } else if (!evidence.date.empty()) {
    out.Member("dateText", evidence.date);
  }
  std::set<std::string> documents = {document};
  for (const EvidenceSource& source : evidence.sources) documents.insert(DocumentIri(source.doc));
  WriteStrings(out, "wasDerivedFrom", {documents.begin(), documents.end()}, true);
  out.EndObject();
}

void WriteStatement(JsonWriter& out, const StanceGraph::Graph& g, const StanceGraph::Edge& edge) {
  const StanceEdge& properties = g[edge];
  std::string iri = StatementIri(g, edge);
  out.StartObject();
  out.Member("@id", iri);
  out.Member("@type", "sg:StanceStatement");
  out.Member("actor", NodeIri(g[source(edge, g)]));
  out.Member("stance", StanceName(properties.stance));
  out.Member("topic", NodeIri(g[target(edge, g)]));
  out.Key("mentions");
  out.Uint64(properties.mentions);
  if (std::isfinite(properties.confidence)) {
    out.Key("confidence");
    out.Double(properties.confidence);
  }
  out.Key("evidence");
  out.StartArray();
  size_t number = 0;
  for (const Evidence* evidence : SortedEvidence(properties.evidence)) {
    WriteEvidence(out, *evidence, iri + "/evidence/" + std::to_string(++number));
  }
  out.EndArray();
  out.EndObject();
}

// A "speaks for" link with its count of distinct sentences (0: given by an
// ontology), beside the plain schema:affiliation on the actor:
// sgid:affiliation/<actor slug>/<body slug>.
void WriteAffiliations(JsonWriter& out, const StanceGraph& graph, StanceGraph::Vertex vertex) {
  const StanceGraph::Graph& g = graph.graph();
  const StanceNode& node = g[vertex];
  std::map<std::string, std::pair<std::string, size_t>> links;  // body IRI -> (slug, count)
  for (const auto& [body, count] : node.affiliations) {
    if (auto found = graph.FindActor(body)) {
      links[NodeIri(g[*found])] = {std::string(SlugPart(g[*found].id)), count};
    }
  }
  for (const auto& [iri, link] : links) {
    out.StartObject();
    out.Member("@id", std::string(kIdPrefix) + ":affiliation/" + std::string(SlugPart(node.id)) +
                          "/" + link.first);
    out.Member("@type", "sg:AffiliationStatement");
    out.Member("actor", NodeIri(node));
    WriteStrings(out, "affiliation", {iri});
    out.Key("mentions");
    out.Uint64(link.second);
    out.EndObject();
  }
}

void WriteDocument(JsonWriter& out, const std::string& iri, const SourceDocument& document) {
  out.StartObject();
  out.Member("@id", iri);
  out.Member("@type", "schema:NewsArticle");
  WriteStrings(out, "identifier", {document.ids.begin(), document.ids.end()}, true);
  WriteStrings(out, "datePublished", {document.dates.begin(), document.dates.end()}, true);
  out.EndObject();
}

std::map<std::string, SourceDocument> SourceDocuments(const StanceGraph& graph) {
  std::map<std::string, SourceDocument> documents;
  const StanceGraph::Graph& g = graph.graph();
  for (auto [it, end] = edges(g); it != end; ++it) {
    for (const Evidence& evidence : g[*it].evidence) {
      SourceDocument& document = documents[DocumentIri(evidence.doc)];
      document.ids.insert(evidence.doc);
      if (IsIsoDate(evidence.date)) document.dates.insert(evidence.date);
      for (const EvidenceSource& source : evidence.sources) {
        SourceDocument& also = documents[DocumentIri(source.doc)];
        also.ids.insert(source.doc);
        if (IsIsoDate(source.date)) also.dates.insert(source.date);
      }
    }
  }
  return documents;
}

// The JSON-LD text, or a Problem with `where` empty.
std::variant<std::string, Problem> RenderJsonLd(const StanceGraph& graph,
                                                const JsonLdOptions& options) {
  if (!IsAbsoluteIri(options.base_iri)) {
    return Problem{"", "base IRI `" + options.base_iri + "` is not an absolute IRI"};
  }
  const StanceGraph::Graph& g = graph.graph();
  JsonWriter out;
  out.StartObject();
  WriteContext(out, options);
  out.Key("@graph");
  out.StartArray();
  std::vector<StanceGraph::Vertex> vertices = graph.VerticesInOrder();
  for (StanceGraph::Vertex vertex : vertices) {
    if (g[vertex].kind == NodeKind::kActor) WriteActor(out, graph, vertex);
  }
  for (StanceGraph::Vertex vertex : vertices) {
    if (g[vertex].kind == NodeKind::kTopic) WriteTopic(out, g[vertex]);
  }
  for (const StanceGraph::Edge& edge : graph.EdgesInOrder()) WriteStatement(out, g, edge);
  for (StanceGraph::Vertex vertex : vertices) {
    if (g[vertex].kind == NodeKind::kActor) WriteAffiliations(out, graph, vertex);
  }
  for (const auto& [iri, document] : SourceDocuments(graph)) WriteDocument(out, iri, document);
  out.EndArray();
  out.EndObject();

  std::string text;
  std::string error;
  if (!out.Finish(&text, &error)) return Problem{"", error};
  return text;
}

}  // namespace

std::string JsonLdText(const StanceGraph& graph, const JsonLdOptions& options) {
  std::variant<std::string, Problem> text = RenderJsonLd(graph, options);
  if (auto* problem = std::get_if<Problem>(&text)) throw std::invalid_argument(problem->message);
  return std::get<std::string>(std::move(text));
}

std::optional<Problem> WriteJsonLd(const StanceGraph& graph, const std::string& path,
                                   const JsonLdOptions& options) {
  std::variant<std::string, Problem> text = RenderJsonLd(graph, options);
  if (auto* problem = std::get_if<Problem>(&text)) return Problem{path, problem->message};
  return WriteFileAtomically(path, std::get<std::string>(text));
}

}  // namespace stancegraph::exporters
