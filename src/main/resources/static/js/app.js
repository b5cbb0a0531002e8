// The explorer: a Cytoscape.js view of the graph, fed only by the service's GraphQL API.
//
// What is in view is a function of a small state (which nodes are expanded, shown on their
// own or removed, which paths were asked for, the filters and the layout), kept in the URL so
// a link reopens the same view. Everything the service answered is cached in `store`;
// `sync()` makes the Cytoscape graph match the state.

import cytoscape from '../webjars/cytoscape/dist/cytoscape.esm.min.mjs';

import { graphql, onActivity } from './api.js';
import { cytoscapeJson, download, graphMl, png, serverSelection, visibleElements } from './exporter.js';
import { acceptsEdge, acceptsNode, buildFilterForm, isActive, noFilters } from './filters.js';
import { createOverview } from './overview.js';
import { baseOf, kindOf, kindInfo, stylesheet } from './kinds.js';
import { createPanel } from './panel.js';
import { claimStates, NEIGHBORHOOD, PATHS } from './queries.js';
import { attachSearch } from './search.js';
import { decode, encode } from './url-state.js';

const NEIGHBOURS_PER_EXPANSION = 60;
const LAYOUTS = ['cose', 'breadthfirst', 'concentric', 'circle', 'grid'];

const $ = (selector) => document.querySelector(selector);
const graphElement = $('#graph');

/** What the user asked to see. */
const view = {
	expanded: [],
	shown: [],
	removed: new Set(),
	selected: null,
	path: null,
	layout: 'cose',
	filters: noFilters(),
};

/** What the service answered. */
const store = {
	nodes: new Map(),
	edges: new Map(),
	expansions: new Map(),
	loading: new Map(),
	claims: new Map(),
	paths: null,
};

/** The path ends chosen in the path bar, before "Find paths". */
const pathEnds = { from: null, to: null };
let edgeLabels = false;
let writtenHash = null;

const cy = cytoscape({
	container: graphElement,
	style: stylesheet(),
	minZoom: 0.1,
	maxZoom: 4,
	boxSelectionEnabled: false,
});

// ---------------------------------------------------------------- messages and activity

function showMessage(text, kind = 'error') {
	const box = $('#message');
	box.querySelector('.message-text').textContent = text;
	box.dataset.kind = kind;
	box.hidden = false;
	if (kind === 'error') {
		document.body.dataset.error = text;
	}
}

function clearMessage() {
	$('#message').hidden = true;
	delete document.body.dataset.error;
}

function fail(error) {
	console.warn(error);
	showMessage(error.message ?? String(error));
}

onActivity((pending) => {
	document.body.dataset.busy = String(pending > 0);
	$('#busy').classList.toggle('active', pending > 0);
});

// ---------------------------------------------------------------- loading

function remember(nodes, edges) {
	for (const node of nodes) {
		store.nodes.set(node.id, node);
	}
	for (const edge of edges) {
		store.edges.set(edge.id, edge);
	}
}

/** Loads the neighbourhood of `id` once; later calls get the cached one. */
function loadExpansion(id) {
	if (store.expansions.has(id)) {
		return Promise.resolve(store.expansions.get(id));
	}
	if (!store.loading.has(id)) {
		const request = graphql(NEIGHBORHOOD, { id, limit: NEIGHBOURS_PER_EXPANSION }, 'Loading the neighbourhood')
			.then((data) => {
				const subgraph = data.neighborhood;
				remember(subgraph.nodes, subgraph.edges);
				const expansion = {
					nodes: subgraph.nodes.map((n) => n.id),
					edges: subgraph.edges.map((e) => e.id),
					truncated: subgraph.truncated,
					truncatedNodeIds: subgraph.truncatedNodeIds,
				};
				store.expansions.set(id, expansion);
				return expansion;
			})
			.finally(() => store.loading.delete(id));
		store.loading.set(id, request);
	}
	return store.loading.get(id);
}

/** Makes sure a node's data is known, without its neighbourhood. */
async function loadNode(id) {
	if (store.nodes.has(id)) {
		return;
	}
	const data = await graphql(NEIGHBORHOOD, { id, limit: 1 }, 'Loading a node');
	remember(data.neighborhood.nodes, []);
}

