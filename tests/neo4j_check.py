#!/usr/bin/python3
"""Checks a stancegraph Neo4j bundle the way Neo4j's two CSV readers see it.

Usage: neo4j_check.py BUNDLE_DIR

Neo4j cannot be installed here, so this checker stands in for it, using the
rules documented for `neo4j-admin database import` (Neo4j 5) and LOAD CSV:

  1. import.sh is run (with /bin/sh) against a stand-in neo4j-admin that
     records its arguments: they must be `database import full DATABASE`
     then known options only; --nodes and --relationships name the files,
     --delimiter, --array-delimiter and --quote how to read them. Every
     .csv file of the bundle must be named, and every named file exist.
  2. Each CSV file: strict UTF-8 without a byte order mark, RFC 4180 with
     those characters, one record per line (no --multiline-fields is given),
     no backslash before a double quote (LOAD CSV's legacy quote escaping
     would read it as an escaped quote), as many fields as header columns.
  3. Headers: `name`, `name:type` or `name:type[]` with the importer's types
     (int long float double boolean byte short char string date localtime
     time localdatetime datetime duration point), or the special :ID,
     :LABEL, :START_ID, :END_ID, :TYPE, :IGNORE (ID columns may name an id
     space, :ID(Space)). Node files have one :ID, relationship files a
     :START_ID, :END_ID and :TYPE; no property name twice.
  4. Values: every non-empty field parses as its column's type; arrays are
     split by the array delimiter and have no empty element; ids are unique
     across all node files (per id space); every relationship's ends exist;
     no two relationships share (start, type, end), since load.cypher MERGEs
     them into one.
  5. load.cypher: statements are split outside strings, identifiers and
     comments. Its LOAD CSV WITH HEADERS statements read exactly the bundle's
     files (node files before relationship files); each reads only columns
     its file has, and every column but :LABEL and :IGNORE; a typed column
     is used only through its conversion (toInteger, toFloat, toBoolean,
     date, split with the array delimiter) or in coalesce(); every label and
     relationship type in the data is written by the statement loading it;
     nodes and relationships are only MERGEd (no CREATE but CREATE
     CONSTRAINT ... IF NOT EXISTS), so the script can be run again.

Prints key=value lines: error=... for each problem (exit status 1 if any),
then summary counts and, for every node and relationship, each property as
Neo4j would store it (JSON): node.<id>.<property>, node.<id>.:LABEL,
rel.<start>-<TYPE>-><end>.<property>.
"""

import csv
import datetime
import io
import json
import os
import re
import subprocess
import sys
import tempfile

INTEGER_RANGES = {
    "byte": (-2**7, 2**7 - 1),
    "short": (-2**15, 2**15 - 1),
    "int": (-2**31, 2**31 - 1),
    "long": (-2**63, 2**63 - 1),
}
DATA_TYPES = set(INTEGER_RANGES) | {
    "float", "double", "boolean", "char", "string", "date", "localtime", "time",
    "localdatetime", "datetime", "duration", "point"}
SPECIAL_TYPES = {"ID", "LABEL", "START_ID", "END_ID", "TYPE", "IGNORE"}
ID_TYPES = {"ID", "START_ID", "END_ID"}

# Options of `neo4j-admin database import full` in Neo4j 5 (operations manual).
IMPORT_OPTIONS = {
    "--additional-config", "--array-delimiter", "--auto-skip-subsequent-headers",
    "--bad-tolerance", "--compress", "--delimiter", "--dry-run", "--expand-commands",
    "--format", "--high-parallel-io", "--id-type", "--ignore-empty-strings",
    "--ignore-extra-columns", "--input-encoding", "--input-type", "--legacy-style-quoting",
    "--max-off-heap-memory", "--multiline-fields", "--nodes", "--normalize-types",
    "--overwrite-destination", "--quote", "--read-buffer-size", "--relationships", "--report-file",
    "--skip-bad-entries-logging", "--skip-bad-relationships", "--skip-duplicate-nodes",
    "--strict", "--threads", "--trim-strings", "--verbose",
}

