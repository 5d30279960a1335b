// The scripts of the Neo4j bundle, as their users will read them. The file
// names and column names in them must match neo4j_exporter.cc; the Neo4j
// export test runs tests/neo4j_check.py, which fails when they do not.
#include "export/neo4j_scripts.h"

namespace stancegraph::exporters {
namespace {

// The database name goes before the options: from Neo4j 5.19 on, a name
// after --relationships=... would be read as one more file.
constexpr std::string_view kImportScript = R"sh(#!/bin/sh
# import.sh: loads this stancegraph bundle into a new Neo4j 5 database with
# the offline bulk importer, `neo4j-admin database import full`.
#
#   NEO4J_HOME=/path/to/neo4j sh import.sh [DATABASE [OPTION...]]
#
# DATABASE defaults to neo4j. Stop the DBMS (or name a database that does
# not exist yet) first; the importer refuses a database that has data unless
# you add --overwrite-destination, which replaces it. A database other than
# the default must then be created: CREATE DATABASE name (Enterprise Edition).
# Without NEO4J_HOME, neo4j-admin is taken from PATH.
#
# The CSV headers carry the types (weight:int, confidence:double,
# firstDate:date, aliases:string[]). Fields are separated by ',' and quoted
# as in RFC 4180; array elements are separated by ';'. No field holds a line
# break, so --multiline-fields is not needed.
set -eu
bundle=$(cd "$(dirname "$0")" && pwd)
database=${1:-neo4j}
if [ $# -gt 0 ]; then shift; fi
admin=neo4j-admin
if [ -n "${NEO4J_HOME:-}" ]; then admin="$NEO4J_HOME/bin/neo4j-admin"; fi
exec "$admin" database import full "$database" \
  --delimiter=',' \
  --array-delimiter=';' \
  --quote='"' \
  --id-type=string \
  --nodes="$bundle/actors.csv" \
  --nodes="$bundle/topics.csv" \
  --relationships="$bundle/stances.csv" \
  --relationships="$bundle/speaks_for.csv" \
  "$@"
)sh";

// Statements end with ';', as cypher-shell -f expects them.
constexpr std::string_view kLoadCypher =
    R"cypher(// load.cypher: loads this stancegraph bundle into a running Neo4j 5 with
// LOAD CSV, the alternative to import.sh when the database must stay online.
//
// 1. Copy actors.csv, topics.csv, stances.csv and speaks_for.csv into the
//    DBMS's import directory (server.directories.import, <NEO4J_HOME>/import
//    by default): 'file:///actors.csv' below names actors.csv there.
// 2. Run this file, e.g. cypher-shell -u neo4j -p PASSWORD -f load.cypher
//
// LOAD CSV reads every field as a string: the ':int', ':date', ... of the
// headers are only part of the column names here, so each value is
// converted below (toInteger, toFloat, date, split). An empty field means
// "no value" and sets no property. Arrays are joined with ';' (a ';' inside
// a value was written as U+FF1B, which looks the same).
// Every write MERGEs on the ids, so running the script again updates the
// same nodes and relationships instead of duplicating them; it does not
// delete what a newer bundle no longer has.

CREATE CONSTRAINT stancegraph_actor_id IF NOT EXISTS
FOR (actor:Actor) REQUIRE actor.id IS UNIQUE;

CREATE CONSTRAINT stancegraph_topic_id IF NOT EXISTS
FOR (topic:Topic) REQUIRE topic.id IS UNIQUE;

// Actors. The :LABEL column holds Actor and the actor's type label (Person,
// Organization, Country or Group); a type label of an earlier run is replaced.
LOAD CSV WITH HEADERS FROM 'file:///actors.csv' AS row
MERGE (actor:Actor {id: row.`id:ID`})
SET actor.name = row.name,
    actor.actorType = row.actorType,
    actor.aliases = CASE WHEN coalesce(row.`aliases:string[]`, '') = '' THEN null
                         ELSE split(row.`aliases:string[]`, ';') END,
    actor.affiliation = CASE WHEN coalesce(row.affiliation, '') = '' THEN null
                             ELSE row.affiliation END,
    actor.supportedTopics = toInteger(row.`supportedTopics:int`),
    actor.opposedTopics = toInteger(row.`opposedTopics:int`),
    actor.evidenceSentences = toInteger(row.`evidenceSentences:int`)
REMOVE actor:Person:Organization:Country:Group
WITH actor, split(row.`:LABEL`, ';') AS labels
FOREACH (_ IN CASE WHEN 'Person' IN labels THEN [1] ELSE [] END | SET actor:Person)
FOREACH (_ IN CASE WHEN 'Organization' IN labels THEN [1] ELSE [] END | SET actor:Organization)
FOREACH (_ IN CASE WHEN 'Country' IN labels THEN [1] ELSE [] END | SET actor:Country)
FOREACH (_ IN CASE WHEN 'Group' IN labels THEN [1] ELSE [] END | SET actor:Group);

// Topics (the :LABEL column is always Topic).
LOAD CSV WITH HEADERS FROM 'file:///topics.csv' AS row
MERGE (topic:Topic {id: row.`id:ID`})
SET topic.name = row.name,
    topic.aliases = CASE WHEN coalesce(row.`aliases:string[]`, '') = '' THEN null
                         ELSE split(row.`aliases:string[]`, ';') END,
    topic.supporters = toInteger(row.`supporters:int`),
    topic.opposers = toInteger(row.`opposers:int`),
    topic.evidenceSentences = toInteger(row.`evidenceSentences:int`);

// Stances: SUPPORTS or OPPOSES from an actor to a topic. Plain Cypher
// cannot take a relationship type from a value, so each type has its own
// MERGE, chosen by the :TYPE column.
LOAD CSV WITH HEADERS FROM 'file:///stances.csv' AS row
MATCH (actor:Actor {id: row.`:START_ID`})
MATCH (topic:Topic {id: row.`:END_ID`})
WITH actor, topic, row.`:TYPE` AS relationshipType, {
  weight: toInteger(row.`weight:int`),
  occurrences: toInteger(row.`occurrences:int`),
  confidence: toFloat(row.`confidence:double`),
  firstDate: CASE WHEN coalesce(row.`firstDate:date`, '') = '' THEN null
                  ELSE date(row.`firstDate:date`) END,
  lastDate: CASE WHEN coalesce(row.`lastDate:date`, '') = '' THEN null
                 ELSE date(row.`lastDate:date`) END,
  cues: CASE WHEN coalesce(row.`cues:string[]`, '') = '' THEN null
             ELSE split(row.`cues:string[]`, ';') END,
  documents: CASE WHEN coalesce(row.`documents:string[]`, '') = '' THEN null
                  ELSE split(row.`documents:string[]`, ';') END,
  evidence: row.evidence,
  evidenceDocument: row.evidenceDocument
} AS properties
FOREACH (_ IN CASE WHEN relationshipType = 'SUPPORTS' THEN [1] ELSE [] END |
  MERGE (actor)-[stance:SUPPORTS]->(topic) SET stance = properties)
FOREACH (_ IN CASE WHEN relationshipType = 'OPPOSES' THEN [1] ELSE [] END |
  MERGE (actor)-[stance:OPPOSES]->(topic) SET stance = properties);

// Who speaks for whom: SPEAKS_FOR from a person to the body named in their
// titles, with the number of distinct sentences that said so.
LOAD CSV WITH HEADERS FROM 'file:///speaks_for.csv' AS row
WITH row WHERE row.`:TYPE` = 'SPEAKS_FOR'
MATCH (speaker:Actor {id: row.`:START_ID`})
MATCH (body:Actor {id: row.`:END_ID`})
MERGE (speaker)-[link:SPEAKS_FOR]->(body)
SET link.sentences = toInteger(row.`sentences:int`);
)cypher";

}  // namespace

std::string_view Neo4jImportScript() { return kImportScript; }
std::string_view Neo4jLoadCypher() { return kLoadCypher; }

}  // namespace stancegraph::exporters