/** Asks the service which of the claims in view are contested (contradicted or about a disputed event). */
async function loadClaimStates() {
	const unknown = cy.nodes('[base = "Claim"]').map((n) => n.id()).filter((id) => !store.claims.has(id));
	for (let i = 0; i < unknown.length; i += 20) {
		const batch = unknown.slice(i, i + 20);
		const variables = Object.fromEntries(batch.map((id, j) => [`c${j}`, id]));
		const data = await graphql(claimStates(batch.length), variables, 'Loading the claims');
		for (const claim of Object.values(data)) {
			const contested = claim.contradictions.length > 0 || claim.about.some((about) => about.status === 'DISPUTED');
			store.claims.set(claim.id, { contested, claimant: claim.claimant?.name ?? null, statement: claim.statement });
		}
	}
	if (unknown.length > 0) {
		cy.batch(() => {
			for (const id of unknown) {
				const node = cy.getElementById(id);
				const state = store.claims.get(id);
				if (node.nonempty() && state) {
					node.data('contested', state.contested);
					node.data('display', claimDisplay(state, node.data('label')));
					node.toggleClass('contested', state.contested);
				}
			}
		});
		applyFilters();
		report();
	}
}

// ---------------------------------------------------------------- the view

function shorten(text, length) {
	return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}

/** A claim reads as who claims what: "Russian Defence Ministry: 60 Ukrainian soldiers killed…". */
function claimDisplay(state, statement) {
	const claimant = state?.claimant;
	return claimant ? `${claimant}: ${shorten(state.statement ?? statement, 48)}` : `claim: ${shorten(statement, 48)}`;
}

/** Nodes with the same name in view (Russia the state, Russia the country) say their kind. */
function disambiguate() {
	const byLabel = new Map();
	cy.nodes().forEach((node) => {
		const key = node.data('label');
		byLabel.set(key, (byLabel.get(key) ?? 0) + 1);
	});
	cy.nodes().forEach((node) => {
		if (node.data('base') === 'Claim') {
			return;
		}
		const label = node.data('label');
		const display = byLabel.get(label) > 1
			? `${shorten(label, 52)} (${kindInfo(node.data('kind')).label.toLowerCase()})` : shorten(label, 60);
		if (node.data('display') !== display) {
			node.data('display', display);
		}
	});
}

function nodeData(node) {
	const p = node.properties ?? {};
	const kind = kindOf(node.kinds);
	const base = baseOf(node.kinds);
	const label = node.label ?? node.id;
	const claim = store.claims.get(node.id);
	return {
		id: node.id,
		label,
		display: base === 'Claim' ? claimDisplay(claim, label) : shorten(label, 60),
		kind,
		base,
		labels: node.kinds,
		date: p.date ?? null,
		status: p.status ?? null,
		type: p.type ?? null,
		stance: p.stance ?? null,
		contested: claim ? claim.contested : undefined,
		properties: p,
	};
}

function edgeData(edge) {
	const p = edge.properties ?? {};
	return {
		id: edge.id,
		source: edge.source,
		target: edge.target,
		type: edge.type,
		date: p.date ?? null,
		status: p.status ?? null,
		eventId: p.eventId ?? null,
		claimId: p.claimId ?? null,
		inferred: Boolean(p.inferred),
		derived: Boolean(p.derived),
		properties: p,
		evidence: edge.evidence ?? [],
	};
}

/** Nodes that are in view by the user's choice, not only as someone's neighbour. */
function anchors() {
	const ids = new Set([...view.expanded, ...view.shown]);
	if (store.paths) {
		ids.add(store.paths.from);
		ids.add(store.paths.to);
	}
	return ids;
}