HEADER_ENTRY = re.compile(
    r"^(?P<name>[^:]*)(?::(?P<type>[A-Za-z_]+)(?:\((?P<space>[^()]*)\))?(?P<array>\[\])?)?$")
DECIMAL = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")
LOCAL_TIME = r"\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?"
ZONE = r"(Z|[+-]\d{2}(:?\d{2})?)(\[[A-Za-z_/+-]+\])?"
TEMPORAL = {
    "localtime": re.compile("^" + LOCAL_TIME + "$"),
    "time": re.compile("^" + LOCAL_TIME + "(" + ZONE + ")?$"),
    "localdatetime": re.compile(r"^\d{4}-\d{2}-\d{2}T" + LOCAL_TIME + "$"),
    "datetime": re.compile(r"^\d{4}-\d{2}-\d{2}(T" + LOCAL_TIME + "(" + ZONE + ")?)?$"),
    "duration": re.compile(r"^P(?!$)(\d+(\.\d+)?[YMWD])*(T(?!$)(\d+(\.\d+)?[HMS])*)?$"),
    "point": re.compile(r"^\{.*\}$"),
}
CONVERSIONS = {"int": "toInteger", "long": "toInteger", "short": "toInteger",
               "byte": "toInteger", "float": "toFloat", "double": "toFloat",
               "boolean": "toBoolean", "date": "date"}

errors = []


def error(message):
    if message not in errors:  # a fault seen twice is reported once
        errors.append(message)


# --- 1. import.sh --------------------------------------------------------

FAKE_ADMIN = """#!/bin/sh
for argument in "$@"; do printf '%s\\0' "$argument"; done > "$NEO4J_CHECK_ARGUMENTS"
"""


def import_arguments(bundle):
    """The arguments import.sh passes to neo4j-admin, run from another directory."""
    with tempfile.TemporaryDirectory() as home:
        os.mkdir(os.path.join(home, "bin"))
        admin = os.path.join(home, "bin", "neo4j-admin")
        with open(admin, "w") as stream:
            stream.write(FAKE_ADMIN)
        os.chmod(admin, 0o755)
        recorded = os.path.join(home, "arguments")
        environment = dict(os.environ, NEO4J_HOME=home, NEO4J_CHECK_ARGUMENTS=recorded)
        script = os.path.join(os.path.abspath(bundle), "import.sh")
        run = subprocess.run(["/bin/sh", script], cwd=home, env=environment,
                             capture_output=True, text=True)
        if run.returncode != 0 or not os.path.exists(recorded):
            error("import.sh failed (status %d): %s" % (run.returncode, run.stderr.strip()))
            return []
        with open(recorded, "rb") as stream:
            return [part.decode("utf-8") for part in stream.read().split(b"\0")[:-1]]


def option_character(value):
    """A delimiter option's character: 'x', 'U+007C', '\\t' or 'TAB'."""
    if value in ("\\t", "TAB"):
        return "\t"
    if re.match(r"^U\+[0-9A-Fa-f]{4}$", value):
        return chr(int(value[2:], 16))
    if len(value) != 1:
        error("option value %r is not one character" % value)
        return value[:1] or ","
    return value


def read_import_command(bundle):
    """(node files, relationship files, settings) from import.sh's command."""
    arguments = import_arguments(bundle)
    print("import_command=" + " ".join(arguments))
    settings = {"--delimiter": ",", "--array-delimiter": ";", "--quote": '"'}
    nodes, relationships = [], []
    if arguments[:3] != ["database", "import", "full"]:
        error("import.sh does not run `neo4j-admin database import full`: %r" % arguments[:3])
        return nodes, relationships, settings
    if len(arguments) < 4 or arguments[3].startswith("-"):
        error("the database name must come before the options (Neo4j 5.19 and later)")
    for argument in arguments[4:]:
        name, _, value = argument.partition("=")
        if name not in IMPORT_OPTIONS:
            error("unknown neo4j-admin import option %s" % name)
        elif name in ("--nodes", "--relationships"):
            # [Label:Label=]file,file... ; the bundle names one file each.
            files = value.split("=", 1)[-1].split(",")
            (nodes if name == "--nodes" else relationships).extend(files)
        elif name in settings:
            settings[name] = option_character(value)
        elif name == "--multiline-fields" and value != "false":
            settings[name] = value
    for path in nodes + relationships:
        if os.path.dirname(os.path.abspath(path)) != os.path.abspath(bundle):
            error("import.sh names %s, outside the bundle" % path)
        elif not os.path.isfile(path):
            error("import.sh names %s, which does not exist" % path)
    named = {os.path.basename(path) for path in nodes + relationships}
    for name in sorted(os.listdir(bundle)):
        if name.endswith(".csv") and name not in named:
            error("%s is not imported by import.sh" % name)
    return nodes, relationships, settings


