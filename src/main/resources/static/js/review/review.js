// The review workspace: draft a report from a text, accept, reject or edit each proposed
// item, link entities to existing nodes (near matches, prefix search), add evidence from a
// selected span, dry-run and ingest through the pipeline.
import { renderText, selectionOffsets } from './text.js';
import { linkToExisting, changeKind } from './links.js';
import { attachSearch } from '../search.js';
import { graphql } from '../api.js';
import { labelOfEntityKind } from '../kinds.js';
import { NODE_KINDS, EVENT_TYPES, EVENT_SUB_TYPES, FIGURE_MEASURES, FIGURE_QUALIFIERS, FACT_RELATIONSHIP_TYPES } from '../vocabulary.js';

const $ = (id) => document.getElementById(id);
const KEY = 'conflictgraph.editorKey';
const ENTITY_KINDS = NODE_KINDS.filter((k) => ['Actor', 'Place', 'Asset'].includes(k.base)).map((k) => k.kind);
const ACTOR_KINDS = new Set(NODE_KINDS.filter((k) => k.base === 'Actor').map((k) => k.kind));
const STANCES = ['ASSERTS', 'DENIES'];
const PRECISIONS = ['DAY', 'MONTH', 'YEAR'];
const NODE = `query Node($id: ID!) { node(id: $id) { id ... on Entity { name kind } } }`;
let draft = null;
// the resolver's near matches, by drafted entity id: from the draft's dry run, then from each dry run of the page
let nearMatches = new Map();

$('new-kind').innerHTML = '';
for (const kind of ENTITY_KINDS) $('new-kind').append(new Option(kind, kind));

$('key').value = sessionStorage.getItem(KEY) || '';
$('key').addEventListener('change', () => sessionStorage.setItem(KEY, $('key').value));
$('file').addEventListener('change', async (event) => {
	const file = event.target.files[0];
	if (file) $('text').value = await file.text();
});

function status(message, problem = false) {
	$('status').textContent = message;
	$('status').classList.toggle('problem', problem);
}

async function post(url, body) {
	sessionStorage.setItem(KEY, $('key').value);
	const response = await fetch(url, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', 'X-API-Key': $('key').value },
		body: JSON.stringify(body),
	});
	let json = null;
	try { json = await response.json(); } catch (e) { json = null; }
	if (response.status === 401 || response.status === 403) {
		throw new Error('The key was refused: drafting and ingesting need an editor key');
	}
	return { status: response.status, json };
}

$('draft').addEventListener('click', async () => {
	status('Drafting…');
	try {
		const { status: code, json } = await post('api/drafts', {
			text: $('text').value,
			source: { published: $('published').value, publisher: $('publisher').value,
				title: $('title').value || undefined, url: $('url').value || undefined },
		});
		if (code !== 200) {
			const problems = (json && json.problems || []).map((p) => `${p.path}: ${p.message}`).join('; ');
			status((json && json.message || `Drafting failed (${code})`) + (problems ? ` — ${problems}` : ''), true);
			return;
		}
		draft = json.report;
		nearMatches = new Map((json.nearMatches || []).map((m) => [m.id, m]));
		for (const section of ['entities', 'events', 'claims', 'relations']) {
			draft[section] = draft[section] || []; // the report leaves empty lists out
			for (const item of draft[section]) item.accepted = true;
		}
		render(json.warnings, json.problems);
		$('dry-run').disabled = false;
		$('ingest').disabled = false;
		status(`Drafted: ${json.stats.entities} entities (${json.stats.linkedEntities} linked), ${json.stats.events} events, ${json.stats.claims} claims, ${json.stats.relations} relations`);
	} catch (error) {
		status(error.message, true);
	}
});

function label(section, item) {
	if (section === 'entities') return item.name;
	if (section === 'events') return item.title;
	if (section === 'claims') return item.statement;
	return `${item.type} ${item.from} → ${item.to}`;
}

function editableField(section) {
	return { entities: 'name', events: 'title', claims: 'statement' }[section];
}

let notes = { warnings: [], problems: [] };