function desired() {
	const nodeIds = new Set(view.shown);
	for (const id of view.expanded) {
		nodeIds.add(id);
		for (const neighbour of store.expansions.get(id)?.nodes ?? []) {
			nodeIds.add(neighbour);
		}
	}
	if (store.paths) {
		store.paths.nodeIds.forEach((id) => nodeIds.add(id));
	}
	for (const id of view.removed) {
		nodeIds.delete(id);
	}
	for (const id of [...nodeIds]) {
		if (!store.nodes.has(id)) {
			nodeIds.delete(id);
		}
	}
	// Every known relationship between nodes in view is shown.
	const edgeIds = new Set();
	for (const edge of store.edges.values()) {
		if (nodeIds.has(edge.source) && nodeIds.has(edge.target)) {
			edgeIds.add(edge.id);
		}
	}
	return { nodeIds, edgeIds };
}

/**
 * Makes the graph match the state, lays it out when something was added (new nodes start
 * around `origin`), and reports.
 */
function sync({ origin = null, layout = false } = {}) {
	const { nodeIds, edgeIds } = desired();
	let added = 0;
	const centre = origin && cy.getElementById(origin).nonempty() ? cy.getElementById(origin).position() : null;
	cy.batch(() => {
		cy.edges().filter((edge) => !edgeIds.has(edge.id())).remove();
		cy.nodes().filter((node) => !nodeIds.has(node.id())).remove();
		let index = 0;
		for (const id of nodeIds) {
			if (cy.getElementById(id).empty()) {
				const angle = (index++ / Math.max(1, nodeIds.size)) * 2 * Math.PI;
				const around = centre ?? { x: 0, y: 0 };
				const radius = 60 + Math.random() * 40;
				cy.add({ group: 'nodes', data: nodeData(store.nodes.get(id)),
					position: { x: around.x + radius * Math.cos(angle), y: around.y + radius * Math.sin(angle) } });
				added++;
			}
		}
		for (const id of edgeIds) {
			if (cy.getElementById(id).empty()) {
				cy.add({ group: 'edges', data: edgeData(store.edges.get(id)), classes: edgeLabels ? 'labelled' : '' });
				added++;
			}
		}
		const roots = new Set(view.expanded);
		cy.nodes().forEach((node) => node.toggleClass('root', roots.has(node.id())));
		disambiguate();
	});
	applyFilters();
	highlightPaths();
	if (added > 0 || layout) {
		runLayout();
	}
	report();
	if (cy.nodes('[base = "Claim"]').some((n) => !store.claims.has(n.id()))) {
		loadClaimStates().catch(fail);
	}
}

function eventType(id) {
	return store.nodes.get(id)?.properties?.type ?? null;
}

function applyFilters() {
	const filters = view.filters;
	const kept = anchors();
	cy.batch(() => {
		cy.nodes().forEach((node) => node.toggleClass('filtered', !acceptsNode(filters, node.data())));
		cy.edges().forEach((edge) => edge.toggleClass('filtered', !acceptsEdge(filters, edge.data(), eventType)));
		if (isActive(filters)) {
			// A node that is in view only through hidden events, claims or relationships goes too.
			const orphans = cy.nodes().not('.filtered').filter((node) => {
				if (kept.has(node.id())) {
					return false;
				}
				const edges = node.connectedEdges();
				return edges.nonempty() && edges.every((edge) => edge.hasClass('filtered')
					|| edge.source().hasClass('filtered') || edge.target().hasClass('filtered'));
			});
			orphans.addClass('filtered');
		}
	});
}

function highlightPaths() {
	cy.elements().removeClass('path faded');
	const paths = store.paths;
	if (!paths || paths.result.paths.length === 0) {
		return;
	}
	const chosen = paths.pick === null ? paths.result.paths : [paths.result.paths[paths.pick]];
	const ids = new Set();
	for (const path of chosen) {
		path.nodes.forEach((node) => ids.add(node.id));
		path.edges.forEach((edge) => ids.add(edge.id));
	}
	cy.batch(() => {
		cy.elements().forEach((element) => {
			element.toggleClass('path', ids.has(element.id()));
			element.toggleClass('faded', !ids.has(element.id()));
		});
	});
}

let layoutRun = null;