# --- 2.-4. CSV files -----------------------------------------------------

class Column:
    def __init__(self, entry):
        match = HEADER_ENTRY.match(entry)
        self.entry = entry
        self.name = match.group("name") if match else entry
        self.type = (match.group("type") or "string") if match else "string"
        self.space = match.group("space") if match else None
        self.array = bool(match and match.group("array"))
        if not match:
            error("header column %r is not name[:type[]]" % entry)
        elif self.type in SPECIAL_TYPES:
            if self.array:
                error("header column %r: %s cannot be an array" % (entry, self.type))
            if self.space is not None and self.type not in ID_TYPES:
                error("header column %r: only ID columns have an id space" % entry)
        elif self.type not in DATA_TYPES:
            error("header column %r: unknown type %r" % (entry, self.type))
            self.type = "string"  # so that its values are still read
        elif self.space is not None:
            error("header column %r: only ID columns have an id space" % entry)
        elif not self.name:
            error("header column %r has no property name" % entry)


def parse_scalar(text, kind, where):
    """The value Neo4j stores for `text` of type `kind`, or None after an error."""
    if kind in INTEGER_RANGES:
        low, high = INTEGER_RANGES[kind]
        if re.match(r"^[+-]?\d+$", text) and low <= int(text) <= high:
            return int(text)
    elif kind in ("float", "double"):
        if DECIMAL.match(text):
            return float(text)
    elif kind == "boolean":
        if text.lower() in ("true", "false"):
            return text.lower() == "true"
    elif kind == "char":
        if len(text) == 1:
            return text
    elif kind == "string":
        return text
    elif kind == "date":
        if re.match(r"^\d{4}-\d{2}-\d{2}$", text):
            try:
                return datetime.date.fromisoformat(text).isoformat()
            except ValueError:
                pass
    elif TEMPORAL[kind].match(text):
        return text
    error("%s: %r is not a %s" % (where, text, kind))
    return None


def parse_value(text, column, array_delimiter, where):
    if not column.array:
        return parse_scalar(text, column.type, where)
    values = []
    for element in text.split(array_delimiter):
        if element == "":
            error("%s: empty element in array %r" % (where, text))
        else:
            values.append(parse_scalar(element, column.type, where))
    return values


def read_csv(path, settings):
    """The records of a CSV file (header first), or [] after an error."""
    name = os.path.basename(path)
    with open(path, "rb") as stream:
        raw = stream.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as failure:
        error("%s: invalid UTF-8 at byte %d" % (name, failure.start))
        return []
    if text.startswith("\ufeff"):
        error("%s: starts with a byte order mark" % name)
    if '\\' + settings["--quote"] in text:
        error("%s: backslash before a quote (LOAD CSV reads it as an escaped quote)" % name)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=settings["--delimiter"],
                        quotechar=settings["--quote"], doublequote=True, strict=True)
    try:
        records = list(reader)
    except csv.Error as failure:
        error("%s: not RFC 4180 CSV: %s" % (name, failure))
        return []
    multiline = settings.get("--multiline-fields", "false") != "false"
    for number, record in enumerate(records, 1):
        for field in record:
            if not multiline and ("\n" in field or "\r" in field):
                error("%s record %d: line break inside a field" % (name, number))
    if not records:
        error("%s: no header" % name)
    return records


