// Exports of what is in view: a PNG of the canvas, GraphML and Cytoscape.js JSON built in the
// browser from the visible elements, and links to the service's own exports with the same
// filters.

import { EVENT_TYPES, KINDS, RELATIONSHIP_TYPES } from './kinds.js';

const XML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function xml(text) {
	// Characters XML 1.0 does not allow are dropped.
	return String(text).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);
}

/** The visible nodes and the edges between them. */
export function visibleElements(cy) {
	const nodes = cy.nodes().not('.filtered');
	const edges = cy.edges().not('.filtered').filter((edge) => !edge.source().hasClass('filtered') && !edge.target().hasClass('filtered'));
	return { nodes, edges };
}

export function png(cy) {
	return cy.png({ output: 'base64uri', full: true, scale: 2, bg: '#ffffff', maxWidth: 4096, maxHeight: 4096 });
}

const NODE_KEYS = [
	['label', 'string'], ['kind', 'string'], ['labels', 'string'], ['date', 'string'], ['status', 'string'],
	['type', 'string'], ['stance', 'string'], ['x', 'double'], ['y', 'double'], ['properties', 'string'],
];
const EDGE_KEYS = [
	['edgeType', 'type', 'string'], ['edgeDate', 'date', 'string'], ['edgeStatus', 'status', 'string'],
	['eventId', 'eventId', 'string'], ['evidence', 'evidence', 'string'], ['edgeProperties', 'properties', 'string'],
];

/** GraphML (http://graphml.graphdrawing.org/) of the visible elements. */
export function graphMl(cy) {
	const { nodes, edges } = visibleElements(cy);
	const lines = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
			+ ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
	];
	for (const [name, type] of NODE_KEYS) {
		lines.push(`  <key id="${name}" for="node" attr.name="${name}" attr.type="${type}"/>`);
	}
	for (const [id, name, type] of EDGE_KEYS) {
		lines.push(`  <key id="${id}" for="edge" attr.name="${name}" attr.type="${type}"/>`);
	}
	lines.push('  <graph id="view" edgedefault="directed">');
	nodes.forEach((node) => {
		const d = node.data();
		const position = node.position();
		const values = {
			label: d.label, kind: d.kind, labels: d.labels.join(','), date: d.date, status: d.status, type: d.type,
			stance: d.stance, x: position.x.toFixed(1), y: position.y.toFixed(1), properties: JSON.stringify(d.properties),
		};
		lines.push(`    <node id="${xml(d.id)}">`);
		for (const [name] of NODE_KEYS) {
			if (values[name] !== undefined && values[name] !== null && values[name] !== '') {
				lines.push(`      <data key="${name}">${xml(values[name])}</data>`);
			}
		}
		lines.push('    </node>');
	});
	edges.forEach((edge) => {
		const d = edge.data();
		const values = {
			edgeType: d.type, edgeDate: d.date, edgeStatus: d.status, eventId: d.eventId,
			evidence: d.evidence.map((e) => e.quote).join(' | '), edgeProperties: JSON.stringify(d.properties),
		};
		lines.push(`    <edge id="${xml(d.id)}" source="${xml(d.source)}" target="${xml(d.target)}">`);
		for (const [id] of EDGE_KEYS) {
			if (values[id] !== undefined && values[id] !== null && values[id] !== '') {
				lines.push(`      <data key="${id}">${xml(values[id])}</data>`);
			}
		}
		lines.push('    </edge>');
	});
	lines.push('  </graph>', '</graphml>');
	return lines.join('\n') + '\n';
}

/** Cytoscape.js JSON (the elements format Cytoscape desktop and cy.add() read). */
export function cytoscapeJson(cy) {
	const { nodes, edges } = visibleElements(cy);
	const document = {
		format_version: '1.0',
		generated_by: 'conflict-graph explorer',
		target_cytoscapejs_version: '~3.33',
		data: { name: 'conflict-graph view', exported: new Date().toISOString() },
		elements: {
			nodes: nodes.map((node) => ({ data: exportedData(node.data()), position: { ...node.position() } })),
			edges: edges.map((edge) => ({ data: exportedData(edge.data()) })),
		},
	};
	return JSON.stringify(document, null, 2) + '\n';
}

function exportedData(data) {
	const { display, ...rest } = data;
	return rest;
}

/**
 * Query parameters of the service's exports for the filters (the service takes what to keep:
 * kinds, relationship types, event types, and a date range). With `around`, the neighbourhood
 * of that node within two steps; the service does not combine it with event types.
 */
export function serverSelection(filters, around) {
	const params = new URLSearchParams();
	if (around) {
		params.set('around', around);
		params.set('depth', '2');
	}
	if (filters.hideKinds.length > 0) {
		KINDS.filter((k) => !filters.hideKinds.includes(k.kind) && !['Source', 'Mention'].includes(k.kind))
			.forEach((k) => params.append('kinds', k.kind));
	}
	if (filters.hideRelationships.length > 0) {
		RELATIONSHIP_TYPES.filter((t) => !filters.hideRelationships.includes(t)).forEach((t) => params.append('relationshipTypes', t));
	}
	if (!around && filters.hideEventTypes.length > 0) {
		EVENT_TYPES.filter((t) => !filters.hideEventTypes.includes(t)).forEach((t) => params.append('eventTypes', t));
	}
	if (filters.from) {
		params.set('dateFrom', filters.from);
	}
	if (filters.to) {
		params.set('dateTo', filters.to);
	}
	return params;
}

/** Offers `content` as a file download. */
export function download(fileName, content, type) {
	const url = content.startsWith('data:') ? content : URL.createObjectURL(new Blob([content], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.hidden = true;
	document.body.appendChild(link);
	link.click();
	link.remove();
	if (!content.startsWith('data:')) {
		setTimeout(() => URL.revokeObjectURL(url), 10000);
	}
}