function runLayout() {
	const elements = cy.elements().not('.filtered');
	if (layoutRun) {
		layoutRun.stop();
	}
	graphElement.dataset.ready = 'false';
	if (elements.empty()) {
		graphElement.dataset.ready = 'true';
		return;
	}
	const common = { name: view.layout, animate: false, fit: true, padding: 40, nodeDimensionsIncludeLabels: true };
	const options = {
		cose: { ...common, nodeDimensionsIncludeLabels: false, randomize: false, nodeRepulsion: () => 12000,
			idealEdgeLength: () => 110, nodeOverlap: 16, componentSpacing: 80, gravity: 0.6, numIter: 1200 },
		// Left to right: a node with many neighbours makes a tall column rather than a row too
		// wide to read.
		breadthfirst: { ...common, nodeDimensionsIncludeLabels: false, directed: false, spacingFactor: 1.0,
			avoidOverlap: true, roots: cy.nodes('.root').not('.filtered').map((n) => n.id()),
			transform: (node, position) => ({ x: position.y * 3, y: position.x * 0.8 }) },
		concentric: { ...common, nodeDimensionsIncludeLabels: false, avoidOverlap: true, minNodeSpacing: 40,
			concentric: (node) => node.degree(),
			levelWidth: () => 2 },
		circle: { ...common, nodeDimensionsIncludeLabels: false, avoidOverlap: true, spacingFactor: 1.3 },
		grid: { ...common, avoidOverlap: true, condense: true },
	}[view.layout];
	layoutRun = elements.layout(options);
	layoutRun.one('layoutstop', () => {
		if (view.layout === 'cose') {
			separate(elements.nodes());
		}
		fitView(elements);
		graphElement.dataset.ready = 'true';
	});
	layoutRun.run();
}

/**
 * Moves apart the nodes that the force-directed layout left on top of each other (its
 * repulsion is a force, not a rule): each node is treated as the circle around its box, and
 * overlapping pairs are pushed apart along the line between them until none overlap.
 */
function separate(nodes, gap = 8) {
	const items = nodes.map((node) => ({
		node,
		p: { ...node.position() },
		r: Math.hypot(node.outerWidth(), node.outerHeight()) / 2 + gap / 2,
	}));
	for (let round = 0; round < 200; round++) {
		let moved = false;
		for (let i = 0; i < items.length; i++) {
			for (let j = i + 1; j < items.length; j++) {
				const a = items[i];
				const b = items[j];
				let dx = b.p.x - a.p.x;
				let dy = b.p.y - a.p.y;
				let distance = Math.hypot(dx, dy);
				const least = a.r + b.r;
				if (distance < least) {
					if (distance < 0.01) {
						// On the same spot: part them in a direction of their own.
						dx = Math.cos(i + j);
						dy = Math.sin(i + j);
						distance = 1;
					}
					const push = (least - distance) / 2 + 0.5;
					a.p.x -= (dx / distance) * push;
					a.p.y -= (dy / distance) * push;
					b.p.x += (dx / distance) * push;
					b.p.y += (dy / distance) * push;
					moved = true;
				}
			}
		}
		if (!moved) {
			break;
		}
	}
	cy.batch(() => items.forEach((item) => item.node.position(item.p)));
}

/** Fits the visible graph into the window, without drawing a few nodes huge. */
function fitView(elements = cy.elements().not('.filtered')) {
	cy.fit(elements, 40);
	if (cy.zoom() > 1.4) {
		cy.zoom(1.4);
		cy.center(elements);
	}
}