class Bundle:
    def __init__(self):
        self.node_ids = {}        # (id space, id) -> file name
        self.nodes = {}           # id -> {property: value}
        self.relationships = {}   # (start, type, end) -> {property: value}
        self.headers = {}         # file name -> [Column]
        self.labels = {}          # file name -> set of labels in its rows
        self.types = {}           # file name -> set of relationship types in its rows
        self.node_files = []
        self.relationship_files = []
        self.array_delimiter = ";"
        self.pending_ends = []    # (where, start key, end key), checked once all nodes are read


def columns_of(name, header, kind):
    columns = [Column(entry) for entry in header]
    count = {special: sum(1 for c in columns if c.type == special) for special in SPECIAL_TYPES}
    if kind == "node":
        if count["ID"] != 1:
            error("%s: a node file needs exactly one :ID column" % name)
        if count["START_ID"] or count["END_ID"] or count["TYPE"]:
            error("%s: relationship columns in a node file" % name)
    else:
        for special in ("START_ID", "END_ID", "TYPE"):
            if count[special] != 1:
                error("%s: a relationship file needs exactly one :%s column" % (name, special))
        if count["ID"] or count["LABEL"]:
            error("%s: node columns in a relationship file" % name)
    properties = [c.name for c in columns
                  if c.name and c.type not in ("IGNORE", "LABEL", "TYPE", "START_ID", "END_ID")]
    for property_name in sorted(set(properties)):
        if properties.count(property_name) > 1:
            error("%s: property %r in two columns" % (name, property_name))
    return columns


def read_file(bundle, path, kind, settings):
    name = os.path.basename(path)
    records = read_csv(path, settings)
    if not records:
        return
    columns = columns_of(name, records[0], kind)
    bundle.headers[name] = columns
    bundle.labels[name] = set()
    bundle.types[name] = set()
    delimiter = settings["--array-delimiter"]
    for number, record in enumerate(records[1:], 2):
        where = "%s record %d" % (name, number)
        if len(record) != len(columns):
            error("%s: %d fields, header has %d" % (where, len(record), len(columns)))
            continue
        properties, labels, ends = {}, [], {}
        for column, field in zip(columns, record):
            place = "%s column %s" % (where, column.entry)
            if column.type in ("ID", "START_ID", "END_ID", "TYPE") and field == "":
                error("%s: empty" % place)
            if column.type in ID_TYPES:
                ends[column.type] = (column.space, field)
                if column.type == "ID" and column.name:
                    properties[column.name] = field
            elif column.type == "LABEL":
                for label in field.split(delimiter):
                    if label == "":
                        error("%s: empty label in %r" % (place, field))
                    labels.append(label)
            elif column.type == "TYPE":
                ends["TYPE"] = field
            elif column.type != "IGNORE" and field != "":  # empty: no property
                properties[column.name] = parse_value(field, column, delimiter, place)
        if kind == "node":
            key = ends.get("ID")
            if key in bundle.node_ids:
                error("%s: id %r also in %s" % (where, key[1], bundle.node_ids[key]))
            bundle.node_ids[key] = name
            bundle.labels[name].update(labels)
            properties[":LABEL"] = labels
            bundle.nodes[key[1]] = properties
        else:
            bundle.types[name].add(ends.get("TYPE"))
            key = (ends["START_ID"][1], ends["TYPE"], ends["END_ID"][1])
            if key in bundle.relationships:
                error("%s: a second %s relationship from %s to %s" % (where, key[1], key[0],
                                                                       key[2]))
            bundle.relationships[key] = properties
            bundle.pending_ends.append((where, ends["START_ID"], ends["END_ID"]))


def read_bundle(directory):
    bundle = Bundle()
    nodes, relationships, settings = read_import_command(directory)
    bundle.node_files = [os.path.basename(path) for path in nodes]
    bundle.relationship_files = [os.path.basename(path) for path in relationships]
    bundle.array_delimiter = settings["--array-delimiter"]
    for path in nodes:
        if os.path.isfile(path):
            read_file(bundle, path, "node", settings)
    for path in relationships:
        if os.path.isfile(path):
            read_file(bundle, path, "relationship", settings)
    for where, start, end in bundle.pending_ends:
        for role, key in (("start", start), ("end", end)):
            if key not in bundle.node_ids:
                error("%s: %s node %r is in no node file" % (where, role, key[1]))
    return bundle


