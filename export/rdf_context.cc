// Term lookup and compact IRI expansion for the RDF exports.
#include "export/rdf_context.h"

namespace stancegraph::exporters::rdf {

const Term* FindTerm(std::string_view name) {
  for (const Term& term : kTerms) {
    if (name == term.name) return &term;
  }
  return nullptr;
}

std::string ExpandIri(std::string_view iri, std::string_view base_iri) {
  const size_t colon = iri.find(':');
  if (colon == std::string_view::npos) return std::string(iri);
  const std::string_view prefix = iri.substr(0, colon);
  const std::string_view rest = iri.substr(colon + 1);
  // JSON-LD reads "p://..." as an absolute IRI even when p is a prefix.
  if (rest.substr(0, 2) == "//") return std::string(iri);
  if (prefix == kIdPrefix) return std::string(base_iri) + std::string(rest);
  for (const Prefix& known : kPrefixes) {
    if (prefix == known.name) return known.iri + std::string(rest);
  }
  return std::string(iri);
}

}  // namespace stancegraph::exporters::rdf