function render(warnings = notes.warnings, problems = notes.problems) {
	notes = { warnings, problems };
	$('warnings').innerHTML = '';
	for (const text of [...problems.map((p) => `problem at ${p.path}: ${p.message}`), ...warnings]) {
		const p = document.createElement('p');
		p.textContent = text;
		$('warnings').append(p);
	}
	renderText($('text-view'), draft);
	for (const section of ['entities', 'events', 'claims', 'relations']) {
		const list = $(section);
		list.innerHTML = '';
		draft[section].forEach((item, index) => {
			const li = document.createElement('li');
			li.dataset.section = section;
			li.dataset.index = index;
			li.dataset.id = item.id || `${item.type}:${item.from}->${item.to}`;
			li.classList.toggle('rejected', !item.accepted);
			const accept = document.createElement('input');
			accept.type = 'checkbox';
			accept.checked = item.accepted;
			accept.className = 'accept';
			accept.setAttribute('aria-label', 'Accept');
			accept.addEventListener('change', () => { item.accepted = accept.checked; li.classList.toggle('rejected', !item.accepted); });
			li.append(accept, ' ');
			const field = editableField(section);
			if (field) {
				const input = document.createElement('input');
				input.type = 'text';
				input.className = 'edit';
				input.value = item[field];
				input.setAttribute('aria-label', field);
				input.addEventListener('change', () => { item[field] = input.value; });
				li.append(input);
			} else {
				li.append(label(section, item));
			}
			if (section === 'entities') li.append(' ', entityEditors(item));
			if (section === 'events') li.append(' ', eventEditors(item));
			if (section === 'claims') li.append(' ', claimEditors(item));
			if (section === 'relations') li.append(' ', relationEditors(item));
			const meta = document.createElement('div');
			meta.className = 'meta';
			const kind = item.kind || item.type;
			meta.append(`${kind}${item.subType ? ' / ' + item.subType : ''} · ${item.id || ''} `);
			if (section === 'entities') {
				const badge = document.createElement('span');
				const existing = item.draft && item.draft.existing;
				badge.className = 'badge ' + (existing ? 'existing' : 'new');
				badge.textContent = existing ? `existing node ${existing}` : 'new';
				meta.append(badge, ' ');
			}
			if (item.draft) meta.append(` rule ${item.draft.rule}, confidence ${item.draft.confidence}`);
			if (item.claimant) meta.append(` · claimant ${item.claimant}`);
			const add = document.createElement('button');
			add.type = 'button';
			add.className = 'add-evidence';
			add.textContent = 'Add selection as evidence';
			add.addEventListener('click', () => addEvidence(item));
			meta.append(' ', add);
			li.append(meta);
			if (section === 'entities') {
				const match = !(item.draft && item.draft.existing) && nearMatches.get(item.id);
				if (match) li.append(resembles(item, match));
				li.append(linkSearch(item));
			}
			li.append(meta);
			list.append(li);
		});
	}
}

function select(className, label, values, value, onChange) {
	const element = document.createElement('select');
	element.className = className;
	element.setAttribute('aria-label', label);
	for (const v of values) element.append(new Option(v, v));
	if (value && !values.includes(value)) element.append(new Option(value, value));
	element.value = value || '';
	element.addEventListener('change', () => onChange(element.value));
	return element;
}

function group(...children) {
	const span = document.createElement('span');
	span.className = 'editors';
	children.forEach((child, i) => span.append(...(i ? [' ', child] : [child])));
	return span;
}

function entityEditors(item) {
	const kind = select('edit-kind', 'Kind', ENTITY_KINDS, item.kind, (value) => {
		changeKind(draft, item, value);
		render();
		status(`${item.name} is now a ${value} (${item.id})`);
	});
	// an existing node keeps its kind: link another node instead
	kind.disabled = Boolean(item.draft && item.draft.existing);
	return group(kind);
}

function eventEditors(item) {
	const type = select('edit-type', 'Event type', EVENT_TYPES, item.type, (value) => {
		item.type = value;
		item.subType = EVENT_SUB_TYPES[value][0];
		render();
	});
	const subType = select('edit-subtype', 'Sub-type', EVENT_SUB_TYPES[item.type] || [], item.subType,
		(value) => { item.subType = value; render(); });
	const date = document.createElement('input');
	date.type = 'text';
	date.className = 'edit-date';
	date.setAttribute('aria-label', 'Date (YYYY-MM-DD, the first day for a month or year)');
	date.size = 10;
	date.value = item.date || '';
	date.addEventListener('change', () => { item.date = date.value.trim(); });
	const precision = select('edit-precision', 'Date precision', PRECISIONS, item.datePrecision,
		(value) => { item.datePrecision = value; });
	return group(type, subType, date, precision);
}

function claimEditors(item) {
	const stance = select('edit-stance', 'Stance', STANCES, item.stance, (value) => { item.stance = value; });
	const actors = draft.entities.filter((e) => e.accepted && ACTOR_KINDS.has(e.kind)).map((e) => e.id);
	const claimant = select('edit-claimant', 'Claimant', actors, item.claimant, (value) => {
		if ((item.about || []).length === 1 && item.about[0] === item.claimant) item.about = [value];
		item.claimant = value;
		render();
	});
	return group(stance, claimant, figureEditors(item));
}

/**
 * A relation's type, ends and role: the ends are the report's accepted entities, events and
 * claims (or the node it names already); the dry run says when a type does not allow the
 * labels of its ends.
 */
