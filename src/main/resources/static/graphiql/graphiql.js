// Starts GraphiQL against this service, with one tab per example under graphql/examples/.
(async () => {
	const base = new URL('..', window.location.href);
	const endpoint = new URL('graphql', base).toString();
	let examples = [];
	try {
		const response = await fetch(new URL('graphiql/examples', base));
		if (response.ok) {
			examples = await response.json();
		}
	}
	catch (ignored) {
		// GraphiQL still opens, without the example tabs.
	}
	const welcome = '# Conflict graph: one tab per example in graphql/examples/.\n'
		+ '# Ctrl-Enter runs the query; Docs (book icon) shows the schema.\n'
		+ '{\n  graphStatus { neo4jVersion embedded schemaVersion nodeCounts { name count } }\n}\n';
	const tabs = [{ query: welcome }].concat(examples.map((example) => ({ query: example.query })));
	const fetcher = GraphiQL.createFetcher({ url: endpoint });
	const root = ReactDOM.createRoot(document.getElementById('graphiql'));
	root.render(React.createElement(GraphiQL, {
		fetcher,
		defaultTabs: tabs,
		defaultEditorToolsVisibility: false,
		// A stale tab list from an earlier visit would hide new examples.
		storage: { getItem: () => null, setItem: () => {}, removeItem: () => {}, clear: () => {}, length: 0 },
	}));
	document.getElementById('graphiql').dataset.ready = 'true';
	document.getElementById('graphiql').dataset.examples = String(examples.length);
})();
