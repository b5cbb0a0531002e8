// What each kind of node looks like (colour, shape, glyph) and the graph's stylesheet.
// The kind lists double as the legend and the kind filter.

/** Node kinds by base label, in the order of docs/model.md. */
export const KINDS = [
	{ base: 'Actor', kind: 'ArmedGroup', label: 'Armed group', colour: '#c62828', glyph: '⚔' },
	{ base: 'Actor', kind: 'MilitaryForce', label: 'Military force', colour: '#7b1f1f', glyph: '★' },
	{ base: 'Actor', kind: 'GovernmentBody', label: 'Government body', colour: '#6a3d9a', glyph: '⚖' },
	{ base: 'Actor', kind: 'Person', label: 'Person', colour: '#c2185b', glyph: '☺' },
	{ base: 'Actor', kind: 'MediaOutlet', label: 'Media outlet', colour: '#616161', glyph: '✎' },
	{ base: 'Actor', kind: 'State', label: 'State', colour: '#e65100', glyph: '⚑' },
	{ base: 'Place', kind: 'Country', label: 'Country', colour: '#1b5e20', glyph: '⚐' },
	{ base: 'Place', kind: 'Region', label: 'Region', colour: '#2e7d32', glyph: '▦' },
	{ base: 'Place', kind: 'District', label: 'District', colour: '#558b2f', glyph: '▤' },
	{ base: 'Place', kind: 'Settlement', label: 'Settlement', colour: '#00838f', glyph: '⌂' },
	{ base: 'Place', kind: 'Facility', label: 'Facility', colour: '#00695c', glyph: '⚙' },
	{ base: 'Asset', kind: 'Aircraft', label: 'Aircraft', colour: '#1565c0', glyph: '✈' },
	{ base: 'Asset', kind: 'Vehicle', label: 'Vehicle', colour: '#6d4c41', glyph: '▣' },
	{ base: 'Asset', kind: 'Drone', label: 'Drone', colour: '#3949ab', glyph: '✢' },
	{ base: 'Asset', kind: 'Missile', label: 'Missile', colour: '#283593', glyph: '➶' },
	{ base: 'Asset', kind: 'Infrastructure', label: 'Infrastructure', colour: '#827717', glyph: '⚡' },
	{ base: 'Event', kind: 'Event', label: 'Event', colour: '#ef8f00', glyph: '✸' },
	{ base: 'Claim', kind: 'Claim', label: 'Claim', colour: '#455a64', glyph: '❝' },
	// Provenance: not in the graph view (neighbourhoods follow facts), but in the panel.
	{ base: 'Source', kind: 'Source', label: 'Source', colour: '#5d4037', glyph: '✉', provenance: true },
	{ base: 'Mention', kind: 'Mention', label: 'Mention', colour: '#8d6e63', glyph: '❞', provenance: true },
];

const BY_KIND = new Map(KINDS.map((k) => [k.kind, k]));

/** Shapes by base label: the base reads from the outline, the kind from colour and glyph. */
export const SHAPES = {
	Actor: 'ellipse',
	Place: 'round-triangle',
	Asset: 'round-diamond',
	Event: 'round-hexagon',
	Claim: 'round-rectangle',
	Source: 'rectangle',
	Mention: 'round-tag',
};

/** The relationship types of the model (provenance types last). */
export const RELATIONSHIP_TYPES = [
	'PARTICIPATED_IN', 'ATTACKED', 'TARGETED', 'DESTROYED', 'INTERCEPTED', 'DAMAGED', 'CLAIMED_BY',
	'REPORTED_BY', 'ABOUT', 'CONTRADICTS', 'BLAMED', 'OCCURRED_IN', 'INVOLVED', 'LOCATED_IN', 'PART_OF',
	'HOLDS_POSITION', 'POSSIBLY_SAME_AS',
];

/** ACLED event types, plus Accidents. */
export const EVENT_TYPES = [
	'Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Strategic developments', 'Protests',
	'Riots', 'Accidents',
];

export const EVENT_STATUSES = ['REPORTED', 'CLAIMED', 'DISPUTED', 'CONFIRMED'];

export const CLAIM_STATUSES = [
	{ value: 'ASSERTS', label: 'Asserts' },
	{ value: 'DENIES', label: 'Denies' },
	{ value: 'CONTESTED', label: 'Contested' },
	{ value: 'UNCONTESTED', label: 'Uncontested' },
];

/** The most specific kind of a node from its labels, e.g. [Actor, ArmedGroup] -> ArmedGroup. */
export function kindOf(labels) {
	const specific = labels.find((label) => BY_KIND.has(label) && !SHAPES[label]);
	return specific ?? labels.find((label) => BY_KIND.has(label)) ?? labels[0] ?? 'Node';
}

export function baseOf(labels) {
	return labels.find((label) => SHAPES[label]) ?? 'Node';
}

export function kindInfo(kind) {
	return BY_KIND.get(kind) ?? { base: kind, kind, label: kind, colour: '#9e9e9e', glyph: '●' };
}