/** Writes what is in view into the page (for people, the URL and tests). */
function report() {
	const { nodes, edges } = visibleElements(cy);
	graphElement.dataset.nodeCount = String(nodes.length);
	graphElement.dataset.edgeCount = String(edges.length);
	graphElement.dataset.loadedNodeCount = String(cy.nodes().length);
	graphElement.dataset.layout = view.layout;
	graphElement.dataset.selectedId = view.selected ?? '';
	graphElement.dataset.highlightedIds = cy.elements('.path').map((e) => e.id()).sort().join(' ');
	graphElement.dataset.expandedIds = view.expanded.join(' ');
	$('#empty').hidden = cy.nodes().length > 0;
	const hidden = cy.nodes('.filtered').length;
	const truncated = view.expanded.some((id) => store.expansions.get(id)?.truncated);
	let text = `${nodes.length} node${nodes.length === 1 ? '' : 's'} · ${edges.length} relationship${edges.length === 1 ? '' : 's'}`;
	if (hidden > 0) {
		text += ` · ${hidden} hidden by filters`;
	}
	if (truncated) {
		text += ' · some neighbourhoods were cut at their size limit';
	}
	$('#statusline').textContent = cy.nodes().length > 0 ? text : '';
	for (const counter of document.querySelectorAll('[data-count-kind]')) {
		const count = cy.nodes(`[kind = "${counter.dataset.countKind}"]`).not('.filtered').length;
		counter.textContent = count > 0 ? String(count) : '';
	}
	updatePathBar();
	updateServerExports();
	writeUrl();
}

// ---------------------------------------------------------------- actions

async function expand(id, { select = false } = {}) {
	try {
		await loadExpansion(id);
	}
	catch (error) {
		fail(error);
		return;
	}
	clearMessage();
	view.removed.delete(id);
	for (const neighbour of store.expansions.get(id).nodes) {
		view.removed.delete(neighbour);
	}
	if (!view.expanded.includes(id)) {
		view.expanded.push(id);
	}
	view.shown = view.shown.filter((shown) => shown !== id);
	sync({ origin: id });
	if (select) {
		selectNode(id);
	}
}

function collapse(id) {
	view.expanded = view.expanded.filter((expanded) => expanded !== id);
	if (!desired().nodeIds.has(id)) {
		view.shown.push(id);
	}
	sync();
	refreshPanel(id);
}

function toggleExpand(id) {
	if (view.expanded.includes(id)) {
		collapse(id);
	}
	else {
		expand(id).then(() => refreshPanel(id));
	}
}

function removeNode(id) {
	view.expanded = view.expanded.filter((expanded) => expanded !== id);
	view.shown = view.shown.filter((shown) => shown !== id);
	view.removed.add(id);
	if (view.selected === id) {
		view.selected = null;
		panel.close();
	}
	sync();
}

/** Opens a node from the search, a link or the URL: expands it and shows its details. */
async function open(id) {
	view.removed.delete(id);
	if (cy.getElementById(id).nonempty() && view.expanded.includes(id)) {
		selectNode(id);
		return;
	}
	await expand(id, { select: true });
}

async function show(id) {
	try {
		await loadNode(id);
	}
	catch (error) {
		fail(error);
		return;
	}
	view.removed.delete(id);
	if (!view.shown.includes(id)) {
		view.shown.push(id);
	}
	sync({ origin: view.selected });
	selectNode(id);
}

function selectNode(id, { showDetails = true } = {}) {
	const node = cy.getElementById(id);
	cy.elements(':selected').unselect();
	view.selected = id;
	if (node.nonempty()) {
		node.select();
		if (!node.hasClass('filtered')) {
			const extent = cy.extent();
			const p = node.position();
			if (p.x < extent.x1 || p.x > extent.x2 || p.y < extent.y1 || p.y > extent.y2) {
				cy.center(node);
			}
		}
	}
	if (showDetails) {
		panel.showNode(id);
	}
	report();
}

function refreshPanel(id) {
	if (panel.showing()?.node === id) {
		panel.showNode(id);
	}
}

async function findPaths(from, to) {
	if (!from || !to || from === to) {
		showMessage('Choose two different nodes: “Path from here” on one, “Path to here” on the other.');
		return;
	}
	let result;
	try {
		result = (await graphql(PATHS, { from, to }, 'Finding paths')).paths;
	}
	catch (error) {
		fail(error);
		return;
	}
	clearMessage();
	for (const path of result.paths) {
		remember(path.nodes, path.edges);
	}
	await Promise.all([from, to].map((id) => loadNode(id).catch(() => null)));
	const nodeIds = new Set([from, to]);
	const edgeIds = new Set();
	for (const path of result.paths) {
		path.nodes.forEach((node) => nodeIds.add(node.id));
		path.edges.forEach((edge) => edgeIds.add(edge.id));
	}
	nodeIds.forEach((id) => view.removed.delete(id));
	store.paths = { from, to, result, nodeIds, edgeIds, pick: null };
	view.path = { from, to };
	pathEnds.from = from;
	pathEnds.to = to;
	// Always a fresh layout: paths through nodes already in view would stay where they were.
	sync({ origin: from, layout: true });
	panel.showPaths(result, from, to, nodeLabel);
}