# --- 5. load.cypher ------------------------------------------------------

TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
  | (?P<quoted>`(?:[^`]|``)*`)
  | (?P<word>[A-Za-z_][A-Za-z_0-9]*)
  | (?P<number>\d+(?:\.\d+)?)
  | (?P<symbol>[^\s])
""", re.VERBOSE | re.DOTALL)


ESCAPES = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f"}


def unescape(body):
    """A Cypher string literal's value: backslash escapes resolved."""
    return re.sub(r"\\(u[0-9A-Fa-f]{4}|.)",
                  lambda m: chr(int(m.group(1)[1:], 16)) if len(m.group(1)) == 5
                  else ESCAPES.get(m.group(1), m.group(1)), body)


def cypher_statements(text):
    """Statements as lists of (kind, value): kind word, name, string, number
    or symbol; backticked names are unquoted, strings unescaped."""
    statements, current = [], []
    position = 0
    while position < len(text):
        match = TOKEN.match(text, position)
        if match is None:
            error("load.cypher: cannot read at offset %d" % position)
            return statements
        position = match.end()
        kind = match.lastgroup
        value = match.group()
        if kind in ("space", "comment"):
            continue
        if kind == "quoted":
            current.append(("name", value[1:-1].replace("``", "`")))
        elif kind == "string":
            current.append(("string", unescape(value[1:-1])))
        elif kind == "word":
            current.append(("name", value))
        elif value == ";":
            statements.append(current)
            current = []
        else:
            current.append((kind, value))
    if current:
        error("load.cypher: the last statement has no ';'")
        statements.append(current)
    return statements


def words(tokens):
    return [value.upper() for kind, value in tokens if kind == "name"]


def loaded_file(tokens):
    """(file name, row variable) of a LOAD CSV statement, else None."""
    upper = words(tokens)
    if "LOAD" not in upper:
        return None
    for i in range(len(tokens) - 7):
        if [v.upper() for _, v in tokens[i:i + 2]] == ["LOAD", "CSV"]:
            rest = [v.upper() if k == "name" else v for k, v in tokens[i + 2:i + 5]]
            if rest[:3] != ["WITH", "HEADERS", "FROM"]:
                error("load.cypher: LOAD CSV without WITH HEADERS FROM")
                return None
            kind, url = tokens[i + 5]
            if kind != "string" or not url.startswith("file:///"):
                error("load.cypher: LOAD CSV FROM %r is not a file:/// URL" % url)
                return None
            if tokens[i + 6][1].upper() != "AS":
                error("load.cypher: LOAD CSV without AS")
                return None
            return url[len("file:///"):], tokens[i + 7][1]
    return None


def column_uses(tokens, variable):
    """For each `variable.column`, the function it is passed to first (or None)
    and, for split, its second argument."""
    uses = []
    for i in range(len(tokens) - 2):
        if tokens[i] == ("name", variable) and tokens[i + 1] == ("symbol", ".") \
                and tokens[i + 2][0] == "name":
            function = None
            if i >= 2 and tokens[i - 1] == ("symbol", "(") and tokens[i - 2][0] == "name":
                function = tokens[i - 2][1]
            argument = None
            if i + 4 < len(tokens) and tokens[i + 3] == ("symbol", ","):
                argument = tokens[i + 4]
            uses.append((tokens[i + 2][1], function, argument))
    return uses


def writes_label(tokens, label, openers):
    """True when `label` follows `variable:` right after one of `openers`:
    `(actor:Actor`, `SET actor:Person`, `[stance:SUPPORTS`."""
    for i in range(2, len(tokens) - 1):
        if tokens[i] == ("symbol", ":") and tokens[i + 1] == ("name", label) \
                and tokens[i - 1][0] == "name":
            before = tokens[i - 2]
            if before in openers or (before[0] == "name" and before[1].upper() in openers):
                return True
    return False


NODE_OPENERS = {("symbol", "("), "SET"}
RELATIONSHIP_OPENERS = {("symbol", "[")}


