#!/usr/bin/python3
"""Checks a stancegraph JSON-LD file (and its N-Quads twin) with real processors.

Usage: /usr/bin/python3 tests/jsonld_check.py FILE [--supports LABEL] [--opposes LABEL]
           [--nquads NQ_FILE] [--conflicts] [--agreements] [--vocabulary TTL]
           [--expect-literal HEX]

Converts FILE to RDF with pyld and parses it with rdflib, then prints one
`key=value` per line for the C++ tests (jsonld_export_test.cc,
rdf_export_test.cc):

  pyld_triples, rdflib_triples   triples each processor produced
  isomorphic                     whether both produced the same RDF graph
                                 (literals compared by value: processors
                                 print doubles differently)
  undefined_terms                keys not defined in the @context (processors
                                 drop them silently), comma-separated
  unresolved_ids                 @id/@type values that are relative or still
                                 compact after expansion, comma-separated
  statements, evidence, topics  counts of typed nodes (rdflib)
  queried                        the graph the queries below ran on: `nquads`
                                 when --nquads is given, else `jsonld`
  supporter / opposer            one line per actor name with a
                                 sg:StanceStatement of that stance on the
                                 topic whose skos:prefLabel is LABEL (SPARQL)
  direct_supporter / direct_opposer      the same through sg:supports /
                                 sg:opposes links

With --nquads, NQ_FILE is parsed by rdflib's N-Quads parser:

  nquads_lines, nquads_triples   lines in the file, distinct triples parsed
  nquads_graphs                  graphs the quads went to (1: default only)
  nquads_isomorphic_rdflib       same RDF as rdflib's reading of FILE
  nquads_isomorphic_pyld         same RDF as pyld's reading of FILE

--conflicts / --agreements (SPARQL on the queried graph):

  conflict=A|B, agree=A|B        one line per ordered pair of actor names
                                 linked by sg:conflictsWith / sg:agreesWith
  conflict_tie=A|B|W, agree_tie=A|B|W    one line per sg:NetworkTie of the
                                 conflict / congruence network, names in
                                 order, W its sg:weight (%g)

--vocabulary TTL (the sg: vocabulary in Turtle, parsed by rdflib):

  sg_terms_used                  distinct sg: IRIs in the queried graph
  undefined_sg_terms             of those, the ones TTL does not define
                                 (with a type, rdfs:label and rdfs:comment)
  undefined_context_terms        sg: IRIs of FILE's @context TTL does not define

--expect-literal HEX (repeatable; the UTF-8 bytes of a string, in hex):

  missing_literal=HEX            one line per expected string that is not
                                 exactly the value of a literal of the
                                 queried graph
  expected_literals_found        how many were found

Must run under /usr/bin/python3, which sees Debian's python3-pyld and
python3-rdflib. Exits 1 with `error=...` if a processor fails.
"""

import argparse
import json
import re
import sys

from pyld import jsonld
import rdflib
from rdflib.compare import to_isomorphic

SG = "https://stancegraph.org/vocab#"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
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


def pyld_graph_of(document):
    """pyld's RDF of `document`, default graph only, as an rdflib graph.

    Built from pyld's dataset, not from its N-Quads text: pyld 2.0.3's
    normalize round-trips through its own N-Quads parser, which reads the
    escaped backslash in "\\\\n" as a backslash and a newline.
    """
    dataset = jsonld.to_rdf(document)
    named = sorted(name for name in dataset if name != "@default")
    if named:
        raise ValueError("pyld put triples in named graphs: " + ", ".join(named))

    def term(value):
        if value["type"] == "IRI":
            return rdflib.URIRef(value["value"])
        if value["type"] == "blank node":
            return rdflib.BNode(value["value"][2:])
        if value.get("language"):
            return rdflib.Literal(value["value"], lang=value["language"])
        if value["datatype"] == XSD_STRING:
            return rdflib.Literal(value["value"])
        return rdflib.Literal(value["value"], datatype=rdflib.URIRef(value["datatype"]))

    graph = rdflib.Graph()
    for triple in dataset.get("@default", []):
        graph.add((term(triple["subject"]), term(triple["predicate"]), term(triple["object"])))
    return graph


def nquads_graph_of(path):
    """The triples of an N-Quads file (rdflib), and the number of graphs used."""
    dataset = rdflib.ConjunctiveGraph()
    dataset.parse(path, format="nquads")
    graphs = sum(1 for context in dataset.contexts() if len(context) > 0)
    graph = rdflib.Graph()
    for triple in dataset.triples((None, None, None)):
        graph.add(triple)
    return graph, graphs


def isomorphic(a, b):
    return to_isomorphic(canonical(a)) == to_isomorphic(canonical(b))


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


LINK_QUERY = """
SELECT ?a ?b WHERE {
  ?x sg:%s ?y . ?x schema:name ?a . ?y schema:name ?b .
}"""

TIE_QUERY = """
SELECT ?a ?b ?weight WHERE {
  ?tie a sg:NetworkTie ; sg:network ?network ; sg:between ?x, ?y ; sg:weight ?weight .
  ?network a sg:Network ; sg:networkType "%s" .
  ?x schema:name ?a . ?y schema:name ?b .
  FILTER(str(?a) < str(?b))
}"""


