// The graph in graphology (Node 18+, fetch built in): events from GraphQL, the whole graph
// from the Cytoscape JSON export. Install once: npm install --prefix docs/clients
// Usage: node docs/clients/graphology_example.mjs [BASE_URL]   (default http://localhost:8080)
import Graph from 'graphology';

const base = process.argv[2] ?? 'http://localhost:8080';

const response = await fetch(`${base}/graphql`, {
	method: 'POST',
	headers: { 'Content-Type': 'application/json' },
	body: JSON.stringify({ query: '{ events(first: 3, sort: DATE_DESC) { totalCount nodes { id title date } } }' }),
});
const body = await response.json();
if (body.errors?.length) {
	throw new Error(`GraphQL error: ${body.errors[0].message}`);
}
console.log(`events: ${body.data.events.totalCount}`);
for (const event of body.data.events.nodes) {
	console.log(`  ${event.date}  ${event.title}`);
}

const cyjs = await (await fetch(`${base}/export/graph.cyjs`)).json();
const graph = new Graph({ multi: true, type: 'directed' });
for (const { data } of cyjs.elements.nodes) {
	graph.addNode(data.id, data);
}
for (const { data } of cyjs.elements.edges) {
	graph.addEdgeWithKey(data.id, data.source, data.target, data);
}
const labelled = graph.filterNodes((node, attributes) => Array.isArray(attributes.labels));
console.log(`cyjs: ${graph.order} nodes, ${graph.size} edges, ${labelled.length} with labels as arrays`);
