// What each kind of node looks like (colour, shape, glyph) and the graph's stylesheet.
// The kind lists double as the legend and the kind filter.

import { NODE_KINDS, FACT_RELATIONSHIP_TYPES, EVENT_TYPES as MODEL_EVENT_TYPES, EVENT_STATUSES as MODEL_EVENT_STATUSES }
	from './vocabulary.js';

/**
 * How each kind reads (name and glyph); the kinds and their colours come from the server's
 * vocabulary (vocabulary.js, generated from org.conflictgraph.graph).
 */
const STYLES = {
	ArmedGroup: { label: 'Armed group', glyph: '⚔' },
	MilitaryForce: { label: 'Military force', glyph: '★' },
	GovernmentBody: { label: 'Government body', glyph: '⚖' },
	Person: { label: 'Person', glyph: '☺' },
	MediaOutlet: { label: 'Media outlet', glyph: '✎' },
	State: { label: 'State', glyph: '⚑' },
	Country: { label: 'Country', glyph: '⚐' },
	Region: { label: 'Region', glyph: '▦' },
	District: { label: 'District', glyph: '▤' },
	Settlement: { label: 'Settlement', glyph: '⌂' },
	Facility: { label: 'Facility', glyph: '⚙' },
	Aircraft: { label: 'Aircraft', glyph: '✈' },
	Vehicle: { label: 'Vehicle', glyph: '▣' },
	Drone: { label: 'Drone', glyph: '✢' },
	Missile: { label: 'Missile', glyph: '➶' },
	Infrastructure: { label: 'Infrastructure', glyph: '⚡' },
	Event: { label: 'Event', glyph: '✸' },
	Claim: { label: 'Claim', glyph: '❝' },
	Source: { label: 'Source', glyph: '✉' },
	Mention: { label: 'Mention', glyph: '❞' },
};

/**
 * Node kinds by base label, in the order of docs/model.md. Provenance kinds are not in the graph
 * view (neighbourhoods follow facts), but in the panel.
 */
export const KINDS = NODE_KINDS.map((k) => ({
	base: k.base,
	kind: k.kind,
	colour: k.colour,
	...(STYLES[k.kind] ?? { label: k.kind, glyph: '●' }),
	...(k.provenance ? { provenance: true } : {}),
}));

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

/** The fact relationship types of the model, from the vocabulary. */
export const RELATIONSHIP_TYPES = FACT_RELATIONSHIP_TYPES;

/** ACLED event types, plus Accidents. */
export const EVENT_TYPES = MODEL_EVENT_TYPES;

export const EVENT_STATUSES = MODEL_EVENT_STATUSES;

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
	return BY_KIND.get(kind) ?? { base: kind, kind, label: kind, glyph: '●' };
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
