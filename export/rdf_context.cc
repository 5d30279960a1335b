// Term lookup and compact IRI expansion for the RDF exports.
#include "export/rdf_context.h"

namespace stancegraph::exporters::rdf {

const Term* FindTerm(std::string_view name) {
  for (const Term& term : kTerms) {
    if (name == term.name) return &term;
  }
  return nullptr;
}

void AppendExpandedIri(std::string& out, std::string_view iri, std::string_view base_iri) {
  const size_t colon = iri.find(':');
  const std::string_view prefix = iri.substr(0, colon);
  const std::string_view rest = colon == std::string_view::npos ? "" : iri.substr(colon + 1);
  // JSON-LD reads "p://..." as an absolute IRI even when p is a prefix.
  if (colon != std::string_view::npos && rest.substr(0, 2) != "//") {
    if (prefix == kIdPrefix) {
      out.append(base_iri).append(rest);
      return;
    }
    for (const Prefix& known : kPrefixes) {
      if (prefix == known.name) {
        out.append(known.iri).append(rest);
        return;
      }
    }
  }
  out.append(iri);
}

}  // namespace stancegraph::exporters::rdf