function relationEditors(item) {
	const ends = ['entities', 'events', 'claims'].flatMap((section) => draft[section].filter((x) => x.accepted).map((x) => x.id));
	const type = select('edit-relation-type', 'Relationship type', FACT_RELATIONSHIP_TYPES, item.type, (value) => {
		item.type = value;
		render();
	});
	const from = select('edit-from', 'From', ends, item.from, (value) => { item.from = value; render(); });
	const to = select('edit-to', 'To', ends, item.to, (value) => { item.to = value; render(); });
	const role = document.createElement('input');
	role.type = 'text';
	role.className = 'edit-role';
	role.size = 10;
	role.setAttribute('aria-label', 'Role (attacker, target, ...)');
	role.value = (item.properties && item.properties.role) || '';
	role.addEventListener('change', () => {
		const value = role.value.trim();
		item.properties = { ...(item.properties || {}) };
		if (value) {
			item.properties.role = value;
			item.key = value;
		} else {
			delete item.properties.role;
			delete item.key;
		}
	});
	// folded: the lists of ends are long, and the relation's line says what it is
	const details = document.createElement('details');
	details.className = 'relation-edit';
	const summary = document.createElement('summary');
	summary.textContent = 'edit';
	details.append(summary, group(type, from, to, role));
	return details;
}

/** The claim's figures: measure, value and qualifier of each, one to add, a button to remove. */
function figureEditors(item) {
	const span = document.createElement('span');
	span.className = 'figures';
	item.figures = item.figures || {};
	for (const [measure, figure] of Object.entries(item.figures)) {
		const row = document.createElement('span');
		row.className = 'figure';
		row.dataset.measure = measure;
		const value = document.createElement('input');
		value.type = 'number';
		value.min = '0';
		value.className = 'figure-value';
		value.setAttribute('aria-label', `${measure}: value`);
		value.value = figure.value;
		value.addEventListener('change', () => {
			const number = Number.parseInt(value.value, 10);
			if (Number.isInteger(number) && number >= 0) figure.value = number;
			else status(`${measure}: the value must be a whole number, 0 or more`, true);
		});
		const qualifier = select('figure-qualifier', `${measure}: qualifier`, FIGURE_QUALIFIERS, figure.qualifier || 'EXACT',
			(v) => { figure.qualifier = v; });
		const remove = document.createElement('button');
		remove.type = 'button';
		remove.className = 'figure-remove';
		remove.textContent = '×';
		remove.setAttribute('aria-label', `Remove ${measure}`);
		remove.addEventListener('click', () => { delete item.figures[measure]; render(); });
		row.append(`${measure} `, value, ' ', qualifier, remove);
		span.append(row, ' ');
	}
	const free = FIGURE_MEASURES.filter((m) => !(m in item.figures));
	if (free.length) {
		const add = select('figure-add', 'Add a figure', ['', ...free], '', (measure) => {
			if (!measure) return;
			item.figures[measure] = { value: 0, qualifier: 'EXACT' };
			render();
		});
		add.options[0].textContent = '+ figure';
		span.append(add);
	}
	return span;
}

/** "resembles X (score, why)" with a button that links the item to X instead. */
function resembles(item, match) {
	const div = document.createElement('div');
	div.className = 'resembles';
	const name = match.resemblesName || match.resembles;
	div.append(`resembles ${name} (${match.resembles}, score ${match.score}: ${match.why}) `);
	const use = document.createElement('button');
	use.type = 'button';
	use.className = 'use-existing';
	use.textContent = `use ${name} instead`;
	use.addEventListener('click', async () => {
		try {
			let node = { id: match.resembles, kind: match.resemblesKind, name: match.resemblesName };
			if (!node.kind) {
				const found = (await graphql(NODE, { id: match.resembles }, 'Looking up the node')).node;
				node = { id: found.id, kind: labelOfEntityKind(found.kind), name: found.name };
			}
			link(item, node);
		} catch (error) {
			status(error.message, true);
		}
	});
	div.append(use);
	return div;
}

/** The explorer's prefix search, to link the item to any existing actor, place or asset. */
function linkSearch(item) {
	const div = document.createElement('div');
	div.className = 'link';
	const input = document.createElement('input');
	input.type = 'search';
	input.className = 'link-search';
	input.autocomplete = 'off';
	input.placeholder = 'link to an existing node: type its name';
	input.setAttribute('role', 'combobox');
	input.setAttribute('aria-autocomplete', 'list');
	input.setAttribute('aria-expanded', 'false');
	input.setAttribute('aria-label', `Link ${item.name} to an existing node`);
	const list = document.createElement('ul');
	list.className = 'link-suggestions';
	list.setAttribute('role', 'listbox');
	list.hidden = true;
	div.append(input, list);
	attachSearch(input, list, (id, entity) => {
		const kind = labelOfEntityKind(entity.kind);
		if (!ENTITY_KINDS.includes(kind)) {
			status(`${entity.name} is a ${kind}: link entities to an actor, place or asset`, true);
			return;
		}
		link(item, { id, kind, name: entity.name });
	}, (error) => status(error.message, true));
	return div;
}