def print_network(graph, key, link, network_type):
    rows = graph.query(PREFIXES + LINK_QUERY % link)
    for a, b in sorted((str(row[0]), str(row[1])) for row in rows):
        print("%s=%s|%s" % (key, a, b))
    rows = graph.query(PREFIXES + TIE_QUERY % network_type)
    for a, b, weight in sorted((str(row[0]), str(row[1]), float(row[2].toPython()))
                               for row in rows):
        print("%s_tie=%s|%s|%g" % (key, a, b, weight))


def defined_terms(vocabulary):
    """sg: IRIs the vocabulary gives a type, a label and a comment."""
    return {s for s in set(vocabulary.subjects(rdflib.RDF.type, None))
            if str(s).startswith(SG)
            and (s, rdflib.RDFS.label, None) in vocabulary
            and (s, rdflib.RDFS.comment, None) in vocabulary}


def print_vocabulary_check(graph, document, path):
    vocabulary = rdflib.Graph()
    vocabulary.parse(path, format="turtle")
    defined = defined_terms(vocabulary)
    used = {term for triple in graph for term in triple
            if isinstance(term, rdflib.URIRef) and str(term).startswith(SG)}
    print("sg_terms_used=%d" % len(used))
    print("undefined_sg_terms=" + ",".join(sorted(str(t) for t in used - defined)))
    context = document.get("@context", {})
    in_context = set()
    for value in context.values():
        iri = value.get("@id") if isinstance(value, dict) else value
        if isinstance(iri, str) and iri.startswith("sg:"):
            in_context.add(rdflib.URIRef(SG + iri[3:]))
    print("undefined_context_terms=" +
          ",".join(sorted(str(t) for t in in_context - defined)))


def print_expected_literals(graph, hex_strings):
    values = {str(o) for o in graph.objects() if isinstance(o, rdflib.Literal)}
    found = 0
    for hex_string in hex_strings:
        if bytes.fromhex(hex_string).decode("utf-8") in values:
            found += 1
        else:
            print("missing_literal=" + hex_string)
    print("expected_literals_found=%d" % found)


def count_typed(graph, type_iri):
    return len(set(graph.subjects(rdflib.RDF.type, rdflib.URIRef(type_iri))))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--supports", action="append", default=[])
    parser.add_argument("--opposes", action="append", default=[])
    parser.add_argument("--nquads")
    parser.add_argument("--conflicts", action="store_true")
    parser.add_argument("--agreements", action="store_true")
    parser.add_argument("--vocabulary")
    parser.add_argument("--expect-literal", action="append", default=[])
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

    pyld_graph = pyld_graph_of(document)
    print("pyld_triples=%d" % len(pyld_graph))

    rdflib_graph = rdflib.Graph()
    rdflib_graph.parse(args.file, format="json-ld")
    print("rdflib_triples=%d" % len(rdflib_graph))

    print("isomorphic=%s" % ("true" if isomorphic(pyld_graph, rdflib_graph) else "false"))

    print("statements=%d" % count_typed(rdflib_graph, SG + "StanceStatement"))
    print("evidence=%d" % count_typed(rdflib_graph, "http://www.w3.org/ns/oa#Annotation"))
    print("topics=%d" % count_typed(rdflib_graph, "http://www.w3.org/2004/02/skos/core#Concept"))

    queried = rdflib_graph
    if args.nquads:
        with open(args.nquads, encoding="utf-8") as stream:
            print("nquads_lines=%d" % stream.read().count("\n"))
        queried, graphs = nquads_graph_of(args.nquads)
        print("nquads_triples=%d" % len(queried))
        print("nquads_graphs=%d" % graphs)
        print("nquads_isomorphic_rdflib=%s" %
              ("true" if isomorphic(queried, rdflib_graph) else "false"))
        print("nquads_isomorphic_pyld=%s" %
              ("true" if isomorphic(queried, pyld_graph) else "false"))
    print("queried=" + ("nquads" if args.nquads else "jsonld"))

    for label in args.supports:
        for name in names(queried, STATEMENT_QUERY % "support", label):
            print("supporter=" + name)
        for name in names(queried, DIRECT_QUERY % "supports", label):
            print("direct_supporter=" + name)
    for label in args.opposes:
        for name in names(queried, STATEMENT_QUERY % "oppose", label):
            print("opposer=" + name)
        for name in names(queried, DIRECT_QUERY % "opposes", label):
            print("direct_opposer=" + name)
    if args.conflicts:
        print_network(queried, "conflict", "conflictsWith", "conflict")
    if args.agreements:
        print_network(queried, "agree", "agreesWith", "congruence")
    if args.vocabulary:
        print_vocabulary_check(queried, document, args.vocabulary)
    if args.expect_literal:
        print_expected_literals(queried, args.expect_literal)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception as error:  # report any processor failure as a value
        print("error=%s: %s" % (type(error).__name__, error))
        sys.exit(1)