def check_statement(name, tokens, variable, bundle):
    columns = {column.entry: column for column in bundle.headers.get(name, [])}
    used = set()
    for entry, function, argument in column_uses(tokens, variable):
        used.add(entry)
        column = columns.get(entry)
        if column is None:
            error("load.cypher reads %s.`%s`, which %s does not have" % (variable, entry, name))
            continue
        if function == "coalesce":
            continue  # an emptiness test, as in CASE WHEN coalesce(x, '') = ''
        if column.array or column.type == "LABEL":
            if function != "split" or argument != ("string", bundle.array_delimiter):
                error("load.cypher: %s `%s` is not read with split(..., %r)"
                      % (name, entry, bundle.array_delimiter))
        elif column.type in CONVERSIONS and function != CONVERSIONS[column.type]:
            error("load.cypher: %s `%s` is not converted with %s()"
                  % (name, entry, CONVERSIONS[column.type]))
    for entry, column in columns.items():
        if column.type not in ("LABEL", "IGNORE") and entry not in used:
            error("load.cypher does not read %s column `%s`" % (name, entry))
    for label in sorted(bundle.labels.get(name, ())):
        if not writes_label(tokens, label, NODE_OPENERS):
            error("load.cypher does not set label %s from %s" % (label, name))
    for relationship_type in sorted(t for t in bundle.types.get(name, ()) if t):
        if not writes_label(tokens, relationship_type, RELATIONSHIP_OPENERS) or \
                ("string", relationship_type) not in tokens:
            error("load.cypher does not select and MERGE %s from %s" % (relationship_type, name))


def check_cypher(path, bundle):
    with open(path, encoding="utf-8") as stream:
        statements = cypher_statements(stream.read())
    print("cypher_statements=%d" % len(statements))
    order = []
    for tokens in statements:
        upper = words(tokens)
        if upper[:2] == ["CREATE", "CONSTRAINT"]:
            if "IF" not in upper or "EXISTS" not in upper:
                error("load.cypher: CREATE CONSTRAINT without IF NOT EXISTS")
            continue
        if "CREATE" in upper:
            error("load.cypher: CREATE would duplicate on a second run; MERGE instead")
        loaded = loaded_file(tokens)
        if loaded is None:
            continue
        name, variable = loaded
        order.append(name)
        if name not in bundle.headers:
            error("load.cypher loads %s, which is not a file of the bundle" % name)
            continue
        check_statement(name, tokens, variable, bundle)
    print("cypher_files=" + ",".join(order))
    for name in sorted(set(bundle.headers) - set(order)):
        error("load.cypher does not load %s" % name)
    node_positions = [i for i, name in enumerate(order) if name in bundle.node_files]
    relationship_positions = [i for i, name in enumerate(order)
                              if name in bundle.relationship_files]
    if node_positions and relationship_positions and \
            min(relationship_positions) < max(node_positions):
        error("load.cypher loads relationships before all nodes exist")


# --- output --------------------------------------------------------------

def main():
    if len(sys.argv) != 2:
        print("usage: neo4j_check.py BUNDLE_DIR", file=sys.stderr)
        return 2
    directory = sys.argv[1]
    bundle = read_bundle(directory)
    check_cypher(os.path.join(directory, "load.cypher"), bundle)

    print("files=" + ",".join(bundle.node_files + bundle.relationship_files))
    print("nodes=%d" % len(bundle.nodes))
    print("relationships=%d" % len(bundle.relationships))
    for node_id, properties in sorted(bundle.nodes.items()):
        for key, value in sorted(properties.items()):
            print("node.%s.%s=%s" % (node_id, key, json.dumps(value, ensure_ascii=False)))
    for (start, kind, end), properties in sorted(bundle.relationships.items()):
        for key, value in sorted(properties.items()):
            print("rel.%s-%s->%s.%s=%s" % (start, kind, end, key,
                                          json.dumps(value, ensure_ascii=False)))
    for message in errors:
        print("error=" + message.replace("\n", "\\n"))
    return 1 if errors else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Exception as failure:  # a crash is a failed check, said as one
        print("error=checker crashed: %s: %s" % (type(failure).__name__, failure))
        sys.exit(1)
