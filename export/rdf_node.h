// rdf::Node: one node of the RDF of a StanceGraph, as the builder
// (rdf_builder.h) hands it to the JSON-LD writer (jsonld_exporter.cc) and
// the N-Quads writer (nquads_exporter.cc), so both files carry exactly the
// same triples.
//
// The model has the shape of the JSON-LD we write: a top-level node has an
// @id, its types and its properties in output order. A property is a term
// of the context (rdf_context.h); its values are IRIs, literals, or nested
// nodes without an @id (blank nodes, which JSON-LD writes inline). A
// literal's datatype is its term's coercion, never stored twice: Node::Add
// refuses a value that does not fit its term. Private to export/.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

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

}  // namespace stancegraph::exporters::rdf
