// Lints a Cypher file with Neo4j's own parser and semantic checks, from the
// npm package @neo4j-cypher/language-support (the engine of Neo4j's editor
// tooling), offline.
//
// Usage: node neo4j_cypher_check.mjs INSTALL_DIR FILE.cypher
//   INSTALL_DIR holds node_modules/@neo4j-cypher/language-support, e.g. after
//   npm install --prefix INSTALL_DIR @neo4j-cypher/language-support@2.0.0-next.20
//   (the last version whose engines allow Debian 12's Node 18).
//
// Prints `statements=N`, then `diagnostic=LINE:COLUMN: SEVERITY: MESSAGE` for
// every error or warning (1-based positions), and exits 1 if there is any.
// The package's ESM build imports paths without extensions, which Node's
// loader refuses, so its CommonJS build is loaded through createRequire.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

function main(argv) {
  if (argv.length !== 2) {
    console.error('usage: node neo4j_cypher_check.mjs INSTALL_DIR FILE.cypher');
    return 2;
  }
  const [installDir, file] = argv;
  const require = createRequire(join(installDir, 'package.json'));
  const { lintCypherQuery, parseStatementsStrs } = require('@neo4j-cypher/language-support');

  const text = readFileSync(file, 'utf8');
  console.log(`statements=${parseStatementsStrs(text).length}`);
  const diagnostics = lintCypherQuery(text, {}).filter((d) => d.severity <= 2);
  for (const d of diagnostics) {
    const { line, character } = d.range.start;
    console.log(`diagnostic=${line + 1}:${character + 1}: ${SEVERITY[d.severity]}: ${d.message}`);
  }
  return diagnostics.length === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
