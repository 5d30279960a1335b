// The RDF node model: Node::Add keeps every value true to its term's
// coercion, so both writers can take a literal's datatype from the term.
#include "export/rdf_node.h"

#include <cmath>
#include <stdexcept>

#include "core/date.h"

namespace stancegraph::exporters::rdf {

namespace {

// Whether `value` is what JSON-LD makes of a value of `term`: an IRI for
// "@id" terms, a literal of the coerced datatype, a string or a nested node
// for terms without coercion.
bool FitsTerm(const Term& term, const Value& value) {
  const std::string_view type = term.type == nullptr ? "" : term.type;
  if (type == "@id") return std::holds_alternative<Iri>(value);
  if (type == "xsd:nonNegativeInteger") return std::holds_alternative<uint64_t>(value);
  if (type == "xsd:double") {
    return std::holds_alternative<double>(value) && std::isfinite(std::get<double>(value));
  }
  if (type == "xsd:date") {
    return std::holds_alternative<std::string>(value) && IsIsoDate(std::get<std::string>(value));
  }
  if (!type.empty()) return false;
  if (const auto* node = std::get_if<std::shared_ptr<const Node>>(&value)) {
    return *node != nullptr;
  }
  return std::holds_alternative<std::string>(value);
}

}  // namespace

void Node::Add(std::string_view term, Value value) {
  std::vector<Value> values;
  values.push_back(std::move(value));
  AddAll(term, std::move(values));
}

void Node::AddAll(std::string_view term, std::vector<Value> values) {
  if (values.empty()) return;
  const Term* found = FindTerm(term);
  if (found == nullptr) throw std::logic_error("rdf: no context term `" + std::string(term) + "`");
  for (const Value& value : values) {
    if (!FitsTerm(*found, value)) {
      throw std::logic_error("rdf: a value that does not fit term `" + std::string(term) + "`");
    }
  }
  properties.push_back({found, std::move(values)});
}

}  // namespace stancegraph::exporters::rdf