function link(item, node) {
	const old = item.id;
	const name = item.name;
	linkToExisting(draft, item, node);
	nearMatches.delete(old);
	render();
	status(`“${name}” is now the existing node ${node.id} (${node.name})`);
}

function addEvidence(item) {
	const span = selectionOffsets($('text-view'));
	if (!span) { status('Select a span of the text first', true); return; }
	item.evidence = item.evidence || [];
	item.evidence.push({ quote: draft.source.text.substring(span.start, span.end), start: span.start });
	render();
	status(`Evidence added: “${draft.source.text.substring(span.start, span.end)}”`);
}

function slug(text) {
	return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
}

$('new-entity').addEventListener('click', () => {
	const span = selectionOffsets($('text-view'));
	if (!draft || !span) { status('Draft first, then select a span of the text', true); return; }
	const kind = $('new-kind').value;
	const name = draft.source.text.substring(span.start, span.end).trim();
	const prefix = kind.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
	draft.entities.push({ id: `${prefix}:${slug(name)}`, kind, name, evidence: [{ quote: draft.source.text.substring(span.start, span.end), start: span.start }], accepted: true });
	render();
});

$('new-claim').addEventListener('click', () => {
	const span = selectionOffsets($('text-view'));
	if (!draft || !span) { status('Draft first, then select a span of the text', true); return; }
	const quote = draft.source.text.substring(span.start, span.end);
	const claimant = draft.source.publisher;
	draft.claims.push({ id: `claim:reviewed-${draft.claims.length + 1}-${slug(quote).slice(0, 40)}`, claimant, kind: 'statement', stance: 'ASSERTS', statement: quote, about: [claimant], evidence: [{ quote, start: span.start }], accepted: true });
	render();
});

function accepted() {
	const report = JSON.parse(JSON.stringify(draft));
	for (const section of ['entities', 'events', 'claims', 'relations']) {
		report[section] = report[section].filter((item) => item.accepted);
		report[section].forEach((item) => delete item.accepted);
	}
	const ids = new Set([...report.entities, ...report.events, ...report.claims].map((item) => item.id));
	// a rejected item takes the links to it along
	report.relations = report.relations.filter((r) => (ids.has(r.from) || !isDrafted(r.from)) && (ids.has(r.to) || !isDrafted(r.to)));
	report.claims.forEach((c) => {
		if (c.figures && !Object.keys(c.figures).length) delete c.figures;
		c.about = c.about.filter((id) => ids.has(id) || !isDrafted(id));
		c.contradicts = (c.contradicts || []).filter((id) => ids.has(id));
		if (!c.about.length) c.about = [c.claimant];
	});
	return report;
}

function isDrafted(id) {
	return ['entities', 'events', 'claims'].some((section) => draft[section].some((item) => item.id === id));
}

async function send(dryRun) {
	status(dryRun ? 'Checking…' : 'Ingesting…');
	try {
		const { status: code, json } = await post(`api/reports?dryRun=${dryRun}`, accepted());
		const report = json && json.reports && json.reports[0];
		const result = $('result');
		result.innerHTML = '';
		if (!report) { status(json && json.message || `Failed (${code})`, true); return; }
		const head = document.createElement('p');
		head.id = 'result-status';
		head.textContent = `${report.status}${dryRun ? ' (dry run)' : ''}: ${json.nodesCreated} nodes and ${json.relationshipsCreated} relationships ${dryRun ? 'would be' : 'were'} created, ${json.facts} facts`;
		result.append(head);
		if (dryRun && report.status === 'INGESTED') {
			const byId = new Map((report.nearMatches || []).map((m) => [m.id, { ...(nearMatches.get(m.id) || {}), ...m }]));
			// the ingest result names the matched alias resemblesName; keep the node's name when known
			for (const [id, m] of byId) {
				const known = nearMatches.get(id);
				if (known) byId.set(id, { ...m, resemblesName: known.resemblesName, resemblesKind: known.resemblesKind });
			}
			nearMatches = byId;
			render();
		}
		for (const problem of report.problems || []) {
			const p = document.createElement('p');
			p.className = 'problem';
			p.textContent = `${problem.path}: ${problem.message}`;
			result.append(p);
		}
		status(report.status === 'INGESTED' ? (dryRun ? 'The draft passes the checks' : 'Ingested') : 'The pipeline found problems', report.status !== 'INGESTED');
	} catch (error) {
		status(error.message, true);
	}
}

$('dry-run').addEventListener('click', () => send(true));
$('ingest').addEventListener('click', () => send(false));