function clearPaths() {
	store.paths = null;
	view.path = null;
	pathEnds.from = null;
	pathEnds.to = null;
	sync();
}

function setPathEnd(end, id) {
	pathEnds[end] = id;
	updatePathBar();
	if (pathEnds.from && pathEnds.to && pathEnds.from !== pathEnds.to) {
		findPaths(pathEnds.from, pathEnds.to);
	}
}

function nodeLabel(id) {
	return store.nodes.get(id)?.label ?? id;
}

function updatePathBar() {
	const bar = $('#pathbar');
	bar.hidden = !pathEnds.from && !pathEnds.to && !store.paths;
	const end = (element, id, word) => {
		element.dataset.empty = String(!id);
		element.dataset.id = id ?? '';
		element.innerHTML = id ? `${word}: <strong></strong>` : `${word}: <em>choose “Path ${word} here” on a node</em>`;
		if (id) {
			element.querySelector('strong').textContent = nodeLabel(id);
		}
	};
	end($('#path-from'), pathEnds.from, 'from');
	end($('#path-to'), pathEnds.to, 'to');
	$('#path-find').disabled = !(pathEnds.from && pathEnds.to);
}

function updateServerExports() {
	const around = view.expanded[0] ?? null;
	const params = serverSelection(view.filters, around).toString();
	for (const link of document.querySelectorAll('[data-server-export]')) {
		link.href = `export/${link.dataset.serverExport}${params ? '?' + params : ''}`;
	}
	$('#server-export-scope').textContent = around
		? `Around ${nodeLabel(around)} (two steps), with the filters on the left.`
		: 'The whole graph, with the filters on the left.';
}

function setLayout(name) {
	view.layout = LAYOUTS.includes(name) ? name : 'cose';
	$('#layout').value = view.layout;
	runLayout();
	report();
}

function setFilters(filters) {
	view.filters = filters;
	applyFilters();
	highlightPaths();
	fitView();
	report();
}

function clearView() {
	view.expanded = [];
	view.shown = [];
	view.removed = new Set();
	view.selected = null;
	store.paths = null;
	view.path = null;
	pathEnds.from = null;
	pathEnds.to = null;
	panel.close();
	panel.closeViewer();
	sync();
}

// ---------------------------------------------------------------- the URL

function writeUrl() {
	const hash = encode({
		expanded: view.expanded,
		shown: view.shown,
		removed: [...view.removed],
		selected: view.selected,
		path: view.path,
		layout: view.layout,
		filters: view.filters,
	});
	if (hash !== writtenHash) {
		writtenHash = hash;
		history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
	}
}

async function restore(fragment) {
	const state = decode(fragment);
	if (state.expanded.length + (state.shown?.length ?? 0) > 0) {
		// A shared view: the graph gets the room, the overview stays one click away.
		overview.collapse();
	}
	view.layout = LAYOUTS.includes(state.layout) ? state.layout : 'cose';
	$('#layout').value = view.layout;
	view.filters = state.filters;
	filterForm.set(state.filters);
	view.removed = new Set(state.removed);
	view.selected = null;
	store.paths = null;
	view.path = null;
	const results = await Promise.allSettled([
		...state.expanded.map((id) => loadExpansion(id)),
		...state.shown.map((id) => loadNode(id)),
	]);
	const failure = results.find((result) => result.status === 'rejected');
	if (failure) {
		fail(failure.reason);
	}
	view.expanded = state.expanded.filter((id) => store.expansions.has(id));
	view.shown = state.shown.filter((id) => store.nodes.has(id) && !view.expanded.includes(id));
	writtenHash = null;
	sync({ layout: true });
	if (state.path) {
		await findPaths(state.path.from, state.path.to);
	}
	if (state.selected && cy.getElementById(state.selected).nonempty()) {
		selectNode(state.selected);
	}
}

