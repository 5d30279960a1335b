// JSON-LD export: one inline @context, then a @graph of the top-level nodes
// of the RDF (rdf_builder.h), nested nodes inline, each written into the
// output stream as the builder hands it over.
//
// Shape forced by the processors (see /work/shared/ECOSYSTEM.md): the
// @context comes first and is inline (remote contexts fail offline); ids and
// types stay compact on its prefixes, with datatypes coerced by its terms,
// so values are plain JSON strings and numbers; no top-level @id, which
// would make the graph a named graph.
#include <ostream>
#include <string_view>
#include <variant>

#include "export/atomic_file.h"
#include "export/exporters.h"
#include "export/json_writer.h"
#include "export/rdf_builder.h"
#include "export/stream_writer.h"

namespace stancegraph::exporters {
namespace {

using rdf::Node;
using rdf::Property;
using rdf::Term;
using rdf::Value;

void WriteContext(JsonWriter& out, const std::string& base_iri) {
  out.Key("@context");
  out.StartObject();
  out.Key("@version");
  out.Double(1.1);
  for (const rdf::Prefix& prefix : rdf::kPrefixes) out.Member(prefix.name, prefix.iri);
  // "@prefix": true lets any base IRI act as a prefix; JSON-LD 1.1 only
  // does that implicitly for IRIs ending in '/', '#' and a few others.
  out.Key(rdf::kIdPrefix);
  out.StartObject();
  out.Member("@id", base_iri);
  out.Key("@prefix");
  out.Bool(true);
  out.EndObject();
  for (const Term& term : rdf::kTerms) {
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

void WriteNode(JsonWriter& out, const Node& node);

// Values are written bare: the term's coercion in the context types them.
void WriteValue(JsonWriter& out, const Value& value) {
  if (const auto* iri = std::get_if<rdf::Iri>(&value)) {
    out.String(iri->text);
  } else if (const auto* text = std::get_if<std::string>(&value)) {
    out.String(*text);
  } else if (const auto* count = std::get_if<uint64_t>(&value)) {
    out.Uint64(*count);
  } else if (const auto* number = std::get_if<double>(&value)) {
    out.Double(*number);
  } else {
    WriteNode(out, *std::get<std::shared_ptr<const Node>>(value));
  }
}

// One value alone, several (or any number of a "@set" term) as an array.
void WriteProperty(JsonWriter& out, const Property& property) {
  out.Key(property.term->name);
  const bool set =
      property.term->container != nullptr && std::string_view(property.term->container) == "@set";
  if (!set && property.values.size() == 1) {
    WriteValue(out, property.values.front());
    return;
  }
  out.StartArray();
  for (const Value& value : property.values) WriteValue(out, value);
  out.EndArray();
}

void WriteNode(JsonWriter& out, const Node& node) {
  out.StartObject();
  if (!node.id.empty()) out.Member("@id", node.id);
  if (node.types.size() == 1) {
    out.Member("@type", node.types.front());
  } else if (!node.types.empty()) {
    out.Key("@type");
    out.StartArray();
    for (const std::string& type : node.types) out.String(type);
    out.EndArray();
  }
  for (const Property& property : node.properties) WriteProperty(out, property);
  out.EndObject();
}

// Writes the JSON-LD into `out`, or returns a Problem with `where` empty.
std::optional<Problem> StreamJsonLd(std::ostream& out, const StanceGraph& graph,
                                    const JsonLdOptions& options) {
  if (std::optional<Problem> problem = rdf::OptionsProblem(options)) return problem;
  JsonWriter json(out);
  json.StartObject();
  WriteContext(json, options.base_iri);
  json.Key("@graph");
  json.StartArray();
  rdf::GenerateNodes(graph, options, [&json](const Node& node) { WriteNode(json, node); });
  json.EndArray();
  json.EndObject();
  std::string error;
  if (!json.Finish(&error)) return Problem{"", error};
  return std::nullopt;
}

}  // namespace

std::string JsonLdText(const StanceGraph& graph, const JsonLdOptions& options) {
  return StreamedText([&](std::ostream& out) { return StreamJsonLd(out, graph, options); });
}

std::optional<Problem> WriteJsonLd(const StanceGraph& graph, const std::string& path,
                                   const JsonLdOptions& options) {
  return WriteFileAtomically(path,
                             [&](std::ostream& out) { return StreamJsonLd(out, graph, options); });
}

}  // namespace stancegraph::exporters
