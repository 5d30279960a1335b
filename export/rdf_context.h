// The vocabulary of the RDF exports: the prefixes and terms of the JSON-LD
// @context, and the expansion of compact IRIs that the N-Quads writer needs.
//
// This table is the one place that says which IRI a JSON key stands for and
// how its values are typed ("coerced"); the JSON-LD writer prints it as the
// inline @context, the N-Quads writer reads datatypes from it, so the two
// serializations cannot disagree. Every sg: IRI used here is defined in
// export/vocabulary/stancegraph.ttl. Private to export/.
#pragma once

#include <string>
#include <string_view>

namespace stancegraph::exporters::rdf {

struct Prefix {
  const char* name;
  const char* iri;
};

// A context term. `type` is the coercion of its values: "@id" (the values
// are IRIs), an xsd datatype (the values are literals of that type), or
// nullptr (plain strings or nested nodes). `container` "@set": always an
// array in JSON-LD, even with one value.
struct Term {
  const char* name;
  const char* id;
  const char* type = nullptr;
  const char* container = nullptr;
};

inline constexpr Prefix kPrefixes[] = {
    {"schema", "https://schema.org/"},
    {"skos", "http://www.w3.org/2004/02/skos/core#"},
    {"prov", "http://www.w3.org/ns/prov#"},
    {"oa", "http://www.w3.org/ns/oa#"},
    {"xsd", "http://www.w3.org/2001/XMLSchema#"},
    {"sg", "https://stancegraph.org/vocab#"},
};

// The prefix of every @id; its IRI is JsonLdOptions::base_iri.
inline constexpr const char* kIdPrefix = "sgid";

inline constexpr Term kTerms[] = {
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
    // provenance: statements and networks are attributed to the software
    {"wasAttributedTo", "prov:wasAttributedTo", "@id"},
    // derived actor networks: direct links, the network, its ties
    {"agreesWith", "sg:agreesWith", "@id", "@set"},
    {"conflictsWith", "sg:conflictsWith", "@id", "@set"},
    {"networkType", "sg:networkType"},
    {"normalization", "sg:normalization"},
    {"duplicates", "sg:duplicates"},
    {"network", "sg:network", "@id"},
    {"between", "sg:between", "@id", "@set"},
    {"weight", "sg:weight", "xsd:double"},
};

// The term whose JSON key is `name`; nullptr when the context has none.
const Term* FindTerm(std::string_view name);

// Appends the full IRI of `iri` to `out`: "schema:Person" ->
// "https://schema.org/Person", "sgid:actor/france" -> base_iri +
// "actor/france"; an IRI on no prefix of the context (an absolute one,
// "https://example.org/a") is appended as is.
void AppendExpandedIri(std::string& out, std::string_view iri, std::string_view base_iri);

}  // namespace stancegraph::exporters::rdf
