#!/usr/bin/python3
"""Checks a stancegraph JSON-LD file with two real processors.

Usage: /usr/bin/python3 tests/jsonld_check.py FILE [--supports LABEL] [--opposes LABEL]

Expands and canonicalizes FILE with pyld (URDNA2015 N-Quads) and parses it
with rdflib, then prints one `key=value` per line for jsonld_export_test.cc:

  pyld_triples, rdflib_triples   triples each processor produced
  isomorphic                     whether both produced the same RDF graph
                                 (literals compared by value: processors
                                 print doubles differently)
  undefined_terms                keys not defined in the @context (processors
                                 drop them silently), comma-separated
  unresolved_ids                 @id/@type values that are relative or still
                                 compact after expansion, comma-separated
  statements, evidence, topics  counts of typed nodes (rdflib)
  supporter / opposer            one line per actor name with a
                                 sg:StanceStatement of that stance on the
                                 topic whose skos:prefLabel is LABEL (SPARQL)
  direct_supporter / direct_opposer      the same through sg:supports /
                                 sg:opposes links

Must run under /usr/bin/python3, which sees Debian's python3-pyld and
python3-rdflib. Exits 1 with `error=...` if either processor fails.
"""

import argparse
import json
import re
import sys

from pyld import jsonld
import rdflib
from rdflib.compare import to_isomorphic

SG = "https://stancegraph.org/vocab#"
PREFIXES = """
PREFIX sg: <https://stancegraph.org/vocab#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
"""
ABSOLUTE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def context_terms(document):
    context = document.get("@context", {})
    return {key for key in context if not key.startswith("@")}


def undefined_terms(node, terms, found):
    """Keys of node objects (outside @context) that the context does not define."""
    if isinstance(node, list):
        for item in node:
            undefined_terms(item, terms, found)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key == "@context":
                continue
            if not key.startswith("@") and key not in terms:
                found.add(key)
            undefined_terms(value, terms, found)


def unresolved_ids(node, prefixes, found):
    """@id and @type values of the expanded form that are not absolute IRIs."""
    if isinstance(node, list):
        for item in node:
            unresolved_ids(item, prefixes, found)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key in ("@id", "@type") and not isinstance(value, (dict, list)):
                values = [value]
            elif key == "@type" and isinstance(value, list):
                values = value
            else:
                unresolved_ids(value, prefixes, found)
                continue
            for iri in values:
                if iri.startswith("_:"):
                    continue
                compact = iri.split(":", 1)[0] in prefixes
                if compact or not ABSOLUTE.match(iri):
                    found.add(iri)


def canonical(graph):
    """A copy of `graph` with typed literals in their canonical lexical form."""
    result = rdflib.Graph()
    for s, p, o in graph:
        if isinstance(o, rdflib.Literal) and o.datatype is not None:
            value = o.toPython()
            if not isinstance(value, rdflib.Literal):
                o = rdflib.Literal(value, datatype=o.datatype)
        result.add((s, p, o))
    return result


def names(graph, query, label):
    rows = graph.query(PREFIXES + query, initBindings={"label": rdflib.Literal(label)})
    return sorted(str(row[0]) for row in rows)


STATEMENT_QUERY = """
SELECT DISTINCT ?name WHERE {
  ?statement a sg:StanceStatement ; sg:actor ?actor ; sg:topic ?topic ;
             sg:stance ?stance .
  FILTER(str(?stance) = "%s")
  ?topic skos:prefLabel ?label .
  ?actor schema:name ?name .
}"""

DIRECT_QUERY = """
SELECT DISTINCT ?name WHERE {
  ?actor sg:%s ?topic ; schema:name ?name .
  ?topic skos:prefLabel ?label .
}"""


def count_typed(graph, type_iri):
    return len(set(graph.subjects(rdflib.RDF.type, rdflib.URIRef(type_iri))))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--supports", action="append", default=[])
    parser.add_argument("--opposes", action="append", default=[])
    args = parser.parse_args()

    with open(args.file, encoding="utf-8") as stream:
        document = json.load(stream)

    terms = context_terms(document)
    found = set()
    undefined_terms(document.get("@graph", []), terms, found)
    print("undefined_terms=" + ",".join(sorted(found)))

    expanded = jsonld.expand(document)
    found = set()
    unresolved_ids(expanded, terms, found)
    print("unresolved_ids=" + ",".join(sorted(found)))

    nquads = jsonld.normalize(
        document, {"algorithm": "URDNA2015", "format": "application/n-quads"})
    pyld_graph = rdflib.Graph()
    pyld_graph.parse(data=nquads, format="nt")
    print("pyld_triples=%d" % len(nquads.splitlines()))

    rdflib_graph = rdflib.Graph()
    rdflib_graph.parse(args.file, format="json-ld")
    print("rdflib_triples=%d" % len(rdflib_graph))

    same = to_isomorphic(canonical(pyld_graph)) == to_isomorphic(canonical(rdflib_graph))
    print("isomorphic=%s" % ("true" if same else "false"))

    print("statements=%d" % count_typed(rdflib_graph, SG + "StanceStatement"))
    print("evidence=%d" % count_typed(rdflib_graph, "http://www.w3.org/ns/oa#Annotation"))
    print("topics=%d" % count_typed(rdflib_graph, "http://www.w3.org/2004/02/skos/core#Concept"))

    for label in args.supports:
        for name in names(rdflib_graph, STATEMENT_QUERY % "support", label):
            print("supporter=" + name)
        for name in names(rdflib_graph, DIRECT_QUERY % "supports", label):
            print("direct_supporter=" + name)
    for label in args.opposes:
        for name in names(rdflib_graph, STATEMENT_QUERY % "oppose", label):
            print("opposer=" + name)
        for name in names(rdflib_graph, DIRECT_QUERY % "opposes", label):
            print("direct_opposer=" + name)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception as error:  # report any processor failure as a value
        print("error=%s: %s" % (type(error).__name__, error))
        sys.exit(1)
