// Runs graphql-http's server audits (the GraphQL over HTTP specification: MUST, SHOULD and
// MAY) against a running service and prints one line per audit that does not pass.
// Usage: node src/test/audit/audit.mjs http://localhost:8080
import { serverAudits } from 'graphql-http';
import { readFileSync } from 'node:fs';

const base = process.argv[2] ?? 'http://localhost:8080';
const version = JSON.parse(
  readFileSync(new URL('./node_modules/graphql-http/package.json', import.meta.url))).version;
const audits = serverAudits({ url: `${base}/graphql`, fetchFn: fetch });
const failing = [];
for (const audit of audits) {
  const result = await audit.fn();
  if (result.status !== 'ok') {
    failing.push(`${result.status.toUpperCase()} ${audit.name}: ${result.reason}`);
  }
}
const passed = audits.length - failing.length;
console.log(`graphql-http ${version} audit: ${audits.length} audits, ${passed} pass, ${failing.length} not passing`);
failing.forEach((line) => console.log(`  ${line}`));
process.exit(failing.length === 0 ? 0 : 1);