/** The GraphQL EntityKind (ARMED_GROUP) as the graph's label (ArmedGroup). */
export function labelOfEntityKind(entityKind) {
	if (!entityKind) {
		return 'Node';
	}
	return entityKind.toLowerCase().replace(/(^|_)([a-z])/g, (_, __, letter) => letter.toUpperCase());
}

// A white glyph on the kind's colour, drawn as an SVG background so that names stay below the node.
function glyphImage(glyph) {
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">`
		+ `<text x="32" y="34" font-family="DejaVu Sans, Segoe UI Symbol, Noto Sans Symbols, sans-serif" font-size="34" `
		+ `fill="#ffffff" text-anchor="middle" dominant-baseline="central">${glyph}</text></svg>`;
	return 'data:image/svg+xml;utf8,' + encodeURIComponent(svg);
}

/** The Cytoscape stylesheet. */
export function stylesheet() {
	const rules = [
		{
			selector: 'node',
			style: {
				'label': 'data(display)',
				'font-family': 'DejaVu Sans, system-ui, sans-serif',
				'font-size': 10,
				'color': '#1f2933',
				'text-valign': 'bottom',
				'text-margin-y': 4,
				// Names wrap onto a second line instead of being cut at about 15 characters.
				'text-wrap': 'wrap',
				'text-max-width': '170px',
				'text-overflow-wrap': 'whitespace',
				'text-background-color': '#ffffff',
				'text-background-opacity': 0.8,
				'text-background-padding': '1px',
				'width': 30,
				'height': 30,
				'background-color': '#9e9e9e',
				'background-fit': 'contain',
				'background-clip': 'none',
				'border-width': 2,
				'border-color': '#ffffff',
			},
		},
	];
	for (const [base, shape] of Object.entries(SHAPES)) {
		rules.push({ selector: `node[base = "${base}"]`, style: { shape } });
	}
	for (const info of KINDS) {
		rules.push({
			selector: `node[kind = "${info.kind}"]`,
			style: { 'background-color': info.colour, 'background-image': glyphImage(info.glyph) },
		});
	}
	rules.push(
		{ selector: 'node[base = "Event"]', style: { width: 34, height: 34 } },
		{ selector: 'node[base = "Claim"]', style: { width: 34, height: 24, 'font-size': 9 } },
		// How sure an event is: dashed when the sides disagree, dotted when only one side says so.
		{ selector: 'node[status = "DISPUTED"], node.contested', style: { 'border-style': 'dashed', 'border-color': '#d50000', 'border-width': 3 } },
		{ selector: 'node[status = "CLAIMED"]', style: { 'border-style': 'dotted', 'border-color': '#ff6d00', 'border-width': 3 } },
		{ selector: 'node[stance = "DENIES"]', style: { 'background-color': '#263238' } },
		{ selector: 'node.root', style: { 'font-weight': 'bold', 'font-size': 11 } },
		{
			selector: 'edge',
			style: {
				'width': 1.5,
				'line-color': '#9aa5b1',
				'target-arrow-color': '#9aa5b1',
				'target-arrow-shape': 'triangle',
				'arrow-scale': 0.8,
				'curve-style': 'bezier',
				'label': '',
				'font-size': 8,
				'color': '#52606d',
				'text-rotation': 'autorotate',
				'text-background-color': '#ffffff',
				'text-background-opacity': 0.8,
			},
		},
		{ selector: 'edge.labelled', style: { label: 'data(type)' } },
		// Derived attacks stand out in red; disputed or claimed ones are dashed or dotted.
		{ selector: 'edge[type = "ATTACKED"]', style: { 'width': 3, 'line-color': '#d32f2f', 'target-arrow-color': '#d32f2f' } },
		{ selector: 'edge[status = "DISPUTED"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [8, 4] } },
		{ selector: 'edge[status = "CLAIMED"]', style: { 'line-style': 'dotted' } },
		{ selector: 'edge[?claimId]', style: { 'line-style': 'dotted' } },
		{ selector: 'edge[type = "CONTRADICTS"]', style: { 'line-color': '#d50000', 'target-arrow-color': '#d50000', 'line-style': 'dashed', 'target-arrow-shape': 'tee' } },
		{ selector: 'edge[type = "BLAMED"]', style: { 'line-color': '#ad1457', 'target-arrow-color': '#ad1457' } },
		{ selector: 'edge[?inferred]', style: { 'line-style': 'dotted', 'line-color': '#7e57c2', 'target-arrow-shape': 'none' } },
		{ selector: '.filtered', style: { display: 'none' } },
		{ selector: '.faded', style: { opacity: 0.18 } },
		{ selector: 'node.path', style: { 'overlay-color': '#ffd600', 'overlay-opacity': 0.35, 'overlay-padding': 6, 'z-index': 10 } },
		{ selector: 'edge.path', style: { 'width': 5, 'line-color': '#ffab00', 'target-arrow-color': '#ffab00', 'z-index': 10, label: 'data(type)', 'font-weight': 'bold' } },
		{ selector: 'node:selected', style: { 'border-color': '#0b57d0', 'border-width': 4, 'border-style': 'solid' } },
		{ selector: 'edge:selected', style: { 'line-color': '#0b57d0', 'target-arrow-color': '#0b57d0', width: 4, label: 'data(type)' } },
	);
	return rules;
}
