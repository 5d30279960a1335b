#!/usr/bin/python3
"""Checks a stancegraph GraphML file the way its users load it.

Usage: /usr/bin/python3 tests/graphml_check.py FILE

Parses FILE with xml.etree (well-formedness) and reads it with
networkx.read_graphml, then prints one `key=value` line per fact for
graphml_export_test.cc:

  xml=well-formed                    xml.etree parsed the file
  graph_class=DiGraph                networkx's class (MultiDiGraph when an
                                     actor has parallel edges to a topic)
  nodes=N, edges=M                   counts networkx read
  type:FOR:NAME=DECLARED:PYTHON      per <key> (FOR is node or edge): its
                                     attr.type and the Python types of the
                                     values networkx returned ("-" if none)
  type_mismatch=FOR:NAME             a key whose values are not of the Python
                                     type its attr.type declares
  node:SG_ID:NAME=VALUE              every node attribute, VALUE as JSON
                                     (so 2 is an int, 2.0 a float, "2" a str)
  edge:SOURCE:RELATION:TARGET:NAME=VALUE   every edge attribute, nodes named
                                     by sg_id, VALUE as JSON

Values are JSON with ensure_ascii off: UTF-8 text as is, line breaks and
quotes escaped, so each value stays on its line. networkx leaves out
attributes whose <data> is empty, so empty strings print no line.

Must run under /usr/bin/python3, which sees Debian's python3-networkx.
Exits 1 with `error=...` if parsing or reading fails, or networkx is missing.
"""

import json
import sys
import xml.etree.ElementTree as ElementTree

GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
PYTHON_TYPE = {"boolean": bool, "int": int, "long": int, "float": float,
               "double": float, "string": str}


def value_text(value):
    return json.dumps(value, ensure_ascii=False)


def declared_keys(tree):
    """(for, attr.name) -> attr.type of every <key> in the file."""
    keys = {}
    for key in tree.getroot().iter(GRAPHML + "key"):
        keys[(key.get("for"), key.get("attr.name"))] = key.get("attr.type")
    return keys


def observed_types(items, name):
    return {type(data[name]) for _, data in items if name in data}


def main():
    import networkx  # here, so that a missing networkx is reported as error=

    path = sys.argv[1]
    tree = ElementTree.parse(path)
    print("xml=well-formed")

    graph = networkx.read_graphml(path)
    print("graph_class=" + type(graph).__name__)
    print("nodes=%d" % graph.number_of_nodes())
    print("edges=%d" % graph.number_of_edges())

    node_items = list(graph.nodes(data=True))
    edge_items = [((u, v), data) for u, v, data in graph.edges(data=True)]
    for (owner, name), declared in sorted(declared_keys(tree).items()):
        items = node_items if owner == "node" else edge_items
        seen = observed_types(items, name)
        names = ",".join(sorted(t.__name__ for t in seen)) or "-"
        print("type:%s:%s=%s:%s" % (owner, name, declared, names))
        if seen - {PYTHON_TYPE.get(declared)}:
            print("type_mismatch=%s:%s" % (owner, name))

    sg_id = {node: data["sg_id"] for node, data in node_items}
    for node, data in node_items:
        for name, value in sorted(data.items()):
            print("node:%s:%s=%s" % (sg_id[node], name, value_text(value)))
    for (source, target), data in edge_items:
        edge = "%s:%s:%s" % (sg_id[source], data.get("relation"), sg_id[target])
        for name, value in sorted(data.items()):
            if name == "id":  # networkx's copy of the edge element's id, e0...
                continue
            print("edge:%s:%s=%s" % (edge, name, value_text(value)))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception as error:  # report any reader failure as a value
        print("error=%s: %s" % (type(error).__name__, error))
        sys.exit(1)