// ---------------------------------------------------------------- wiring

const panel = createPanel($('#panel'), $('#viewer'), {
	open: (id) => (cy.getElementById(id).nonempty() ? selectNode(id) : show(id)),
	show,
	toggleExpand,
	remove: removeNode,
	pathFrom: (id) => setPathEnd('from', id),
	pathTo: (id) => setPathEnd('to', id),
	isExpanded: (id) => view.expanded.includes(id),
	nodeInView: (id) => cy.getElementById(id).nonempty(),
	kindOf: (id) => (store.nodes.has(id) ? kindOf(store.nodes.get(id).kinds) : 'Node'),
	highlightPath: (index) => {
		if (store.paths) {
			store.paths.pick = store.paths.pick === index ? null : index;
			highlightPaths();
			report();
		}
	},
	error: fail,
});
// An open panel's buttons (expand / remove / show) follow nodes entering and leaving the view.
cy.on('add remove', 'node', () => panel.refreshActions());

const filterForm = buildFilterForm($('#filters'), setFilters);

const overview = createOverview($('#overview'), {
	open: (id) => open(id).catch(fail),
	onBrush: ({ from, to, eventIds }) => {
		const filters = { ...view.filters, from, to, eventIds };
		filterForm.set(filters);
		setFilters(filters);
	},
});
overview.load().catch(fail);

attachSearch($('#search'), $('#suggestions'), (id) => {
	// Opened from the search: the graph gets the room (the overview stays one click away).
	overview.collapse();
	return open(id);
}, fail);

cy.on('tap', 'node', (event) => selectNode(event.target.id()));
cy.on('tap', 'edge', (event) => {
	const edge = store.edges.get(event.target.id());
	if (edge) {
		panel.showEdge(edge, nodeLabel);
	}
});
cy.on('dbltap', 'node', (event) => toggleExpand(event.target.id()));

$('#layout').addEventListener('change', (event) => setLayout(event.target.value));
$('#fit').addEventListener('click', () => fitView());
$('#labels').addEventListener('click', (event) => {
	edgeLabels = !edgeLabels;
	event.currentTarget.setAttribute('aria-pressed', String(edgeLabels));
	cy.edges().toggleClass('labelled', edgeLabels);
});
$('#clear').addEventListener('click', clearView);
$('#path-find').addEventListener('click', () => findPaths(pathEnds.from, pathEnds.to));
$('#path-clear').addEventListener('click', clearPaths);
$('#message .message-close').addEventListener('click', clearMessage);
$('#help').addEventListener('click', () => $('#help-dialog').showModal());
$('#sidebar-toggle').addEventListener('click', (event) => {
	const collapsed = document.body.classList.toggle('sidebar-collapsed');
	event.currentTarget.setAttribute('aria-expanded', String(!collapsed));
	event.currentTarget.textContent = collapsed ? 'Show' : 'Hide';
	cy.resize();
});
$('#share').addEventListener('click', async () => {
	writeUrl();
	try {
		await navigator.clipboard.writeText(location.href);
		showMessage('The link to this view is copied.', 'info');
	}
	catch (error) {
		showMessage(`Copy this link to share the view: ${location.href}`, 'info');
	}
});
for (const example of document.querySelectorAll('.example')) {
	example.addEventListener('click', () => {
		const input = $('#search');
		input.value = example.dataset.query;
		input.focus();
		input.dispatchEvent(new Event('input'));
	});
}

const exporters = {
	png: () => ({ fileName: 'conflict-graph.png', content: png(cy), type: 'image/png' }),
	graphml: () => ({ fileName: 'conflict-graph.graphml', content: graphMl(cy), type: 'application/graphml+xml' }),
	cyjs: () => ({ fileName: 'conflict-graph.cyjs', content: cytoscapeJson(cy), type: 'application/json' }),
};
for (const button of document.querySelectorAll('[data-export]')) {
	button.addEventListener('click', () => {
		const format = button.dataset.export;
		try {
			const file = exporters[format]();
			download(file.fileName, file.content, file.type);
			window.explorer.lastExport = { format, ...file };
			document.body.dataset.lastExport = format;
		}
		catch (error) {
			showMessage(`Export failed: ${error.message}`);
		}
		$('#export-menu').open = false;
	});
}

