// The two scripts of the Neo4j bundle and the file names they refer to.
//
// import.sh runs `neo4j-admin database import full` on the bundle's CSV
// files (offline, typed headers); load.cypher loads the same files into a
// running DBMS with LOAD CSV, converting each column from the string LOAD
// CSV reads. Both are fixed texts kept here, in the binary, so a bundle
// never depends on the source tree; tests/neo4j_check.py checks that they
// name exactly the files and columns the exporter writes. Private to export/.
#pragma once

#include <string_view>

namespace stancegraph::exporters {

inline constexpr std::string_view kNeo4jActorsFile = "actors.csv";
inline constexpr std::string_view kNeo4jTopicsFile = "topics.csv";
inline constexpr std::string_view kNeo4jStancesFile = "stances.csv";
inline constexpr std::string_view kNeo4jSpeaksForFile = "speaks_for.csv";
inline constexpr std::string_view kNeo4jImportScriptFile = "import.sh";
inline constexpr std::string_view kNeo4jLoadCypherFile = "load.cypher";

// The text of import.sh (a POSIX sh script).
std::string_view Neo4jImportScript();

// The text of load.cypher (Cypher for Neo4j 5, statements ended by ';').
std::string_view Neo4jLoadCypher();

}  // namespace stancegraph::exporters
