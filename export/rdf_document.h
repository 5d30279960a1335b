// RdfDocument: the RDF of a StanceGraph, built once and then serialized as
// JSON-LD (jsonld_exporter.cc) and as N-Quads (nquads_exporter.cc), so both
// files carry exactly the same triples.
//
// The model has the shape of the JSON-LD we write: a list of top-level nodes
// with an @id, each with its types and its properties in output order. A
// property is a term of the context (rdf_context.h); its values are IRIs,
// literals, or nested nodes without an @id (blank nodes, which JSON-LD
// writes inline). A literal's datatype is its term's coercion, never stored
// twice: Node::Add refuses a value that does not fit its term.
//
// What the document holds (README.md, "RDF", has the id scheme): actors,
// topics, stance statements with Web Annotation evidence, affiliation
// statements, source documents, the software agent the statements are
// attributed to, and (JsonLdOptions::networks) the congruence and conflict
// networks with one tie node per edge and direct agreesWith/conflictsWith
// links on the actors. Order and content depend only on the graph's
// content, never on insertion order or the clock. Private to export/.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/problem.h"
#include "export/exporters.h"
#include "export/rdf_context.h"

namespace stancegraph::exporters::rdf {

// An IRI as JSON-LD writes it: compact on a context prefix
// ("sgid:actor/france", "schema:Person") or absolute ("https://example.org/a").
struct Iri {
  std::string text;
};

struct Node;

// A property value. Literals: std::string (a plain string, or the lexical
// form of an xsd:date when the term says so), uint64_t (an
// xsd:nonNegativeInteger) and double (an xsd:double, always finite).
using Value = std::variant<Iri, std::string, uint64_t, double, std::shared_ptr<const Node>>;

struct Property {
  const Term* term = nullptr;
  std::vector<Value> values;  // never empty
};

struct Node {
  std::string id;                    // compact or absolute IRI; empty: a blank node
  std::vector<std::string> types;    // compact IRIs
  std::vector<Property> properties;  // in output order

  // Adds the property `term` with one value, or with `values` (none: the
  // property is left out). Throws std::logic_error when `term` is not in
  // the context or a value does not fit its coercion: a bug in the
  // builder, never a problem of the input.
  void Add(std::string_view term, Value value);
  void AddAll(std::string_view term, std::vector<Value> values);
};

struct Document {
  std::string base_iri;     // the IRI of the id prefix (kIdPrefix)
  std::vector<Node> nodes;  // top-level nodes, in output order
};


// The document (rdf_builder.cc), or a Problem (with `where` empty) when
// options.base_iri is not an absolute IRI.
std::variant<Document, Problem> BuildDocument(const StanceGraph& graph,
                                              const JsonLdOptions& options);

}  // namespace stancegraph::exporters::rdf