// Keyboard: "/" search, "?" help, Escape closes the innermost open thing.
document.addEventListener('keydown', (event) => {
	const typing = event.target.closest('input, textarea, select, [contenteditable="true"]');
	if (event.key === '/' && !typing) {
		event.preventDefault();
		$('#search').focus();
		$('#search').select();
	}
	else if (event.key === '?' && !typing) {
		event.preventDefault();
		$('#help-dialog').showModal();
	}
	else if (event.key === 'Escape') {
		if ($('#help-dialog').open) {
			return; // the dialog closes itself
		}
		if ($('#export-menu').open) {
			$('#export-menu').open = false;
		}
		else if (panel.isViewerOpen()) {
			panel.closeViewer();
		}
		else if (panel.isOpen()) {
			panel.close();
		}
		else if (!$('#message').hidden) {
			clearMessage();
		}
	}
});

// In the graph: arrows move the selection, Enter expands or collapses, Delete removes.
graphElement.addEventListener('keydown', (event) => {
	const nodes = cy.nodes().not('.filtered').sort((a, b) => a.data('label').localeCompare(b.data('label')));
	if (nodes.empty()) {
		return;
	}
	const index = view.selected ? nodes.map((n) => n.id()).indexOf(view.selected) : -1;
	if (['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'].includes(event.key)) {
		event.preventDefault();
		const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : -1;
		const next = nodes[(index + step + nodes.length) % nodes.length];
		selectNode(next.id());
	}
	else if (event.key === 'Enter' && view.selected) {
		event.preventDefault();
		toggleExpand(view.selected);
	}
	else if ((event.key === 'Delete' || event.key === 'Backspace') && view.selected) {
		event.preventDefault();
		removeNode(view.selected);
	}
	else if (event.key === 'f' || event.key === 'F') {
		fitView();
	}
});

window.addEventListener('hashchange', () => {
	if (location.hash.replace(/^#/, '') !== writtenHash) {
		restore(location.hash);
	}
});
// The graph's box changes when the details panel opens or the filters fold away.
// When it shrinks so that part of the graph is cut off, the graph is fitted again, a moment
// later: the first click of a double-click opens the details, and the second must still find
// the node where it was.
let refit = null;
new ResizeObserver(() => {
	cy.resize();
	clearTimeout(refit);
	refit = setTimeout(() => {
		// The view changed size (a panel opened or closed, the overview was shown or
		// hidden): fit what is visible again.
		if (cy.elements().not('.filtered').nonempty()) {
			fitView();
		}
	}, 500);
}).observe(graphElement);

/** For tests and the console: the state of the view, read-only. */
window.explorer = {
	cy,
	lastExport: null,
	state: () => JSON.parse(JSON.stringify({ ...view, removed: [...view.removed] })),
	visible: () => {
		const { nodes, edges } = visibleElements(cy);
		return { nodes: nodes.map((n) => plain(n.data())), edges: edges.map((e) => plain(e.data())) };
	},
	loaded: () => ({
		nodes: cy.nodes().map((n) => ({ ...plain(n.data()), filtered: n.hasClass('filtered') })),
		edges: cy.edges().map((e) => ({ ...plain(e.data()), filtered: e.hasClass('filtered') })),
	}),
	/** Where a node is drawn, in CSS pixels from the top left corner of the graph element. */
	renderedPosition: (id) => {
		const node = cy.getElementById(id);
		return node.nonempty() ? { ...node.renderedPosition() } : null;
	},
	kindInfo,
	overview,
};

function plain(data) {
	const { properties, evidence, ...rest } = data;
	return { ...rest, properties: { ...properties } };
}

restore(location.hash).finally(() => {
	document.body.dataset.started = 'true';
});
